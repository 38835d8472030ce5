import ui from '../../locales/pl/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/pl/content.json' with { type: 'json' };

export default { ui, content };
