import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, html, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { SUPPORTED_LOCALES } from './support/widget-under-test.js';

/** The exit label of every language, read from the shipped text, to test the longest and the shortest. */
async function exitLabels(): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const { code } of SUPPORTED_LOCALES) {
    // The test server serves JSON as a module (its esbuild plugin); the object is its default export.
    const url = `/packages/widget/locales/${code}/ui.json`;
    const json = ((await import(url)) as { default: { exit: { button: string } } }).default;
    labels.set(code, json.exit.button);
  }
  return labels;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Scrolls the page through the whole widget in small steps and checks, at every step where the widget fills
 * the top of the viewport, that the whole exit button is on screen.
 */
async function scrollThrough(el: SpotTheSigns): Promise<{ steps: number; misses: string[] }> {
  const exit = $(el, '[part="exit-button"]') as HTMLElement;
  const misses: string[] = [];
  let steps = 0;
  const start = el.getBoundingClientRect().top + window.scrollY - window.innerHeight;
  const end = el.getBoundingClientRect().bottom + window.scrollY;
  const step = Math.max(80, Math.floor(window.innerHeight / 3));
  for (let y = Math.max(0, start); y <= end; y += step) {
    window.scrollTo(0, y);
    await frame();
    const box = el.getBoundingClientRect();
    const button = exit.getBoundingClientRect();
    // Sticky within the widget: the exit goes when the widget itself has (nearly) scrolled away.
    if (box.top > window.innerHeight - 2 * button.height || box.bottom < 2 * button.height + 16) continue;
    steps += 1;
    const inView =
      button.top >= -0.5 && button.bottom <= window.innerHeight + 0.5 && button.left >= -0.5 && button.right <= window.innerWidth + 0.5;
    if (!inView) misses.push(`at scroll ${y}: exit at ${Math.round(button.top)}–${Math.round(button.bottom)}, widget ${Math.round(box.top)}–${Math.round(box.bottom)}`);
  }
  return { steps, misses };
}

describe('the quick exit stays in reach while the reader scrolls through the widget', function () {
  this.timeout(60000);
  let labels: Map<string, string>;
  before(async () => {
    labels = await exitLabels();
  });
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  const cases: { name: string; viewport: { width: number; height: number }; pick: (l: Map<string, string>) => string }[] = [
    { name: 'longest exit label, 320×640', viewport: { width: 320, height: 640 }, pick: (l) => [...l].sort((a, b) => b[1].length - a[1].length)[0]![0] },
    { name: 'shortest exit label, 320×640', viewport: { width: 320, height: 640 }, pick: (l) => [...l].sort((a, b) => a[1].length - b[1].length)[0]![0] },
    { name: 'right to left (Arabic), 320×640', viewport: { width: 320, height: 640 }, pick: () => 'ar' },
    // 400 % zoom of a 1280×640 window: 320×160 CSS pixels.
    { name: 'English at 400 % zoom (320×160)', viewport: { width: 320, height: 160 }, pick: () => 'en-GB' },
    { name: 'longest exit label at 400 % zoom (320×160)', viewport: { width: 320, height: 160 }, pick: (l) => [...l].sort((a, b) => b[1].length - a[1].length)[0]![0] },
  ];

  for (const { name, viewport, pick } of cases) {
    it(name, async () => {
      await setViewport(viewport);
      const lang = pick(labels);
      const el = await widget(html`<div>
        <p style="block-size: 300px">Partner page text above the widget.</p>
        <spot-the-signs lang=${lang}></spot-the-signs>
        <p style="block-size: 1200px">Partner page text below the widget.</p>
      </div>`);
      await sleep(50);
      expect($(el, '[part="base"]')?.getAttribute('lang')).to.equal(lang);
      const { steps, misses } = await scrollThrough(el);
      expect(steps, 'the widget is taller than the viewport, so there is something to scroll').to.be.greaterThan(5);
      expect(misses.length, `${lang}: the exit left the viewport ${misses.length} times:\n${misses.slice(0, 3).join('\n')}`).to.equal(0);
    });
  }

  it('never covers the language picker or the heading at the top of the widget', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const exit = ($(el, '[part="exit-button"]') as HTMLElement).getBoundingClientRect();
    for (const part of ['language-picker', 'heading', 'emergency']) {
      const rect = ($(el, `[part="${part}"]`) as HTMLElement).getBoundingClientRect();
      const overlaps = rect.top < exit.bottom && rect.bottom > exit.top && rect.left < exit.right && rect.right > exit.left;
      expect(overlaps, part).to.equal(false);
    }
  });
});
