import { expect } from '@open-wc/testing';
import { BUILD } from './support/widget-under-test.js';
import { loadPage, part, waitFor } from './support/pages.js';

// These pages load the built CDN file, so they run once (in the cdn group).
const describeBuilt = BUILD === 'cdn' ? describe : describe.skip;

describeBuilt('hostile pages (the examples under examples/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const page of ['strict-csp/index.html', 'strict-csp/allowlist.html']) {
    it(`${page}: renders fully under a strict CSP with Trusted Types, with 0 violations`, async () => {
      const { widgets, probe, win } = await loadPage(`/examples/${page}`);
      const widget = widgets[0]!;
      expect(part(widget, 'indicator')).to.exist;
      expect(part(widget, 'emergency')?.textContent).to.contain('999');
      expect(part(widget, 'what-to-do')?.querySelectorAll('[part="channel"]').length).to.be.greaterThan(3);
      // Switching language loads another module under the same policy.
      const picker = part(widget, 'language-picker') as HTMLSelectElement;
      picker.value = 'lt';
      picker.dispatchEvent(new win.Event('change'));
      await waitFor(() => part(widget, 'base')?.getAttribute('lang') === 'lt', 'the switch to Lithuanian');
      // The test server injects its own live-reload script into every page it serves; that one is not ours.
      expect(probe.violations.filter((violation) => !violation.includes('/__web-dev-server__'))).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
    });
  }

  it('double-embed: four copies, no exception, one definition, one warning, one keyboard listener, both widgets work', async () => {
    const { widgets, probe, win } = await loadPage('/examples/double-embed/index.html');
    // Give every copy's module time to run.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(probe.errors).to.deep.equal([]);
    const versionWarnings = probe.warnings.filter((w) => w.includes('is already on this page'));
    expect(versionWarnings.length, probe.warnings.join('\n')).to.equal(1);
    expect(versionWarnings[0]).to.contain('9.9.9-other');
    expect(probe.keyupListeners).to.equal(1);
    const [first, second] = widgets;
    expect(part(first!, 'base')?.getAttribute('lang')).to.equal('en-GB');
    expect(part(second!, 'base')?.getAttribute('lang')).to.equal('ro');
    expect(part(second!, 'exit-button')).to.not.exist;
    // The keyboard shortcut exits once, through the first widget.
    win.__stsCancelExit = true;
    for (let i = 0; i < 3; i += 1) win.document.body.dispatchEvent(new win.KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    expect(probe.exits.length).to.equal(1);
  });

  it('hostile CSS: the widget stays readable and the quick exit still covers the page', async () => {
    const { widgets, win, doc, probe } = await loadPage('/examples/hostile-css/index.html', { width: 800, height: 600 });
    const widget = widgets[0]!;
    const paragraph = part(widget, 'base')!.querySelector('p')!;
    const style = win.getComputedStyle(paragraph);
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
    expect(style.color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(win.getComputedStyle(widget).display).to.equal('block');
    expect(part(widget, 'heading')!.getBoundingClientRect().height).to.be.greaterThan(16);
    win.__stsCancelExit = true;
    part(widget, 'exit-button')!.click();
    const overlay = widget.shadowRoot!.querySelector('dialog.overlay') as HTMLDialogElement;
    expect(overlay.matches(':modal')).to.equal(true);
    const rect = overlay.getBoundingClientRect();
    expect(rect.width).to.be.at.least(win.innerWidth - 1);
    expect(rect.height).to.be.at.least(win.innerHeight - 1);
    // The top layer is above even a z-index: 2147483647 element of the page.
    expect(doc.elementFromPoint(400, 300)).to.equal(widget);
    expect(probe.errors).to.deep.equal([]);
  });

  it('no JavaScript: the documented fallback shows the key links', async () => {
    // A sandboxed frame without allow-scripts runs no script at all.
    const { doc } = await loadPage('/examples/partner-site/index.html', { sandbox: 'allow-same-origin' });
    const fallback = doc.querySelector('spot-the-signs .sts-fallback') as HTMLElement;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    const links = [...fallback.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['tel:999', 'tel:+448000121700', 'https://www.bbc.co.uk/weather']);
    expect(doc.querySelector('spot-the-signs')?.shadowRoot).to.equal(null);
  });
});
