import ui from '../../locales/uk/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/uk/content.json' with { type: 'json' };

export default { ui, content };
