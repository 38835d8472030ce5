import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, html, text, widget } from './support/helpers.js';
import { BUILD } from './support/widget-under-test.js';
import type { SpotTheSigns } from './support/helpers.js';

const browser = navigator.userAgent.includes('Firefox/') ? 'firefox' : 'chromium';
const fault = (code: string, mode: '404' | 'slow', ms = 2000) => executeServerCommand('sts-locale-fault', { code, mode, ms, browser });
const shownLang = (el: SpotTheSigns) => ($(el, '[part="base"]') as HTMLElement | null)?.lang;
const pick = async (el: SpotTheSigns, lang: string) => {
  const picker = $(el, '[part="language-picker"]') as HTMLSelectElement;
  picker.value = lang;
  picker.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

describe('resilience when a language fails to load', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('a 404: English stays, a notice says so, and the next switch retries', async () => {
    await fault('pl', '404');
    const warn = console.warn;
    console.warn = () => undefined;
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    try {
      await pick(el, 'pl');
      expect(shownLang(el)).to.equal('en-GB');
      expect(text(el, '[part="notice"]')).to.equal('This language could not be loaded. Showing English instead.');
      expect($(el, '[part="emergency"] a')?.getAttribute('href')).to.equal('tel:999');
      await pick(el, 'pl');
      if (BUILD === 'cdn') {
        // The CDN build retries with a fresh URL, so the language arrives.
        expect(shownLang(el)).to.equal('pl');
        expect($(el, '[part="notice"]')).to.not.exist;
      } else if (shownLang(el) !== 'pl') {
        // Unbundled sources cannot change a module's URL; a browser that caches the failure repeats it, safely.
        expect(shownLang(el)).to.equal('en-GB');
        expect(text(el, '[part="notice"]')).to.contain('could not be loaded');
      }
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
  });

  it('a slow language (2 s): English shows first with a notice, then the language arrives', async () => {
    await fault('hu', 'slow', 2000);
    const wrapper = document.createElement('div');
    const el = document.createElement('spot-the-signs') as SpotTheSigns;
    el.setAttribute('lang', 'hu');
    wrapper.append(el);
    document.body.append(wrapper);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(shownLang(el)).to.equal('en-GB');
    expect(text(el, '[part="notice"]')).to.equal('Loading…');
    expect($(el, '[part="emergency"]')).to.exist;
    await el.updateComplete;
    expect(shownLang(el)).to.equal('hu');
    expect(errors).to.deep.equal([]);
    wrapper.remove();
  });
});
