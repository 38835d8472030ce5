import ui from '../../locales/ckb/ui.json' with { type: 'json' };
import content from '@spot-the-signs/core/locales/ckb/content.json' with { type: 'json' };

export default { ui, content };
