import ui from '../../locales/sq/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/sq/content.json' with { type: 'json' };

export default { ui, content };
