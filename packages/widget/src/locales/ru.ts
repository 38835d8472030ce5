import ui from '../../locales/ru/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ru/content.json' with { type: 'json' };

export default { ui, content };
