import ui from '../../locales/ro/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ro/content.json' with { type: 'json' };

export default { ui, content };
