import ui from '../../locales/es/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/es/content.json' with { type: 'json' };

export default { ui, content };
