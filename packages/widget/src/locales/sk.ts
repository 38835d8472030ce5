import ui from '../../locales/sk/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/sk/content.json' with { type: 'json' };

export default { ui, content };
