import { expect } from '@open-wc/testing';
import { $, html, text, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { LOCALE_LOADERS } from './support/widget-under-test.js';

const shownLang = (el: SpotTheSigns) => ($(el, '[part="base"]') as HTMLElement | null)?.lang;
const pick = async (el: SpotTheSigns, lang: string) => {
  const picker = $(el, '[part="language-picker"]') as HTMLSelectElement;
  picker.value = lang;
  picker.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

/**
 * Faults are injected at the loader: a browser keeps the result of a module fetch (even a 404) for the
 * rest of its session, so a fault served by the test server would break every later test of that locale.
 * That the CDN build retries with a fresh URL is checked on the built file (tests/packages.test.ts).
 */
describe('resilience when a language fails to load', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
  // Each locale's loaders are replaced whole (never mutated), so restoring the map restores them.
  const originals = { ...LOCALE_LOADERS };
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    Object.assign(LOCALE_LOADERS, originals);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('a failed load: English stays, a notice says so, and the next switch retries', async () => {
    let calls = 0;
    LOCALE_LOADERS.pl = {
      ...originals.pl,
      base: () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module (404)')) : originals.pl!.base!();
      },
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
      await pick(el, 'pl');
      expect(shownLang(el)).to.equal('en-GB');
      expect(text(el, '[part="notice"]')).to.equal('This language could not be loaded. Showing English instead.');
      expect($(el, '[part="emergency"] a')?.getAttribute('href')).to.equal('tel:999');
      await pick(el, 'pl');
      expect(calls).to.equal(2);
      expect(shownLang(el)).to.equal('pl');
      expect($(el, '[part="notice"]')).to.not.exist;
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
  });

  it('a slow language (2 s): English shows first with a notice, then the language arrives', async () => {
    LOCALE_LOADERS.hu = { ...originals.hu, base: () => new Promise((resolve) => setTimeout(() => resolve(originals.hu!.base!()), 2000)) };
    const wrapper = document.createElement('div');
    const el = document.createElement('spot-the-signs') as SpotTheSigns;
    el.setAttribute('lang', 'hu');
    wrapper.append(el);
    document.body.append(wrapper);
    // English appears after 1.5 s, well before the language arrives at 2 s.
    const started = performance.now();
    while (shownLang(el) !== 'en-GB' && performance.now() - started < 1950) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownLang(el)).to.equal('en-GB');
    expect(text(el, '[part="notice"]')).to.equal('Loading…');
    expect($(el, '[part="emergency"]')).to.exist;
    await el.updateComplete;
    expect(shownLang(el)).to.equal('hu');
    expect(errors).to.deep.equal([]);
    wrapper.remove();
  });

  it('a failed sign set: the other signs and every number still show, in the language chosen', async () => {
    LOCALE_LOADERS.sk = { ...originals.sk, home: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await widget(html`<spot-the-signs lang="en-GB" setting="home"></spot-the-signs>`);
      const homeSigns = el.shadowRoot!.querySelectorAll('[part="indicator"]').length;
      await pick(el, 'sk');
      // Slovak's home signs failed: English stays, with all of its home signs.
      expect(shownLang(el)).to.equal('en-GB');
      expect(el.shadowRoot!.querySelectorAll('[part="indicator"]').length).to.equal(homeSigns);
      expect(text(el, '[part="notice"]')).to.equal('This language could not be loaded. Showing English instead.');
      expect($(el, '[part="emergency"] a')?.getAttribute('href')).to.equal('tel:999');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
  });
});
