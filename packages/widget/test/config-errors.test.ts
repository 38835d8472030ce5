import { expect } from '@open-wc/testing';
import { $, $$, captureWarnings, html, text, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { waitFor } from './support/pages.js';

describe('bad configuration', () => {
  const cases: [string, string, string][] = [
    ['jurisdiction', 'ZZ', 'jurisdiction'],
    ['setting', 'spaceship', 'setting'],
    ['audience', 'aliens', 'audience'],
    ['view', 'them', 'view'],
    ['exit-url', 'javascript:alert(1)', 'exit-url'],
    ['heading-level', '12', 'heading-level'],
    ['quick-exit', 'sometimes', 'quick-exit'],
  ];
  for (const [attribute, value, named] of cases) {
    it(`${attribute}="${value}" gives one warning naming it, falls back, and still shows 999`, async () => {
      let el: SpotTheSigns | undefined;
      const warnings = await captureWarnings(async () => {
        const wrapper = document.createElement('div');
        wrapper.innerHTML = `<spot-the-signs lang="en-GB" ${attribute}="${value}"></spot-the-signs>`;
        document.body.append(wrapper);
        el = wrapper.firstElementChild as SpotTheSigns;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      const relevant = warnings.filter((w) => w.includes(`${named}:`));
      expect(relevant.length, warnings.join('\n')).to.equal(1);
      expect(relevant[0]).to.contain(JSON.stringify(value).slice(0, 20));
      expect(relevant[0]).to.contain('expected');
      expect(($(el!, '[part="emergency"] a') as HTMLAnchorElement).getAttribute('href')).to.equal('tel:999');
      el!.parentElement?.remove();
    });
  }

  it('an unknown language falls back to English with a warning', async () => {
    let el: SpotTheSigns | undefined;
    const warnings = await captureWarnings(async () => {
      el = await widget(html`<spot-the-signs lang="xx"></spot-the-signs>`);
    });
    expect(warnings.some((w) => w.includes('lang: "xx"'))).to.equal(true);
    expect($(el!, '[part="base"]')?.getAttribute('lang')).to.equal('en-GB');
  });

  it('drops invalid partner channels and renders the valid ones', async () => {
    let el: SpotTheSigns | undefined;
    const warnings = await captureWarnings(async () => {
      el = await widget(html`<spot-the-signs
        lang="en-GB"
        .channels=${[
          { id: 'council-hmo', name: 'Council HMO team', phone: { tel: '+441234567890', display: '01234 567890' } },
          { id: 'evil', name: 'Evil', url: 'javascript:alert(1)' },
          { id: 'nothing', name: 'No way to contact' },
        ]}
      ></spot-the-signs>`);
    });
    expect(warnings.filter((w) => w.includes('channels:')).length).to.equal(2);
    expect($(el!, '[data-channel="council-hmo"] a[href="tel:+441234567890"]')).to.exist;
    expect($(el!, '[data-channel="evil"]')).to.not.exist;
    expect($$(el!, 'a[href^="javascript"]').length).to.equal(0);
  });

  it('reads channels and strings from a JSON data block, for CMSs without JavaScript', async () => {
    const config = {
      channels: [{ id: 'council-team', name: { 'en-GB': 'Our HMO team', cy: 'Ein tîm HMO' }, url: 'https://council.example/hmo' }],
      strings: { 'en-GB': { heading: 'Worried about a home in our area?' } },
    };
    const el = await widget(html`<spot-the-signs lang="en-GB"
      ><script type="application/json">
        ${JSON.stringify(config)}
      </script></spot-the-signs
    >`);
    expect($(el, '[part="heading"]')?.textContent).to.equal('Worried about a home in our area?');
    expect($(el, '[data-channel="council-team"] a[href="https://council.example/hmo"]')).to.exist;
    expect($(el, '[data-channel="council-team"]')?.textContent).to.contain('Our HMO team');
  });

  it('a broken JSON data block is reported and ignored', async () => {
    let el: SpotTheSigns | undefined;
    const warnings = await captureWarnings(async () => {
      el = await widget(html`<spot-the-signs lang="en-GB"><script type="application/json">{ not json</script></spot-the-signs>`);
    });
    expect(warnings.some((w) => w.includes('JSON data block'))).to.equal(true);
    expect($(el!, '[part="emergency"]')).to.exist;
  });

  it('string overrides apply per language, and only to their language', async () => {
    const heading = (el: SpotTheSigns) => text(el, '#sts-what-heading');
    const shownLanguage = (el: SpotTheSigns) => $(el, '[part="base"]')?.getAttribute('lang');
    // The headings each language shows without overrides, to tell an override from the language's own text.
    const english = heading(await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`));
    const welsh = heading(await widget(html`<spot-the-signs lang="cy"></spot-the-signs>`));
    expect(english).to.not.equal('');
    expect(welsh).to.not.equal('');
    expect(welsh).to.not.equal(english);

    const strings = { 'en-GB': { 'whatToDo.heading': 'Report it' }, lt: { 'whatToDo.heading': 'Praneškite' } };
    const inEnglish = await widget(html`<spot-the-signs lang="en-GB" .strings=${strings}></spot-the-signs>`);
    expect(heading(inEnglish)).to.equal('Report it');
    const inWelsh = await widget(html`<spot-the-signs lang="cy" .strings=${strings}></spot-the-signs>`);
    expect(heading(inWelsh), 'no override for Welsh: its own text').to.equal(welsh);

    // And when the language changes on a page that already shows an override.
    inEnglish.setAttribute('lang', 'cy');
    await waitFor(() => shownLanguage(inEnglish) === 'cy', 'the switch to Welsh');
    await inEnglish.updateComplete;
    expect(heading(inEnglish)).to.equal(welsh);
    inEnglish.setAttribute('lang', 'lt');
    await waitFor(() => shownLanguage(inEnglish) === 'lt', 'the switch to Lithuanian');
    await inEnglish.updateComplete;
    expect(heading(inEnglish)).to.equal('Praneškite');
  });

  it('rejects override keys that do not exist, naming them', async () => {
    const warnings = await captureWarnings(async () => {
      await widget(html`<spot-the-signs lang="en-GB" .strings=${{ 'en-GB': { 'no.such.key': 'x' } }}></spot-the-signs>`);
    });
    expect(warnings.some((w) => w.includes('strings:') && w.includes('no.such.key'))).to.equal(true);
  });

  it('text that looks like HTML is shown as text, never run', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const payload = '<img src=x onerror="window.pwned=true">';
    const el = await widget(html`<spot-the-signs lang="en-GB" .strings=${{ 'en-GB': { heading: payload } }}></spot-the-signs>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($(el, '[part="heading"]')?.textContent).to.equal(payload);
    expect($(el, 'img')).to.not.exist;
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});
