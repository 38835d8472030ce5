import ui from '../../locales/lt/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/lt/content.json' with { type: 'json' };

export default { ui, content };
