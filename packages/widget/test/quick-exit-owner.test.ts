import { expect, fixture } from '@open-wc/testing';
import { $, html } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { waitFor } from './support/pages.js';

/**
 * One owner of Shift×3: of all the widgets on a page, only the first one, in the composed tree's order (into
 * shadow roots), that is rendered and visible with its quick exit on responds; its progress and announcements
 * are the ones shown; typing in a text field never counts; and GOV.UK's own Exit this page, when on the page,
 * is the one that acts.
 */
const shift = (target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true, composed: true }));
const key = (name: string) => document.body.dispatchEvent(new KeyboardEvent('keyup', { key: name, bubbles: true }));
const status = (el: SpotTheSigns) => (($(el, '.exit [role="status"]') as HTMLElement | null)?.textContent ?? '').trim();
const lights = (el: SpotTheSigns) => (el.shadowRoot?.querySelectorAll('.indicator-lights .on') ?? []).length;

function interceptExits(): { targets: EventTarget[]; stop: () => void } {
  const targets: EventTarget[] = [];
  const listener = (event: Event) => {
    event.preventDefault();
    targets.push(event.composedPath()[0]!);
  };
  document.addEventListener('sts-exit', listener);
  return { targets, stop: () => document.removeEventListener('sts-exit', listener) };
}

async function rendered(container: ParentNode): Promise<SpotTheSigns[]> {
  const all = [...container.querySelectorAll('spot-the-signs')] as SpotTheSigns[];
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

describe('one owner of Shift×3', () => {
  let exits: ReturnType<typeof interceptExits>;
  beforeEach(() => {
    exits = interceptExits();
    key('Escape');
  });
  afterEach(() => {
    exits.stop();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });

  for (const [name, hiding] of [
    ['in <div hidden>', (inner: string) => `<div hidden>${inner}</div>`],
    ['in a closed <details>', (inner: string) => `<details><summary>More</summary>${inner}</details>`],
    ['with display: none', (inner: string) => `<div style="display: none">${inner}</div>`],
  ] as const) {
    it(`a widget ${name} earlier in the page does not take the keys from the visible one`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `${hiding('<spot-the-signs lang="en-GB" exit-url="https://hidden.example/"></spot-the-signs>')}
        <spot-the-signs lang="en-GB" exit-url="https://visible.example/"></spot-the-signs>`;
      const [hidden, visible] = await rendered(wrapper);
      shift();
      await visible!.updateComplete;
      await hidden!.updateComplete;
      expect(status(visible!)).to.equal('Press Shift 2 more times to exit.');
      expect(lights(visible!)).to.equal(1);
      expect(status(hidden!)).to.equal('');
      shift();
      shift();
      expect(exits.targets).to.deep.equal([visible]);
      wrapper.remove();
    });
  }

  it('with a widget inside a shadow root, the first in the composed tree acts, in either order', async () => {
    for (const shadowFirst of [true, false]) {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<spot-the-signs lang="en-GB"></spot-the-signs>';
      const light = document.createElement('spot-the-signs');
      light.setAttribute('lang', 'en-GB');
      if (shadowFirst) wrapper.append(host, light);
      else wrapper.append(light, host);
      const [inShadow] = await rendered(root);
      await (light as SpotTheSigns).updateComplete;
      exits.targets.length = 0;
      shift();
      shift();
      shift();
      expect(exits.targets, shadowFirst ? 'shadow first' : 'light first').to.deep.equal([shadowFirst ? inShadow : light]);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      wrapper.remove();
    }
  });

  it('ignores Shift while the reader types in a text field of the host page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <input type="text" /><textarea></textarea>
      <div contenteditable="true">notes</div>
      <spot-the-signs lang="en-GB"></spot-the-signs>
    </div>`);
    const [el] = await rendered(wrapper);
    for (const field of [...wrapper.querySelectorAll('input, textarea, [contenteditable]')]) {
      (field as HTMLElement).focus();
      shift(field);
      shift(field);
      shift(field);
      await el!.updateComplete;
      expect(exits.targets.length, field.tagName).to.equal(0);
      expect(status(el!), field.tagName).to.equal('');
    }
    (document.activeElement as HTMLElement | null)?.blur();
    shift();
    shift();
    shift();
    expect(exits.targets).to.deep.equal([el]);
  });

  it("with GOV.UK's own Exit this page on the page, exactly one handler acts: GOV.UK's", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/packages/widget/test/fixtures/govuk-exit.html';
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & typeof globalThis & { stsReady?: boolean; stsExits: unknown[] };
      await waitFor(() => win.stsReady, 'the GOV.UK page');
      const widget = win.document.querySelector('spot-the-signs') as SpotTheSigns;
      const press = () => win.document.body.dispatchEvent(new win.KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      press();
      await widget.updateComplete;
      // GOV.UK announces; the widget stays silent, so a screen reader hears one voice.
      expect(win.document.querySelector('.govuk-exit-this-page [role="status"]')?.textContent).to.equal('Shift, press 2 more times to exit.');
      expect(status(widget)).to.equal('');
      press();
      press();
      await widget.updateComplete;
      expect(win.location.hash).to.equal('#govuk-exited');
      expect(win.stsExits).to.deep.equal([]);
      // The widget's own button still works.
      ($(widget, '[part="exit-button"]') as HTMLElement).click();
      expect(win.stsExits.length).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
