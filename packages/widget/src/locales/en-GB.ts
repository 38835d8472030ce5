import ui from '../../locales/en-GB/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/en-GB/content.json' with { type: 'json' };

export default { ui, content };
