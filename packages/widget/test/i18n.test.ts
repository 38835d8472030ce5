import { expect, oneEvent } from '@open-wc/testing';
import { channels, localeManifest, WEEKDAYS } from '@spot-the-signs/core';
import { $, $$, html, text, widget } from './support/helpers.js';
import { SUPPORTED_LOCALES } from './support/widget-under-test.js';
import { formatHours } from '../src/format.js';
import { loadPacks } from '../src/i18n/text-store.js';
import { TextLookup } from '../src/i18n/text-lookup.js';

const LANGUAGES = SUPPORTED_LOCALES.map((locale) => locale.code);
const RIGHT_TO_LEFT = ['ar', 'fa', 'fa-AF', 'ps', 'ckb', 'ur'];

/** Text a lookup returns when a key is missing: the key itself. */
const MISSING_KEY = /\b(indicators|channels|support|signs|channel|help|exit|view|emergency|whatToDo|about)\.[a-zA-Z-]+/;

describe('languages', () => {
  it('ships every language of the manifest, each named in its own language in the picker', async () => {
    expect(LANGUAGES).to.deep.equal(localeManifest.map((locale) => locale.code));
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const options = $$(el, '[part="language-picker"] option') as HTMLOptionElement[];
    expect(options.map((o) => o.textContent?.trim())).to.deep.equal(SUPPORTED_LOCALES.map((l) => l.name));
    expect(options.slice(0, 4).map((o) => o.textContent?.trim())).to.deep.equal(['English', 'Cymraeg', 'Shqip', 'Tiếng Việt']);
    expect(options.map((o) => o.lang)).to.deep.equal(LANGUAGES);
    expect(options.find((o) => o.lang === 'ar')?.dir).to.equal('rtl');
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
  });

  // Lithuanian and Romanian decline the noun by number: every count shows the form the language's plural rule picks.
  for (const lang of ['lt', 'ro']) {
    it(`${lang}: each count of signs takes the plural form Intl.PluralRules picks for it`, async () => {
      const url = `/packages/widget/locales/${lang}/ui.json`;
      const forms = ((await import(url)) as { default: { signs: Record<string, string> } }).default.signs;
      const rules = new Intl.PluralRules(lang);
      // A setting with many groups of signs gives several counts, of more than one form.
      const el = await widget(html`<spot-the-signs lang=${lang} setting="home"></spot-the-signs>`);
      const shown = $$(el, '.group-title .small').map((count) => count.textContent?.trim() ?? '');
      expect(shown.length).to.be.greaterThan(1);
      for (const count of shown) {
        const n = Number(/\d+/.exec(count)?.[0]);
        const form = forms[`count_${rules.select(n)}`];
        expect(form, `${lang} has the ${rules.select(n)} form`).to.be.a('string');
        expect(count).to.equal(`(${form!.replace('{{count}}', String(n))})`);
      }
    });
  }

  it('formats opening hours with the language\'s own weekday names', async () => {
    // The channels whose hours name weekdays. The widget shows none of them today (the NSPCC's card only when a
    // child is involved, which no attribute can say), so their hours are formatted here as their card formats them.
    const withDays = channels.filter((channel) => (channel.hours?.value.periods?.length ?? 0) > 0);
    expect(withDays.map((channel) => channel.id)).to.include('gb-nspcc');
    // CLDR's Welsh names (Chromium's own ICU has none: it says "Monday").
    const welsh = ['Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul'];
    await loadPacks('cy', ['base']);
    for (const channel of withDays) {
      const hours = formatHours(channel.hours!.value, new TextLookup('cy'));
      for (const period of channel.hours!.value.periods ?? []) {
        const days = [...period.days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
        // A run of days shows its first and last ("Dydd Llun – Dydd Gwener"); a short list shows each.
        for (const day of [days[0]!, days.at(-1)!]) expect(hours, channel.id).to.contain(welsh[WEEKDAYS.indexOf(day)]);
      }
      expect(hours, channel.id).to.not.match(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
    }
  });

  it('an English override never shows in another language', async () => {
    const el = await widget(html`<spot-the-signs lang="lt" .strings=${{ 'en-GB': { heading: 'Our own English heading' } }}></spot-the-signs>`);
    expect(text(el, '[part="heading"]')).to.equal('Atpažinkite šiuolaikinės vergovės požymius');
    const lt = await widget(html`<spot-the-signs lang="lt" .strings=${{ lt: { heading: 'Mūsų antraštė' } }}></spot-the-signs>`);
    expect(text(lt, '[part="heading"]')).to.equal('Mūsų antraštė');
  });

  const shown = async (lang: string) => {
    const el = await widget(html`<spot-the-signs lang=${lang}></spot-the-signs>`);
    return ($(el, '[part="base"]') as HTMLElement).lang;
  };

  it('a regional tag or alias opens its language, never another one', async () => {
    expect(await shown('ro-MD')).to.equal('ro');
    expect(await shown('en-US')).to.equal('en-GB');
    expect(await shown('pt-BR')).to.equal('pt');
    expect(await shown('zh-CN')).to.equal('zh-Hans');
    expect(await shown('tl')).to.equal('fil');
    expect(await shown('prs')).to.equal('fa-AF');
    expect(await shown('fa-IR')).to.equal('fa');
    expect(await shown('ku-Arab')).to.equal('ckb');
    // Ukrainian readers are never sent to Russian; Traditional Chinese readers are not sent to Simplified.
    expect(await shown('uk-UA')).to.equal('uk');
    expect(await shown('zh-TW')).to.equal('en-GB');
  });

  for (const lang of RIGHT_TO_LEFT) {
    it(`${lang} lays out right to left, mirrored through logical properties`, async () => {
      const el = await widget(html`<spot-the-signs lang=${lang}></spot-the-signs>`);
      const root = $(el, '[part="base"]') as HTMLElement;
      expect(root.dir).to.equal('rtl');
      const emergency = getComputedStyle($(el, '[part="emergency"]') as HTMLElement);
      // The emergency box's bar is on the start side: the right in right-to-left text.
      expect(emergency.borderRightWidth).to.equal('8px');
      expect(emergency.borderLeftWidth).to.equal('0px');
      // The heading's text sits at the right of the widget.
      const range = document.createRange();
      range.selectNodeContents($(el, '[part="heading"]') as HTMLElement);
      const text = range.getBoundingClientRect();
      const box = root.getBoundingClientRect();
      expect(box.right - text.right).to.be.lessThan(text.left - box.left);
      // Numbers stay left to right inside right-to-left text.
      expect($(el, '[part="emergency"] bdi')?.getAttribute('dir')).to.equal('ltr');
    });
  }

  it('a machine-drafted language says so, in that language, with a one-tap switch to English', async () => {
    const el = await widget(html`<spot-the-signs lang="lt"></spot-the-signs>`);
    const notice = $(el, '[part="draft-notice"]') as HTMLElement;
    expect(notice.textContent).to.contain('automatiškai');
    const button = notice.querySelector('button') as HTMLButtonElement;
    expect(button.querySelector('[lang="en-GB"]')?.textContent).to.contain('Read it in English');
    button.click();
    await el.updateComplete;
    expect(($(el, '[part="base"]') as HTMLElement).lang).to.equal('en-GB');
    expect($(el, '[part="draft-notice"]')).to.not.exist;
  });

  it('min-review hides translations that have not been reviewed enough', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await widget(html`<spot-the-signs lang="lt" min-review="community-reviewed"></spot-the-signs>`);
      expect(($(el, '[part="base"]') as HTMLElement).lang).to.equal('en-GB');
      const options = $$(el, '[part="language-picker"] option') as HTMLOptionElement[];
      const reviewed = SUPPORTED_LOCALES.filter((l) => l.code === 'en-GB' || l.review.status !== 'machine-draft');
      expect(options.map((o) => o.lang)).to.deep.equal(reviewed.map((l) => l.code));
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('lang: "lt"') && w.includes('min-review'))).to.equal(true);
  });

});
