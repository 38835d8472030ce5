import ui from '../../locales/fr/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/fr/content.json' with { type: 'json' };

export default { ui, content };
