import ui from '../../locales/vi/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/vi/content.json' with { type: 'json' };

export default { ui, content };
