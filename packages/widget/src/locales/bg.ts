import ui from '../../locales/bg/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/bg/content.json' with { type: 'json' };

export default { ui, content };
