import ui from '../../locales/ur/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ur/content.json' with { type: 'json' };

export default { ui, content };
