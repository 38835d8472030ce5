import ui from '../../locales/cy/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/cy/content.json' with { type: 'json' };

export default { ui, content };
