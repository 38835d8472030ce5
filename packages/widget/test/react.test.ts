import { expect } from '@open-wc/testing';
import { BUILD } from './support/widget-under-test.js';
import { loadPage, part, waitFor } from './support/pages.js';

// The React example is built whole (React, the wrapper and the widget); it runs once, in the cdn group.
const describeBuilt = BUILD === 'cdn' ? describe : describe.skip;

describeBuilt('@spot-the-signs/react (examples/react)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('passes props as properties and attributes, and events to handler props', async () => {
    const { doc, win, widgets } = await loadPage('/examples/react/index.html');
    const widget = widgets[0] ?? (await waitFor(() => doc.querySelector('spot-the-signs'), 'the React app'));
    await waitFor(() => part(widget, 'emergency'), 'the widget');
    // A partner channel passed as a property renders.
    expect(widget.shadowRoot?.querySelector('[data-channel="example-charity"] a[href="tel:+441632960999"]')).to.exist;
    // heading-level via the headingLevel prop.
    expect(part(widget, 'heading')?.tagName).to.equal('H2');

    // A React state change flows into the element.
    const select = doc.querySelector('select') as HTMLSelectElement;
    const setValue = Object.getOwnPropertyDescriptor(win.HTMLSelectElement.prototype, 'value')!.set!;
    setValue.call(select, 'GB-CAM');
    select.dispatchEvent(new win.Event('change', { bubbles: true }));
    await waitFor(() => widget.shadowRoot?.querySelector('[data-channel="cambs-police-online"]'), 'Cambridgeshire channels');

    // onChannelClick reaches the partner's React code.
    const link = widget.shadowRoot?.querySelector('[data-channel="gb-modern-slavery-helpline"] a[href^="tel:"]') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    await waitFor(() => doc.getElementById('partner-stats')?.textContent?.includes('gb-modern-slavery-helpline'), 'the click count');
    expect(doc.getElementById('partner-stats')?.textContent).to.contain('Contacts used on this page: 1');

    // onLanguageChange too.
    const picker = part(widget, 'language-picker') as HTMLSelectElement;
    picker.value = 'ro';
    picker.dispatchEvent(new win.Event('change'));
    await waitFor(() => doc.getElementById('partner-stats')?.textContent?.includes('Language shown: ro'), 'the language change');
  });
});
