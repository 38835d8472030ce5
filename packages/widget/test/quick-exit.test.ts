import { expect, oneEvent } from '@open-wc/testing';
import { $, html, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';

const pageState = () =>
  (globalThis as unknown as Record<symbol, { hosts: Set<unknown>; listening: boolean; presses: number } | undefined>)[
    Symbol.for('spot-the-signs.quick-exit')
  ];

const shift = (init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true, ...init }));
const key = (name: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keyup', { key: name, bubbles: true, ...init }));

/** Stops the real navigation: the quick exit must not leave the test page. */
function interceptExits(): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => {
    event.preventDefault();
    events.push(event as CustomEvent);
  };
  document.addEventListener('sts-exit', listener);
  return { events, stop: () => document.removeEventListener('sts-exit', listener) };
}

const overlayOf = (el: SpotTheSigns) => $(el, 'dialog.overlay') as HTMLDialogElement;

describe('quick exit', () => {
  let exits: ReturnType<typeof interceptExits>;
  beforeEach(() => {
    exits = interceptExits();
    key('Escape');
  });
  afterEach(() => exits.stop());

  it('is a real link that works without JavaScript', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const link = $(el, '[part="exit-button"]') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
    expect(link.getAttribute('rel')).to.equal('nofollow noreferrer');
    expect(link.textContent).to.contain('Exit this page');
    expect(link.querySelector('.visually-hidden')?.textContent).to.equal('Emergency');
  });

  it('on click, fires sts-exit and covers the page with an overlay in the top layer', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" exit-url="https://www.example.org/"></spot-the-signs>`);
    const fired = oneEvent(el, 'sts-exit');
    ($(el, '[part="exit-button"]') as HTMLAnchorElement).click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ url: 'https://www.example.org/', trigger: 'click' });
    expect(event.composed && event.bubbles && event.cancelable).to.equal(true);
    const overlay = overlayOf(el);
    expect(overlay.open).to.equal(true);
    expect(overlay.matches(':modal')).to.equal(true);
    expect(overlay.querySelector('[role="alert"]')?.textContent).to.equal('Loading.');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay.open).to.equal(false);
  });

  it('leaves after Shift is pressed three times', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    shift();
    await el.updateComplete;
    expect(($(el, '[role="status"]') as HTMLElement).textContent).to.equal('Press Shift 2 more times to exit.');
    shift();
    await el.updateComplete;
    expect(($(el, '[role="status"]') as HTMLElement).textContent).to.equal('Press Shift 1 more time to exit.');
    expect(exits.events.length).to.equal(0);
    shift();
    expect(exits.events.length).to.equal(1);
    expect(exits.events[0]?.detail.trigger).to.equal('keyboard');
    expect(overlayOf(el).open).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });

  it('ignores Shift used as a modifier, and another key breaks the sequence', async () => {
    await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    shift();
    shift();
    key('A');
    shift();
    expect(exits.events.length).to.equal(0);
    key('Escape');
    shift();
    key('A', { shiftKey: true });
    shift();
    shift();
    expect(exits.events.length).to.equal(0);
  });

  it('keeps one document listener and one exit however many widgets are on the page', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<spot-the-signs lang="en-GB"></spot-the-signs><spot-the-signs lang="en-GB"></spot-the-signs><spot-the-signs lang="en-GB" quick-exit="off"></spot-the-signs>';
    document.body.append(wrapper);
    const elements = [...wrapper.querySelectorAll('spot-the-signs')] as SpotTheSigns[];
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(pageState()?.listening).to.equal(true);
    shift();
    shift();
    shift();
    expect(exits.events.length).to.equal(1);
    expect(exits.events[0]?.target).to.equal(elements[0]);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    wrapper.remove();
  });

  it('does nothing on the keyboard when every widget has the quick exit off', async () => {
    await widget(html`<spot-the-signs lang="en-GB" quick-exit="off"></spot-the-signs>`);
    for (const host of [...(pageState()?.hosts ?? [])] as SpotTheSigns[]) if (host.quickExitEnabled) host.remove();
    shift();
    shift();
    shift();
    expect(exits.events.length).to.equal(0);
  });

  it('never claims that history is erased', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    expect(el.shadowRoot?.textContent ?? '').to.not.match(/history/i);
  });
});
