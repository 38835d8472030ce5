import ui from '../../locales/ar/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ar/content.json' with { type: 'json' };

export default { ui, content };
