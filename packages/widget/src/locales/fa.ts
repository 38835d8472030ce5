import ui from '../../locales/fa/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/fa/content.json' with { type: 'json' };

export default { ui, content };
