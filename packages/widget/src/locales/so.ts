import ui from '../../locales/so/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/so/content.json' with { type: 'json' };

export default { ui, content };
