import ui from '../../locales/pa/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/pa/content.json' with { type: 'json' };

export default { ui, content };
