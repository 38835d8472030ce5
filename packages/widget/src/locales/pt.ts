import ui from '../../locales/pt/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/pt/content.json' with { type: 'json' };

export default { ui, content };
