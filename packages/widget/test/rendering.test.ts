import { expect } from '@open-wc/testing';
import { $, $$, html, text, widget } from './support/helpers.js';
import help from '../generated/data/help.js';
import { ENGLISH_IN_ENTRY } from '../generated/locales/index.js';

/** The English contact-card lines, from the same pack the widget reads. */
const channelText = (ENGLISH_IN_ENTRY.base!.ui as { channel: Record<string, string> & { sharing: Record<string, string> } }).channel;

describe('<spot-the-signs> rendering', () => {
  it('renders in English for England by default, with 999 first', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const root = $(el, '[part="base"]') as HTMLElement;
    expect(root.getAttribute('lang')).to.equal('en-GB');
    expect(root.getAttribute('dir')).to.equal('ltr');
    expect(text(el, '[part="heading"]')).to.equal('Spot the signs of modern slavery');
    const emergency = $(el, '[part="emergency"] a') as HTMLAnchorElement;
    expect(emergency.getAttribute('href')).to.equal('tel:999');
    expect(emergency.textContent).to.contain('999');
    expect($$(el, '[part="indicator"]').length).to.be.greaterThan(20);
    expect(text(el, '[part="caveat"]')).to.contain('not proof');
    expect(text(el, '[part="what-to-do"]')).to.contain('Do not confront');
    expect($(el, '[data-channel="gb-modern-slavery-helpline"] a[href="tel:+448000121700"]')).to.exist;
  });

  it('groups signs by category in the Home Office order', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const categories = $$(el, '.group').map((group) => (group as HTMLElement).dataset.category);
    expect(categories).to.deep.equal(['physical', 'psychological', 'situational', 'environmental']);
    const first = $(el, '.group .group-title')?.textContent ?? '';
    expect(first).to.match(/\(\d+ signs?\)/);
  });

  it('each sign expands to a plain explanation and its sources', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const sign = $(el, 'details[data-indicator="identity-documents-held-by-someone-else"]') as HTMLDetailsElement;
    expect(sign).to.exist;
    expect(sign.open).to.equal(false);
    (sign.querySelector('summary') as HTMLElement).click();
    expect(sign.open).to.equal(true);
    expect(sign.querySelector('.sources')?.textContent).to.match(/Sources?:/);
  });

  for (const [jurisdiction, number] of [['US', '911'], ['CA', '911'], ['AU', '000'], ['IE', '999'], ['EU', '112'], ['GB-SCT', '999'], ['GB-CAM', '999']]) {
    it(`shows ${number} for ${jurisdiction}`, async () => {
      const el = await widget(html`<spot-the-signs lang="en-GB" jurisdiction=${jurisdiction}></spot-the-signs>`);
      expect(($(el, '[part="emergency"] a') as HTMLAnchorElement).getAttribute('href')).to.equal(`tel:${number}`);
    });
  }

  it('adds local channels for Cambridgeshire', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" jurisdiction="GB-CAM"></spot-the-signs>`);
    expect($(el, '[data-channel="cambs-police-online"]')).to.exist;
  });

  it('a contact card states only what the data evidences, and the date every line on it was correct', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" jurisdiction="GB-ENG"></spot-the-signs>`);
    const cards = $$(el, '[part="channel"][data-channel]');
    expect(cards.length).to.be.greaterThan(2);
    const sharingLines = Object.values(channelText.sharing);
    for (const card of cards) {
      const channel = help.channels.find((c) => c.id === card.getAttribute('data-channel'))!;
      const text = card.textContent!.replace(/\s+/g, ' ');
      const sharing = channel.sharing ? channelText.sharing[channel.sharing.value] : undefined;
      for (const line of sharingLines) expect(text.includes(line), `${channel.id}: ${line}`).to.equal(line === sharing);
      expect(text.includes(channelText.anonymous!), `${channel.id} anonymous`).to.equal(channel.anonymous?.value === true);
      expect(text.includes(channelText.alwaysOpen!), `${channel.id} hours`).to.equal(channel.hours?.value.alwaysOpen === true);
      const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${channel.checkedAt}T00:00:00Z`));
      expect(text, channel.id).to.include(channelText.checked!.replace('{{date}}', date));
    }
  });

  it('setting="home" adds the signs seen in homes and HMOs', async () => {
    const general = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const home = await widget(html`<spot-the-signs lang="en-GB" setting="home"></spot-the-signs>`);
    expect($(general, '[data-indicator="home-overcrowded"]')).to.not.exist;
    expect($(home, '[data-indicator="home-overcrowded"]')).to.exist;
    expect($$(home, '[part="indicator"]').length).to.be.greaterThan($$(general, '[part="indicator"]').length);
  });

  it('audience="landlord" shows only the signs a landlord may notice', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" setting="home" audience="landlord"></spot-the-signs>`);
    expect($(el, '[data-indicator="home-unusual-rent-payments"]')).to.exist;
    expect($(el, '[data-indicator="home-beds-shared-in-shifts"]')).to.not.exist;
  });

  it('a workplace setting adds the labour regulator', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" setting="car-wash"></spot-the-signs>`);
    expect($(el, '[data-channel="gb-glaa"]')).to.exist;
    expect($(el, '[data-indicator="car-wash-no-protective-gear"]')).to.exist;
  });

  it('a view with signs about children lists the child route after the helpline; a view without them does not', async () => {
    const general = await widget(html`<spot-the-signs lang="en-GB" jurisdiction="GB-CAM"></spot-the-signs>`);
    expect($(general, '[data-indicator="child-several-phones"]')).to.exist;
    const cards = $$(general, '[data-channel]').map((card) => card.getAttribute('data-channel'));
    expect(cards).to.include.members(['gb-nspcc', 'gb-childline']);
    expect(cards.indexOf('gb-modern-slavery-helpline')).to.be.lessThan(cards.indexOf('gb-nspcc'));
    const landlord = await widget(html`<spot-the-signs lang="en-GB" setting="home" audience="landlord"></spot-the-signs>`);
    expect($(landlord, '[data-indicator^="child-"]')).to.not.exist;
    expect($(landlord, '[data-channel="gb-nspcc"]')).to.not.exist;
  });

  it('view="me" puts "Get help" first and speaks to the reader', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" view="me"></spot-the-signs>`);
    const sections = $$(el, 'section').map((section) => section.getAttribute('part'));
    expect(sections).to.deep.equal(['get-help', 'signs', 'what-to-do']);
    expect(text(el, '[part="get-help"]')).to.contain('It is not your fault');
    expect(text(el, '[data-indicator="identity-documents-held-by-someone-else"] summary')).to.match(/^Your /);
  });

  it('the view buttons switch between someone else and me', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const [someoneElse, me] = $$(el, '[part="view-switch"] button') as HTMLButtonElement[];
    expect(someoneElse?.getAttribute('aria-pressed')).to.equal('true');
    me?.click();
    await el.updateComplete;
    expect(me?.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, 'section')[0]?.getAttribute('part')).to.equal('get-help');
  });

  it('heading-level sets the main heading and nests the rest below it', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" heading-level="3"></spot-the-signs>`);
    expect($(el, '[part="heading"]')?.tagName).to.equal('H3');
    expect($(el, '#sts-signs-heading')?.tagName).to.equal('H4');
    expect($(el, '.group-title')?.tagName).to.equal('H5');
  });

  it('quick-exit="off" removes the exit button', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" quick-exit="off"></spot-the-signs>`);
    expect($(el, '[part="exit-button"]')).to.not.exist;
    expect($(el, '[part="emergency"]')).to.exist;
  });

  it('exit-url sets the quick exit destination, as a real link', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" exit-url="https://www.example.org/news"></spot-the-signs>`);
    const exit = $(el, '[part="exit-button"]') as HTMLAnchorElement;
    expect(exit.getAttribute('href')).to.equal('https://www.example.org/news');
    expect(exit.rel).to.equal('nofollow noreferrer');
  });

  it('every outbound link has rel="noreferrer noopener" and an allowed scheme', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" jurisdiction="GB-CAM" setting="home"></spot-the-signs>`);
    // In-page links (the skip link, href="#…") go nowhere outside the widget.
    const links = $$(el, 'a[href]:not([href^="#"])') as HTMLAnchorElement[];
    expect(links.length).to.be.greaterThan(10);
    for (const link of links) {
      expect(['https:', 'tel:', 'sms:', 'mailto:']).to.include(new URL(link.href).protocol);
      if (link.protocol === 'https:' && link.getAttribute('part') !== 'exit-button') {
        expect(link.rel, link.href).to.contain('noreferrer');
        expect(link.rel, link.href).to.contain('noopener');
      }
    }
  });

  it('isolates phone numbers so they read left to right', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const bdi = $(el, '[data-channel="gb-modern-slavery-helpline"] a[href^="tel:"] bdi');
    expect(bdi?.getAttribute('dir')).to.equal('ltr');
    expect(bdi?.textContent).to.equal('08000 121 700');
  });

  it('shows opening hours in the reader\'s language', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" view="me"></spot-the-signs>`);
    expect(text(el, '[data-channel="gb-modern-slavery-helpline"]')).to.contain('Open day and night');
  });

  it('takes the language from the nearest ancestor with lang', async () => {
    const el = await widget(html`<section lang="lt"><spot-the-signs></spot-the-signs></section>`);
    expect($(el, '[part="base"]')?.getAttribute('lang')).to.equal('lt');
  });

  it('has a light-DOM fallback that is replaced when the element runs', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"><p class="fallback"><a href="tel:999">999</a></p></spot-the-signs>`);
    const fallback = el.querySelector('.fallback') as HTMLElement;
    // No slot in the shadow root: light-DOM children are not rendered once the element is defined.
    expect(fallback.getClientRects().length).to.equal(0);
    expect($(el, 'slot')).to.not.exist;
  });

  it('fits 320 CSS pixels without sideways scrolling (WCAG reflow, as at 400% zoom)', async () => {
    for (const lang of ['en-GB', 'cy', 'lt', 'ro']) {
      const el = await widget(html`<div style="width: 320px"><spot-the-signs lang=${lang} jurisdiction="GB-CAM" setting="home"></spot-the-signs></div>`);
      for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
      await el.updateComplete;
      const root = $(el, '[part="base"]') as HTMLElement;
      expect(el.getBoundingClientRect().width, lang).to.be.at.most(320);
      expect(root.scrollWidth, lang).to.be.at.most(root.clientWidth + 2);
      for (const link of $$(el, 'a, button, select, summary') as HTMLElement[]) {
        expect(link.getBoundingClientRect().right, `${lang} ${link.textContent}`).to.be.at.most(el.getBoundingClientRect().right + 1);
      }
    }
  });

  it('keeps its own text size when the host page shrinks the root font size', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 4px !important; }';
    document.head.append(style);
    try {
      const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
      const size = parseFloat(getComputedStyle($(el, '[part="base"] p') as HTMLElement).fontSize);
      expect(size).to.be.at.least(16);
    } finally {
      style.remove();
    }
  });
});
