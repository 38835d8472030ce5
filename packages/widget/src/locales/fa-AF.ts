import ui from '../../locales/fa-AF/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/fa-AF/content.json' with { type: 'json' };

export default { ui, content };
