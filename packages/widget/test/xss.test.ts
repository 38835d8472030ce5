import { expect } from '@open-wc/testing';
import { html, widget } from './support/helpers.js';
import { XSS_VECTORS } from './fixtures/xss-vectors.js';

type Counted = Window & { __xss?: number };
const ALLOWED = new Set(['https:', 'tel:', 'sms:', 'mailto:']);
/** Elements the widget renders; anything else in the shadow root means markup got through. */
const OWN_TAGS = new Set(['DIV', 'P', 'A', 'SPAN', 'BDI', 'BR', 'LABEL', 'SELECT', 'OPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIELDSET', 'LEGEND', 'BUTTON', 'SECTION', 'DETAILS', 'SUMMARY', 'UL', 'LI', 'STRONG', 'DIALOG', 'STYLE']);

describe(`XSS corpus: ${XSS_VECTORS.length} vectors through every string input`, function () {
  this.timeout(120_000);
  let hits = 0;
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  before(() => {
    window.alert = () => void (hits += 1);
    window.confirm = () => ((hits += 1), false);
    window.prompt = () => ((hits += 1), null);
  });
  after(() => Object.assign(window, originals));

  it('has at least 100 vectors', () => {
    expect(XSS_VECTORS.length).to.be.at.least(100);
  });

  it('runs none of them, renders no foreign markup, and links only to allowed schemes', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      for (const vector of XSS_VECTORS) {
        const el = await widget(html`<spot-the-signs
          lang="en-GB"
          exit-url=${vector}
          .strings=${{ 'en-GB': { heading: vector, intro: vector, 'whatToDo.heading': vector, 'indicators.injuries-without-explanation.title': vector, 'channel.call': `${vector} {{number}}` } }}
          .channels=${[
            { id: 'partner', name: vector, description: vector, hours: vector, url: vector, email: vector, phone: { tel: '+441632960000', display: vector } },
            { id: 'partner-two', name: { 'en-GB': vector }, description: { 'en-GB': vector }, url: 'https://example.org/', phone: { tel: vector, display: '01632 960 001' } },
          ]}
        ></spot-the-signs>`);
        await new Promise((resolve) => setTimeout(resolve, 0));
        const root = el.shadowRoot!;
        const foreign = [...root.querySelectorAll('*')].filter((node) => !OWN_TAGS.has(node.tagName)).map((node) => node.tagName);
        expect(foreign, vector).to.deep.equal([]);
        for (const link of root.querySelectorAll('a[href]:not([href^="#"])')) {
          expect(ALLOWED.has(new URL((link as HTMLAnchorElement).href).protocol), `${vector}: ${(link as HTMLAnchorElement).href}`).to.equal(true);
        }
        for (const node of root.querySelectorAll('*')) {
          for (const attribute of node.getAttributeNames()) expect(attribute.startsWith('on'), `${vector}: ${attribute}`).to.equal(false);
        }
        expect(root.querySelector('[part="emergency"] a')?.getAttribute('href')).to.equal('tel:999');
        el.parentElement?.remove();
      }
    } finally {
      console.warn = original;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hits, 'alert/confirm/prompt calls').to.equal(0);
    expect((window as Counted).__xss, 'window.__xss').to.equal(undefined);
  });
});
