import ui from '../../locales/ti/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ti/content.json' with { type: 'json' };

export default { ui, content };
