import { expect } from '@open-wc/testing';
import { $, html, text, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { LOCALE_LOADERS } from './support/widget-under-test.js';

/**
 * Overlapping requests for a language: the newest wins, whatever order the loads finish in. A load is held back
 * at its loader until the test lets it go, so "slow" is an order of events, not a timing. Each test holds back a
 * language no other test here loads: a page keeps every module it has loaded.
 */
const ENGLISH_HEADING = 'Spot the signs of modern slavery';
const originals = { ...LOCALE_LOADERS };
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface HeldLoad {
  release(): void;
  fail(): void;
  /** Resolves once the held pack has arrived (or failed), and the element has had time to act on it. */
  settled: Promise<void>;
}

/** Holds back one pack of a language until released (or failed). */
function holdBack(code: string, pack: 'base' | 'home' = 'base'): HeldLoad {
  let release!: () => void;
  let fail!: () => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  let arrived!: () => void;
  const settled = new Promise<void>((resolve) => (arrived = resolve)).then(() => sleep(50));
  const original = originals[code]![pack]!;
  LOCALE_LOADERS[code] = {
    ...originals[code],
    [pack]: () => {
      const loading = gate.then(original);
      loading.then(arrived, arrived);
      return loading;
    },
  };
  return { release, fail, settled };
}

const shownLang = (el: SpotTheSigns) => ($(el, '[part="base"]') as HTMLElement | null)?.lang;

/** Every render's language and heading, as the reader would have seen them. */
function recordRenders(el: SpotTheSigns): { renders: [string, string][]; stop(): void } {
  const renders: [string, string][] = [];
  const record = () => {
    const lang = shownLang(el);
    if (lang !== undefined) renders.push([lang, text(el, '[part="heading"]')]);
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  record();
  return { renders, stop: () => observer.disconnect() };
}

/** The heading each language shows on its own. */
async function headingsOf(codes: string[]): Promise<Record<string, string>> {
  const headings: Record<string, string> = { 'en-GB': ENGLISH_HEADING };
  for (const code of codes) {
    const el = await widget(html`<spot-the-signs lang=${code}></spot-the-signs>`);
    expect(shownLang(el)).to.equal(code);
    headings[code] = text(el, '[part="heading"]');
    expect(headings[code]).to.not.equal(ENGLISH_HEADING);
  }
  return headings;
}

/** Every render showed one language's own heading, marked with that language; the superseded one never showed. */
function expectHonestRenders(renders: [string, string][], headings: Record<string, string>, superseded: string): void {
  expect(renders.length).to.be.greaterThan(0);
  for (const [lang, heading] of renders) {
    expect(lang, `a render marked ${lang}`).to.not.equal(superseded);
    expect(heading, `the heading of a render marked ${lang}`).to.equal(headings[lang]);
  }
}

/** Picks a language as a pointer would: committed at once. Does not wait for it to load. */
function pick(el: SpotTheSigns, code: string): void {
  const picker = $(el, '[part="language-picker"]') as HTMLSelectElement;
  picker.value = code;
  picker.dispatchEvent(new Event('change'));
}

/** Something that re-renders without touching the language: a stale language would show here. */
async function switchView(el: SpotTheSigns): Promise<void> {
  ($(el, '[part="view-switch"] button[aria-pressed="false"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

/** Resolves once the element's first render has given way to English because its language is slow. */
async function untilEnglishFallback(el: SpotTheSigns): Promise<void> {
  const started = performance.now();
  while (shownLang(el) !== 'en-GB' && performance.now() - started < 3000) await sleep(20);
  expect(shownLang(el)).to.equal('en-GB');
}

function watchEvents(el: SpotTheSigns): string[] {
  const changes: string[] = [];
  el.addEventListener('sts-language-change', (event) => changes.push((event as CustomEvent).detail.lang));
  return changes;
}

describe('overlapping requests for a language: the newest wins', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = warn;
    Object.assign(LOCALE_LOADERS, originals);
  });

  it('slow A, then B: B shows, and A never does, even when it arrives', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const seen = recordRenders(el);
    const changes = watchEvents(el);
    const hungarian = holdBack('hu');
    pick(el, 'hu');
    pick(el, 'cy');
    // updateComplete waits for the newest request only: Hungarian is still held back.
    await el.updateComplete;
    expect(shownLang(el)).to.equal('cy');
    hungarian.release();
    await hungarian.settled;
    await switchView(el);
    expect(shownLang(el)).to.equal('cy');
    expect(changes).to.deep.equal(['cy']);
    seen.stop();
    expectHonestRenders(seen.renders, await headingsOf(['cy', 'hu']), 'hu');
  });

  it('slow A, then back to the language shown: it stays, and A never shows', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const seen = recordRenders(el);
    const changes = watchEvents(el);
    const polish = holdBack('pl');
    pick(el, 'pl');
    await sleep(400);
    expect(text(el, '[part="notice"]')).to.equal('Loading…');
    pick(el, 'en-GB');
    await el.updateComplete;
    expect($(el, '[part="notice"]'), 'the superseded load leaves no notice').to.not.exist;
    polish.release();
    await polish.settled;
    await el.updateComplete;
    await switchView(el);
    expect(shownLang(el)).to.equal('en-GB');
    expect($(el, '[part="notice"]')).to.not.exist;
    expect(changes).to.deep.equal([]);
    seen.stop();
    expectHonestRenders(seen.renders, await headingsOf(['pl']), 'pl');
  });

  it('a setting change while its signs load, then another language: the other language shows', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const seen = recordRenders(el);
    const englishHome = holdBack('en-GB', 'home');
    el.setAttribute('setting', 'home');
    await sleep(0);
    pick(el, 'ro');
    await el.updateComplete;
    expect(shownLang(el)).to.equal('ro');
    englishHome.release();
    await englishHome.settled;
    await switchView(el);
    expect(shownLang(el)).to.equal('ro');
    // Romanian's own home signs show, in Romanian.
    expect(el.shadowRoot!.querySelector('[data-indicator="home-overcrowded"]')).to.exist;
    seen.stop();
    expectHonestRenders(seen.renders, await headingsOf(['ro']), '');
    // English showed only before the switch.
    const firstRomanian = seen.renders.findIndex(([lang]) => lang === 'ro');
    expect(seen.renders.slice(firstRomanian).every(([lang]) => lang === 'ro')).to.equal(true);
  });

  it('a language picked while the first one is still loading: the picked one shows, the first never does', async () => {
    const slovak = holdBack('sk');
    const wrapper = document.createElement('div');
    const el = document.createElement('spot-the-signs') as SpotTheSigns;
    el.setAttribute('lang', 'sk');
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      await untilEnglishFallback(el);
      const seen = recordRenders(el);
      expect(text(el, '[part="notice"]')).to.equal('Loading…');
      pick(el, 'lt');
      await el.updateComplete;
      expect(shownLang(el)).to.equal('lt');
      expect($(el, '[part="notice"]')).to.not.exist;
      slovak.release();
      await slovak.settled;
      await switchView(el);
      expect(shownLang(el)).to.equal('lt');
      seen.stop();
      expectHonestRenders(seen.renders, await headingsOf(['lt', 'sk']), 'sk');
    } finally {
      slovak.release();
      wrapper.remove();
    }
  });

  it('a lang attribute set before the first language has loaded: that language shows, the first never does', async () => {
    const bulgarian = holdBack('bg');
    const wrapper = document.createElement('div');
    const el = document.createElement('spot-the-signs') as SpotTheSigns;
    el.setAttribute('lang', 'bg');
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      const seen = recordRenders(el);
      await sleep(0);
      el.setAttribute('lang', 'pt');
      await el.updateComplete;
      expect(shownLang(el)).to.equal('pt');
      bulgarian.release();
      await bulgarian.settled;
      await switchView(el);
      expect(shownLang(el)).to.equal('pt');
      seen.stop();
      expectHonestRenders(seen.renders, await headingsOf(['pt', 'bg']), 'bg');
    } finally {
      bulgarian.release();
      wrapper.remove();
    }
  });

  // A slow A that fails after the reader moved on (to another language, or back to the one shown) leaves what
  // they moved to on screen, with no failure notice: the failure belongs to a request they no longer want.
  const FAILED_AFTER = [
    { name: 'B was picked: B shows', slow: 'lv', then: 'fr' },
    { name: 'the reader went back to English: English', slow: 'es', then: 'en-GB' },
  ];
  for (const { name, slow, then } of FAILED_AFTER) {
    it(`a slow A that fails after ${name}, with no failure notice`, async () => {
      const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
      const held = holdBack(slow);
      pick(el, slow);
      pick(el, then);
      await el.updateComplete;
      held.fail();
      await held.settled;
      await el.updateComplete;
      expect(shownLang(el)).to.equal(then);
      expect($(el, '[part="notice"]')).to.not.exist;
    });
  }

  it('"Read in English" while another language loads: English shows, the other never does', async () => {
    const el = await widget(html`<spot-the-signs lang="uk"></spot-the-signs>`);
    const seen = recordRenders(el);
    const russian = holdBack('ru');
    pick(el, 'ru');
    ($(el, '[part="draft-notice"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shownLang(el)).to.equal('en-GB');
    russian.release();
    await russian.settled;
    await switchView(el);
    expect(shownLang(el)).to.equal('en-GB');
    seen.stop();
    expectHonestRenders(seen.renders, await headingsOf(['uk', 'ru']), 'ru');
  });

  it("the host page's lang changing twice while the first change loads: the second shows", async () => {
    const wrapper = await widget(html`<spot-the-signs></spot-the-signs>`).then((el) => el.parentElement!);
    wrapper.setAttribute('lang', 'vi');
    const el = wrapper.querySelector('spot-the-signs') as SpotTheSigns;
    await sleep(0);
    await el.updateComplete;
    expect(shownLang(el)).to.equal('vi');
    const seen = recordRenders(el);
    const albanian = holdBack('sq');
    wrapper.setAttribute('lang', 'sq');
    await sleep(0);
    wrapper.setAttribute('lang', 'so');
    await sleep(0);
    await el.updateComplete;
    expect(shownLang(el)).to.equal('so');
    albanian.release();
    await albanian.settled;
    await switchView(el);
    expect(shownLang(el)).to.equal('so');
    seen.stop();
    expectHonestRenders(seen.renders, await headingsOf(['vi', 'so', 'sq']), 'sq');
  });

  it('min-review raised while a draft translation loads: English stays, the draft never shows', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const seen = recordRenders(el);
    const filipino = holdBack('fil');
    pick(el, 'fil');
    el.setAttribute('min-review', 'community-reviewed');
    await el.updateComplete;
    filipino.release();
    await filipino.settled;
    await switchView(el);
    expect(shownLang(el)).to.equal('en-GB');
    seen.stop();
    expectHonestRenders(seen.renders, await headingsOf(['fil']), 'fil');
  });
});
