import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { WIDGET_SETTINGS } from '@spot-the-signs/core';
import { $$ } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';

const SCREEN = { width: 320, height: 640 };
const VIEWS = ['someone-else', 'me'] as const;
const JURISDICTIONS = ['GB-ENG', 'GB-CAM', 'GB-SCT', 'IE', 'US', 'AU'] as const;

/** How many screens below the widget's top the first number that is not the emergency number starts. */
function screensToHelpline(el: SpotTheSigns): number {
  const top = el.getBoundingClientRect().top;
  const phone = $$(el, 'a[href^="tel:"]').find((link) => link.getAttribute('data-channel-kind') !== 'emergency');
  if (!phone) return Number.POSITIVE_INFINITY;
  return (phone.getBoundingClientRect().top - top) / SCREEN.height;
}

/**
 * A reader who has decided to call finds a helpline number without scrolling past every sign: at 320×640, in
 * every setting, view and jurisdiction, it starts within the first two screens.
 */
describe('a helpline number is within two screens on a phone', function () {
  this.timeout(120000);
  let el: SpotTheSigns;
  before(async () => {
    await setViewport(SCREEN);
    // One element for every case, outside the fixture (which is cleared after each test): only its attributes change.
    el = document.createElement('spot-the-signs') as SpotTheSigns;
    el.setAttribute('lang', 'en-GB');
    document.body.append(el);
    await el.updateComplete;
  });
  after(async () => {
    el.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const jurisdiction of JURISDICTIONS) {
    it(`${jurisdiction}: every setting and view`, async () => {
      const misses: string[] = [];
      const lengths: string[] = [];
      for (const setting of WIDGET_SETTINGS) {
        for (const view of VIEWS) {
          el.setAttribute('jurisdiction', jurisdiction);
          el.setAttribute('setting', setting);
          el.setAttribute('view', view);
          await el.updateComplete;
          const screens = screensToHelpline(el);
          const length = el.getBoundingClientRect().height / SCREEN.height;
          lengths.push(`${setting}/${view}: number at ${screens.toFixed(1)}, page ${length.toFixed(1)}`);
          if (!(screens <= 2)) misses.push(`${setting}, ${view}: first helpline number ${screens.toFixed(1)} screens down`);
        }
      }
      console.log(`[screens] ${jurisdiction}\n  ${lengths.join('\n  ')}`);
      expect(misses, misses.join('\n')).to.deep.equal([]);
    });
  }
});
