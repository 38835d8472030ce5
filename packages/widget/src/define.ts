/**
 * Registers `<spot-the-signs>`. Importing this module is the side effect; import
 * `@spot-the-signs/widget` instead for the class alone (to register it yourself or under another tag).
 */
import { SpotTheSigns } from './spot-the-signs.component.js';
import { defineElement } from './register.js';

export const TAG_NAME = 'spot-the-signs';

defineElement(TAG_NAME, SpotTheSigns, SpotTheSigns.version);

declare global {
  interface HTMLElementTagNameMap {
    'spot-the-signs': SpotTheSigns;
  }
}

export { SpotTheSigns };
