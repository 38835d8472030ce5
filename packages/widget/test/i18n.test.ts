import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, html, text, widget } from './support/helpers.js';
import { SUPPORTED_LOCALES } from './support/widget-under-test.js';

const LANGUAGES = ['en-GB', 'cy', 'lt', 'ro'];

/** Text an i18next lookup returns when a key is missing: the key itself. */
const MISSING_KEY = /\b(indicators|channels|support|signs|channel|help|exit|view|emergency|whatToDo|about)\.[a-zA-Z-]+/;

describe('languages', () => {
  it('ships en-GB, cy, lt and ro, each named in its own language', async () => {
    expect(SUPPORTED_LOCALES.map((l) => l.code)).to.deep.equal(LANGUAGES);
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const options = $$(el, '[part="language-picker"] option') as HTMLOptionElement[];
    expect(options.map((o) => o.textContent?.trim())).to.deep.equal(['English', 'Cymraeg', 'Lietuvių', 'Română']);
    expect(options.map((o) => o.lang)).to.deep.equal(LANGUAGES);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: renders completely, with lang and dir on the widget's root`, async () => {
      const el = await widget(html`<spot-the-signs lang=${lang} setting="home" jurisdiction="GB-CAM"></spot-the-signs>`);
      const root = $(el, '[part="base"]') as HTMLElement;
      expect(root.lang).to.equal(lang);
      expect(root.dir).to.equal(SUPPORTED_LOCALES.find((l) => l.code === lang)?.dir);
      const all = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
      expect(all, 'a key was shown instead of text').to.not.match(MISSING_KEY);
      expect(text(el, '[part="emergency"]')).to.contain('999');
      // Numbers are never translated.
      expect($(el, '[data-channel="gb-modern-slavery-helpline"] bdi[dir="ltr"]')?.textContent).to.equal('08000 121 700');
    });
  }

  it('the view about the reader is complete in every language', async () => {
    for (const lang of LANGUAGES) {
      const el = await widget(html`<spot-the-signs lang=${lang} view="me"></spot-the-signs>`);
      expect((el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '), lang).to.not.match(MISSING_KEY);
    }
  });

  it('switching language with the picker loads it, sets lang, and fires sts-language-change', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const picker = $(el, '[part="language-picker"]') as HTMLSelectElement;
    const fired = oneEvent(el, 'sts-language-change');
    picker.value = 'cy';
    picker.dispatchEvent(new Event('change'));
    const event = await fired;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ lang: 'cy', previous: 'en-GB' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(($(el, '[part="base"]') as HTMLElement).lang).to.equal('cy');
    expect(text(el, '[part="heading"]')).to.equal('Adnabod arwyddion caethwasiaeth fodern');
    // The choice lives in memory only: nothing is written to the page or the device.
    expect(el.getAttribute('lang')).to.equal('en-GB');
  });

  it('uses the plural forms of each language', async () => {
    const counts: Record<string, string> = {};
    for (const lang of LANGUAGES) {
      const el = await widget(html`<spot-the-signs lang=${lang}></spot-the-signs>`);
      counts[lang] = ($(el, '.group-title .small')?.textContent ?? '').trim();
    }
    const n = Number(/\d+/.exec(counts['en-GB'] ?? '')?.[0]);
    expect(n).to.be.greaterThan(0);
    for (const lang of LANGUAGES) expect(counts[lang], lang).to.contain(String(n));
    // Lithuanian and Romanian decline the noun by number; the form must differ from the singular.
    const rule = new Intl.PluralRules('lt').select(n);
    expect(['one', 'few', 'many', 'other']).to.include(rule);
  });

  it('formats opening hours with the language\'s own weekday names', async () => {
    const el = await widget(html`<spot-the-signs lang="cy" jurisdiction="GB-ENG"></spot-the-signs>`);
    // NSPCC opening hours only show when a child is involved; the helpline is always open.
    const helpline = text(el, '[data-channel="gb-modern-slavery-helpline"]');
    expect(helpline).to.not.contain('Open day and night');
  });

  it('an English override never shows in another language', async () => {
    const el = await widget(html`<spot-the-signs lang="lt" .strings=${{ 'en-GB': { heading: 'Our own English heading' } }}></spot-the-signs>`);
    expect(text(el, '[part="heading"]')).to.equal('Atpažinkite šiuolaikinės vergovės požymius');
    const lt = await widget(html`<spot-the-signs lang="lt" .strings=${{ lt: { heading: 'Mūsų antraštė' } }}></spot-the-signs>`);
    expect(text(lt, '[part="heading"]')).to.equal('Mūsų antraštė');
  });

  it('a regional tag uses its language (ro-MD → ro, en-US → en-GB)', async () => {
    const ro = await widget(html`<spot-the-signs lang="ro-MD"></spot-the-signs>`);
    expect(($(ro, '[part="base"]') as HTMLElement).lang).to.equal('ro');
    const en = await widget(html`<spot-the-signs lang="en-US"></spot-the-signs>`);
    expect(($(en, '[part="base"]') as HTMLElement).lang).to.equal('en-GB');
  });
});
