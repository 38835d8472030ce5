import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, html, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { SUPPORTED_LOCALES } from './support/widget-under-test.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a short route to the first helpline', () => {
  for (const view of ['someone-else', 'me']) {
    it(`${view}: the first helpline is within 10 Tab presses, through a skip link`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button>Partner page button before the widget</button>
        <spot-the-signs lang="en-GB" view=${view}></spot-the-signs>
      </div>`);
      const el = wrapper.querySelector('spot-the-signs') as SpotTheSigns;
      await el.updateComplete;
      (wrapper.querySelector('button') as HTMLButtonElement).focus();
      let tabs = 0;
      let reached = false;
      while (tabs < 60 && !reached) {
        await sendKeys({ press: 'Tab' });
        tabs += 1;
        const active = el.shadowRoot?.activeElement as HTMLElement | null;
        if (active?.matches('[part~="skip-link"]')) await sendKeys({ press: 'Enter' });
        const now = el.shadowRoot?.activeElement as HTMLElement | null;
        reached = Boolean(now?.matches('[part~="channel-link"]'));
      }
      expect(reached, 'a helpline was reached').to.equal(true);
      expect(tabs).to.be.at.most(10);
    });
  }
});

describe('phone numbers never break inside', function () {
  this.timeout(60000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('at 320 px, in every language, every number is on one line', async () => {
    await setViewport({ width: 320, height: 640 });
    const broken: string[] = [];
    for (const { code } of SUPPORTED_LOCALES) {
      const el = await widget(html`<spot-the-signs lang=${code}></spot-the-signs>`);
      for (const bdi of $$(el, 'a[data-link="phone"] bdi, a[data-link="sms"] bdi, a[data-link="text-relay"] bdi')) {
        if (bdi.getClientRects().length > 1) broken.push(`${code}: ${bdi.textContent}`);
      }
      el.parentElement?.remove();
    }
    expect(broken, broken.join('\n')).to.deep.equal([]);
  });
});

/** Every heading in the widget, in order, with its level (an h1–h6, or role="heading" with aria-level). */
function outline(el: SpotTheSigns): { level: number; kind: string }[] {
  return $$(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((heading) => ({
    level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)),
    kind: heading.classList[0] ?? '',
  }));
}

describe('heading-level keeps a correct outline', () => {
  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`heading-level="${level}": title ${level}, sections ${level + 1}, the signs' parts ${level + 2}, groups one below their part or section, contacts below their group; no level skipped`, async () => {
      const el = await widget(html`<spot-the-signs lang="en-GB" heading-level=${level} view="me"></spot-the-signs>`);
      const headings = outline(el);
      // Each kind sits one level below the heading it belongs to: a group belongs to the signs' part it follows
      // (main signs, more signs) or else to its section; a contact belongs to its group, or else to its section.
      let section = 0;
      let part = 0;
      let group = 0;
      for (const heading of headings) {
        const expected = { title: level, 'section-title': level + 1, 'part-title': section + 1, 'group-title': (part || section) + 1, 'channel-name': (group || section) + 1 }[heading.kind];
        expect(heading.level, heading.kind).to.equal(expected);
        if (heading.kind === 'section-title') [section, part, group] = [heading.level, 0, 0];
        if (heading.kind === 'part-title') [part, group] = [heading.level, 0];
        if (heading.kind === 'group-title') group = heading.level;
      }
      expect(new Set(headings.map((h) => h.kind))).to.include.all.keys('title', 'section-title', 'part-title', 'group-title', 'channel-name');
      for (let i = 1; i < headings.length; i += 1) expect(headings[i]!.level).to.be.at.most(headings[i - 1]!.level + 1);
    });
  }
});

describe('following the host page language', () => {
  it('follows a lang change on the page when the reader has not picked a language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><spot-the-signs></spot-the-signs></div>`);
    const el = wrapper.querySelector('spot-the-signs') as SpotTheSigns;
    await el.updateComplete;
    expect($(el, '[part="base"]')?.getAttribute('lang')).to.equal('en-GB');
    wrapper.setAttribute('lang', 'cy');
    await sleep(50);
    await el.updateComplete;
    expect($(el, '[part="base"]')?.getAttribute('lang')).to.equal('cy');
  });

  it('keeps the language the reader picked, and the one the partner set', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB">
      <spot-the-signs></spot-the-signs><spot-the-signs lang="ro"></spot-the-signs>
    </div>`);
    const [picked, set] = [...wrapper.querySelectorAll('spot-the-signs')] as SpotTheSigns[];
    await Promise.all([picked!.updateComplete, set!.updateComplete]);
    const picker = $(picked!, '[part="language-picker"]') as HTMLSelectElement;
    picker.value = 'lt';
    picker.dispatchEvent(new Event('change'));
    await picked!.updateComplete;
    wrapper.setAttribute('lang', 'cy');
    await sleep(50);
    await Promise.all([picked!.updateComplete, set!.updateComplete]);
    expect($(picked!, '[part="base"]')?.getAttribute('lang')).to.equal('lt');
    expect($(set!, '[part="base"]')?.getAttribute('lang')).to.equal('ro');
  });
});
