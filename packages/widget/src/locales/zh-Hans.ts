import ui from '../../locales/zh-Hans/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/zh-Hans/content.json' with { type: 'json' };

export default { ui, content };
