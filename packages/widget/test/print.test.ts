import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, html, widget } from './support/helpers.js';

// Print emulation uses the Chrome DevTools Protocol; Firefox (WebDriver BiDi) has no equivalent here.
const describeWithPrintEmulation = navigator.userAgent.includes('Firefox') ? describe.skip : describe;

describeWithPrintEmulation('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints a clean checklist: no quick exit, no pickers, every sign open, numbers large', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" setting="home" audience="housing-officer" jurisdiction="GB-CAM"></spot-the-signs>`);
    const screenSize = parseFloat(getComputedStyle($(el, '.phone') as HTMLElement).fontSize);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    expect(getComputedStyle($(el, '.toolbar') as HTMLElement).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="view-switch"]') as HTMLElement).display).to.equal('none');
    const details = $$(el, 'details') as HTMLDetailsElement[];
    expect(details.length).to.be.greaterThan(10);
    expect(details.every((d) => d.open)).to.equal(true);
    expect(parseFloat(getComputedStyle($(el, '.phone') as HTMLElement).fontSize)).to.be.greaterThan(screenSize);
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    // The reader's own choices come back: every sign closed again.
    expect(details.some((d) => d.open)).to.equal(false);
  });
});
