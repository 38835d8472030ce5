import { expect } from '@open-wc/testing';
import { $, html, widget } from './support/helpers.js';

/** Set by the big-text test groups, whose browser's default font size is 32 px (web-test-runner.config.mjs). */
const configured = (window as unknown as { __STS_DEFAULT_FONT_SIZE__?: number }).__STS_DEFAULT_FONT_SIZE__;

/** The reader's default text size: what `font-size: medium` is in this browser. */
function browserDefault(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

describe("the reader's own text size", () => {
  let hostile: HTMLStyleElement | undefined;
  afterEach(() => hostile?.remove());

  it('the browser under test has the default text size the group says', () => {
    expect(browserDefault()).to.equal(configured ?? 16);
  });

  it('the widget text follows the browser default, however the host page sizes its own text', async () => {
    const reader = browserDefault();
    // A partner page that shrinks its root (62.5 % is a common trick) and the text around the widget.
    hostile = document.createElement('style');
    hostile.textContent = 'html { font-size: 62.5% !important } body, div, spot-the-signs { font-size: 9px !important }';
    document.head.append(hostile);
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const base = $(el, '[part="base"]') as HTMLElement;
    const intro = base.querySelector('p') as HTMLElement;
    expect(parseFloat(getComputedStyle(base).fontSize)).to.equal(reader);
    expect(parseFloat(getComputedStyle(intro).fontSize)).to.equal(reader);
    // Headings and the exit scale with it.
    const heading = $(el, '[part="heading"]') as HTMLElement;
    expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.greaterThan(reader);
  });

  it('a partner can still set the size with --sts-font-size', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" style="--sts-font-size: 20px"></spot-the-signs>`);
    expect(parseFloat(getComputedStyle($(el, '[part="base"]') as HTMLElement).fontSize)).to.equal(20);
  });
});
