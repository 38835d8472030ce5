import ui from '../../locales/lv/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/lv/content.json' with { type: 'json' };

export default { ui, content };
