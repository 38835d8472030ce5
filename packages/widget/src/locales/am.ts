import ui from '../../locales/am/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/am/content.json' with { type: 'json' };

export default { ui, content };
