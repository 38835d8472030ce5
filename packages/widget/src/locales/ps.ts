import ui from '../../locales/ps/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ps/content.json' with { type: 'json' };

export default { ui, content };
