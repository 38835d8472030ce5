import { expect } from '@open-wc/testing';
import { $$, html, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';
import { BUILD } from './support/widget-under-test.js';

/** Everything the widget could use to leave a trace or send something, counted while it runs. */
function instrument() {
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, name: string) => {
    const original = target[key];
    (target as Record<K, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name}(${args.map((a) => String(a)).join(', ').slice(0, 80)})`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as T[K];
    restore.push(() => ((target as Record<K, unknown>)[key] = original));
  };
  patch(window, 'fetch', 'fetch');
  patch(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  patch(navigator, 'sendBeacon', 'navigator.sendBeacon');
  patch(Storage.prototype, 'setItem', 'Storage.setItem');
  patch(indexedDB, 'open', 'indexedDB.open');
  patch(history, 'pushState', 'history.pushState');
  patch(history, 'replaceState', 'history.replaceState');
  patch(navigator.serviceWorker, 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => calls.push(`document.cookie = ${value}`),
  });
  restore.push(() => delete (document as unknown as Record<string, unknown>).cookie);
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const Original = window[name];
    (window as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
      calls.push(`new ${name}(${String(args[0])})`);
      return new (Original as unknown as new (...a: unknown[]) => object)(...args);
    };
    restore.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  return { calls, restore: () => restore.forEach((undo) => undo()) };
}

describe('privacy: reading, opening everything, switching languages and clicking every control', () => {
  it('makes no request but its own modules, sets no cookie, writes no storage, sends no beacon, adds no history entry', async () => {
    const startedAt = performance.now();
    const historyLength = history.length;
    const spy = instrument();
    // Links would leave the test page; the widget's own click handling still runs first.
    const stopNavigation = (event: Event) => {
      if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
    };
    window.addEventListener('click', stopNavigation, true);
    let el: SpotTheSigns | undefined;
    try {
      el = await widget(html`<spot-the-signs lang="en-GB" jurisdiction="GB-CAM" setting="home"></spot-the-signs>`);
      for (const lang of ['cy', 'lt', 'ro']) {
        const picker = $$(el, '[part="language-picker"]')[0] as HTMLSelectElement;
        picker.value = lang;
        picker.dispatchEvent(new Event('change'));
        await el.updateComplete;
        for (const details of $$(el, 'details')) (details.querySelector('summary') as HTMLElement).click();
        for (const control of $$(el, 'button, a:not([part="exit-button"])') as HTMLElement[]) {
          if (control.isConnected) control.click();
          await el.updateComplete;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      window.removeEventListener('click', stopNavigation, true);
      spy.restore();
    }
    expect(spy.calls).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(await indexedDB.databases()).to.deep.equal([]);
    expect(await navigator.serviceWorker.getRegistrations()).to.deep.equal([]);
    expect(history.length).to.equal(historyLength);
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= startedAt)
      .map((entry) => entry.name);
    for (const url of requests) {
      expect(new URL(url).origin, url).to.equal(location.origin);
      // Only its own packs of text and signs, and the guide, next to the entry.
      if (BUILD === 'cdn') expect(new URL(url).pathname, url).to.match(/^\/packages\/widget\/dist\/cdn\/(?:(?:locale|signs)-[a-zA-Z-]+|guide)\.js$/);
    }
  });
});
