import ui from '../../locales/fil/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/fil/content.json' with { type: 'json' };

export default { ui, content };
