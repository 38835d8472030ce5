import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { BUILD } from './support/widget-under-test.js';
import type { SpotTheSigns } from './support/widget-under-test.js';

/*
 * The static render (@spot-the-signs/static, served by web-test-runner.config.mjs at /__sts-static from the
 * built package) against the live element: one page template, so the same text and the same links in every
 * configuration; styles that neither leak out into the host page nor change it; and, when the widget's script
 * comes after the snippet, a takeover with no flash and no jump.
 */

const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;

type Input = Record<string, unknown>;

const COUNCIL_CHANNEL = {
  id: 'hmo-team',
  name: 'Our HMO team',
  phone: { tel: '+441223457000', display: '01223 457000' },
  url: 'https://example.org/hmo',
};
const STRINGS = {
  'en-GB': { heading: 'Worried about a house in multiple occupation?', intro: 'Signs, what to do, and who helps.' },
  cy: { heading: 'Yn poeni am dŷ amlfeddiannaeth?' },
};

// Each dimension cycles with its own period, so that 26 rows mix them rather than walking one at a time.
const LANGS = ['en-GB', 'cy', 'ar', 'lt', 'ro', 'fa', 'pl', 'zh-Hans', 'ur'];
const SETTINGS = ['general', 'home', 'car-wash', 'care', 'construction', 'nail-bar', 'online'];
const AUDIENCES = ['public', 'landlord', 'worker', 'employer', 'health-worker'];
const VIEWS = ['someone-else', 'me'];
const JURISDICTIONS = ['GB-ENG', 'GB-WLS', 'GB-CAM', 'GB-SCT', 'GB-NIR', 'IE', 'US'];

const MATRIX: Input[] = [
  ...Array.from({ length: 22 }, (_, i) => ({
    lang: LANGS[i % LANGS.length],
    setting: SETTINGS[i % SETTINGS.length],
    audience: AUDIENCES[i % AUDIENCES.length],
    view: VIEWS[i % VIEWS.length],
    jurisdiction: JURISDICTIONS[i % JURISDICTIONS.length],
    ...(i % 3 === 0 ? { channels: [COUNCIL_CHANNEL] } : {}),
    ...(i % 4 === 1 ? { strings: STRINGS, headingLevel: 3 } : {}),
    ...(i % 5 === 2 ? { quickExit: 'off' } : {}),
  })),
  // min-review: Lithuanian is a machine draft, so both show English.
  { lang: 'lt', minReview: 'community-reviewed', setting: 'home', jurisdiction: 'GB-CAM' },
  { lang: 'lt', minReview: 'community-reviewed', view: 'me', channels: [COUNCIL_CHANNEL] },
  { lang: 'ar', minReview: 'machine-draft', view: 'me', strings: STRINGS, exitUrl: 'https://www.gov.uk/' },
  { lang: 'en-GB', minReview: 'professionally-reviewed', setting: 'agriculture', audience: 'neighbour', strings: STRINGS, channels: [COUNCIL_CHANNEL] },
];

const ATTRIBUTES: Record<string, string> = {
  lang: 'lang',
  jurisdiction: 'jurisdiction',
  setting: 'setting',
  audience: 'audience',
  view: 'view',
  exitUrl: 'exit-url',
  headingLevel: 'heading-level',
  quickExit: 'quick-exit',
  minReview: 'min-review',
};

const describeInput = (input: Input) =>
  Object.entries(input)
    .map(([key, value]) => (typeof value === 'object' ? key : `${key}=${String(value)}`))
    .join(' ');

async function staticMarkup(input: Input, controls: 'omit' | 'disabled' = 'omit'): Promise<string> {
  const response = await fetch(`/__sts-static?controls=${controls}&input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.ok, await response.clone().text()).to.equal(true);
  return response.text();
}

/** The static element, parsed as the browser parses it, in a document of its own: no script upgrades it there. */
function parseStatic(markup: string): ShadowRoot {
  const doc = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(markup);
  const host = doc.querySelector('spot-the-signs');
  expect(host?.shadowRoot, 'a declarative shadow root').to.be.ok;
  return host!.shadowRoot!;
}

async function liveElement(input: Input): Promise<SpotTheSigns> {
  const element = document.createElement('spot-the-signs') as SpotTheSigns;
  for (const [field, attribute] of Object.entries(ATTRIBUTES)) {
    if (input[field] !== undefined) element.setAttribute(attribute, String(input[field]));
  }
  if (input.channels) element.channels = input.channels as SpotTheSigns['channels'];
  if (input.strings) element.strings = input.strings as SpotTheSigns['strings'];
  element.className = 'live-sample';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/**
 * Controls that exist only live, because they need script: the language picker and the toolbar around it, the
 * view buttons, the skip link (a fragment link cannot reach into a shadow root), the switch to English, the
 * exit's key-press lights, the live regions and the exit overlay. The static render leaves them out.
 */
const LIVE_ONLY = ['.toolbar', '.view-switch', '.skip-link', '[part="draft-notice"] button', '.indicator-lights', '[role="status"]', 'dialog', '.guide-open'];

/**
 * The guide is the one part that differs by design: live, a button that asks a question at a time; without
 * script, its answers written out as lines (guide-lines.ts). Those lines are compared on their own, below, with
 * the live guide's results.
 */
const STATIC_ONLY = ['.guide-lines'];

function without(root: Element, selectors: string[]): Element {
  const copy = root.cloneNode(true) as Element;
  for (const node of copy.querySelectorAll(selectors.join(', '))) node.remove();
  return copy;
}
const withoutLiveOnly = (root: Element) => without(root, LIVE_ONLY);

const textOf = (root: Element) => (root.textContent ?? '').replace(/\s+/g, ' ').trim();
const linksOf = (root: Element) => [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));

describe('static render: the same text and links as the live element, over a matrix of configurations', () => {
  afterEach(() => document.querySelectorAll('.live-sample').forEach((node) => node.remove()));

  it(`the matrix has at least 24 configurations, with a right-to-left language, min-review, channels and strings`, () => {
    expect(MATRIX.length).to.be.at.least(24);
    expect(MATRIX.some((input) => input.lang === 'ar' || input.lang === 'fa')).to.equal(true);
    for (const key of ['minReview', 'channels', 'strings', 'view', 'audience', 'setting', 'jurisdiction']) {
      expect(MATRIX.filter((input) => key in input).length, key).to.be.at.least(3);
    }
  });

  for (const input of MATRIX) {
    it(describeInput(input), async () => {
      const markup = await staticMarkup(input);
      expect(markup).to.not.match(/<script|\son[a-z]+=/i);
      const staticRoot = parseStatic(markup).querySelector('.root')!;
      const live = await liveElement(input);
      const liveRoot = live.shadowRoot!.querySelector('.root')!;

      expect(staticRoot.getAttribute('lang')).to.equal(liveRoot.getAttribute('lang'));
      expect(staticRoot.getAttribute('dir')).to.equal(liveRoot.getAttribute('dir'));
      expect(staticRoot.querySelectorAll(LIVE_ONLY.join(', ')).length, 'no script-only controls in the static render').to.equal(0);
      expect(staticRoot.querySelector('.guide-lines'), 'the guide, as lines').to.be.ok;
      expect(textOf(without(staticRoot, STATIC_ONLY))).to.equal(textOf(withoutLiveOnly(liveRoot)));
      expect(linksOf(without(staticRoot, STATIC_ONLY))).to.deep.equal(linksOf(withoutLiveOnly(liveRoot)));
      if (input.quickExit !== 'off') expect(staticRoot.querySelector('a[part="exit-button"]')?.getAttribute('href')).to.match(/^https:/);
    });
  }

  it('min-review is honoured: Lithuanian below "community-reviewed" renders English, static and live', async () => {
    const input = { lang: 'lt', minReview: 'community-reviewed' };
    const staticRoot = parseStatic(await staticMarkup(input)).querySelector('.root')!;
    const live = await liveElement(input);
    expect(staticRoot.getAttribute('lang')).to.equal('en-GB');
    expect(live.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en-GB');
  });
});

describe('static render: accessible, in the page', () => {
  afterEach(() => document.querySelectorAll('.static-sample').forEach((node) => node.remove()));

  for (const input of [{ lang: 'en-GB' }, { lang: 'lt', setting: 'home', jurisdiction: 'GB-CAM' }, { lang: 'ar', view: 'me' }]) {
    it(`${describeInput(input)}: no axe violations`, async () => {
      // Under another tag name, so that the element defined on this page does not take the sample over.
      const markup = (await staticMarkup(input)).replace(/(<\/?)spot-the-signs\b/g, '$1sts-static-sample');
      const sample = document.createElement('div');
      sample.className = 'static-sample';
      (sample as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
      document.body.append(sample);
      const shadowRoot = sample.querySelector('sts-static-sample')!.shadowRoot!;
      for (const details of shadowRoot.querySelectorAll('details')) details.open = true;
      const results = await axe.run(sample, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { region: { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).to.deep.equal([]);
    });
  }
});

/** A council's page, with the global rules a real one has: the snippet goes into #widget. */
const COUNCIL_PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Example Council</title>
<style>
  html { overflow-y: scroll; font: 18px/1.6 Georgia, serif; }
  * { box-sizing: border-box; letter-spacing: 0.01em; }
  body { margin: 0 auto; max-width: 60rem; color: #222; }
  a { color: #005ea5; text-decoration: underline dotted; }
  p { margin: 0 0 1.25rem; }
  h1, h2, h3 { font-family: Arial, sans-serif; color: #0b0c0c; margin: 1.5rem 0 0.75rem; }
  h2 { font-size: 1.75rem; }
  ul { padding-left: 2rem; list-style: square; }
  li { margin-bottom: 0.25rem; }
  .notice { padding: 1rem 1.25rem; border-left: 6px solid #ffdd00; background: #fff7bf; }
  .root, .title, .emergency, .exit-button, .shortcut { outline: 3px solid hotpink; }
  summary, details, section { color: green; }
</style></head>
<body>
  <h1>Houses in multiple occupation</h1>
  <p class="notice">Licences are changing on 1 April. <a href="/hmo/changes">Read what changes</a>.</p>
  <p>A paragraph with <a href="/hmo">a link</a> and <strong>bold text</strong>.</p>
  <h2>Apply</h2>
  <ul><li>First item</li><li class="notice">Second item, a notice</li></ul>
  <section><details><summary>The council's own details</summary><p>Inside.</p></details></section>
  <div id="widget"></div>
  <h3>After the widget</h3>
  <p>The page goes on.</p>
</body></html>`;

async function frameWith(srcdoc: string, width = 1000): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.className = 'static-frame';
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = srcdoc;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

/** Every computed style of every element of the council's page (the snippet and the box it goes in aside). */
function councilStyles(win: Window, doc: Document): Record<string, string>[] {
  return [...doc.querySelectorAll('body *:not(#widget, spot-the-signs, spot-the-signs *)')].map((element) => {
    const style = win.getComputedStyle(element);
    return Object.fromEntries([...style].map((property) => [`${element.tagName}.${element.className} ${property}`, style.getPropertyValue(property)]));
  });
}

describe("static render: the host page's styles are unchanged, and its own do not reach in", () => {
  afterEach(() => document.querySelectorAll('.static-frame').forEach((node) => node.remove()));

  for (const input of [{ lang: 'en-GB' }, { lang: 'ar', view: 'me', channels: [COUNCIL_CHANNEL] }]) {
    it(describeInput(input), async () => {
      const { win, doc } = await frameWith(COUNCIL_PAGE);
      const before = councilStyles(win, doc);
      (doc.getElementById('widget') as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(await staticMarkup(input));
      const root = doc.querySelector('spot-the-signs')!.shadowRoot!.querySelector('.root')!;
      expect(root, 'the snippet rendered').to.be.ok;
      const after = councilStyles(win, doc);
      expect(after.length).to.equal(before.length);
      for (let index = 0; index < before.length; index += 1) {
        const changed = Object.keys(before[index]!).filter((key) => before[index]![key] !== after[index]![key]);
        expect(changed, 'computed styles that changed').to.deep.equal([]);
      }
      // Nor do the council's rules for .root, .notice, a, p or summary reach the widget's content.
      expect(win.getComputedStyle(root).outlineStyle).to.equal('none');
      expect(win.getComputedStyle(root.querySelector('summary')!).color).to.not.equal('rgb(0, 128, 0)');
      expect(win.getComputedStyle(root.querySelector('a[href^="tel:"]')!).textDecorationStyle).to.not.equal('dotted');
    });
  }
});

describe('static render, then the script: the element takes over without a flash or a jump', () => {
  afterEach(() => document.querySelectorAll('.static-frame').forEach((node) => node.remove()));

  const WIDGET_MODULE = BUILD === 'cdn' ? '/packages/widget/dist/cdn/spot-the-signs.js' : '/packages/widget/src/cdn.ts';

  for (const [input, width] of [
    [{ lang: 'en-GB', jurisdiction: 'GB-CAM', setting: 'home', channels: [COUNCIL_CHANNEL] }, 1000],
    [{ lang: 'ar', view: 'me' }, 360],
    [{ lang: 'lt', setting: 'car-wash' }, 700],
  ] as const) {
    it(`${describeInput(input)} at ${width}px`, async () => {
      const snippet = await staticMarkup(input, 'disabled');
      const { win, doc } = await frameWith(COUNCIL_PAGE.replace('<div id="widget"></div>', `<div id="widget">${snippet}</div>`), width);
      const host = doc.querySelector('spot-the-signs')!;
      const shadowRoot = host.shadowRoot!;
      const measure = () => {
        const box = shadowRoot.querySelector('[part="emergency"]')!.getBoundingClientRect();
        return { top: box.top, left: box.left, height: box.height, width: box.width, page: doc.documentElement.scrollHeight };
      };
      const before = measure();

      // Every frame and every change of the shadow root, from before the script loads until it has rendered.
      const seen: string[] = [];
      const look = (when: string) => {
        const roots = shadowRoot.querySelectorAll('.root').length;
        if (shadowRoot.querySelector('slot')) seen.push(`${when}: the fallback slot`);
        if (roots !== 1) seen.push(`${when}: ${roots} roots`);
      };
      const observer = new win.MutationObserver(() => look('mutation'));
      observer.observe(shadowRoot, { childList: true, subtree: true });
      let sampling = true;
      const sample = () => {
        look('frame');
        if (sampling) win.requestAnimationFrame(sample);
      };
      win.requestAnimationFrame(sample);

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = WIDGET_MODULE;
      doc.head.append(script);
      await win.customElements.whenDefined('spot-the-signs');
      const element = host as SpotTheSigns;
      await element.updateComplete;
      // Taken over: the controls work now.
      const picker = shadowRoot.querySelector('select') as HTMLSelectElement;
      expect(picker.disabled).to.equal(false);
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      sampling = false;
      observer.disconnect();

      expect(seen).to.deep.equal([]);
      const after = measure();
      for (const key of Object.keys(before) as (keyof typeof before)[]) {
        expect(Math.abs(after[key] - before[key]), `${key}: ${before[key]} → ${after[key]}`).to.be.at.most(1);
      }
    });
  }
});
