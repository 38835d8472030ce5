import ui from '../../locales/hu/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/hu/content.json' with { type: 'json' };

export default { ui, content };
