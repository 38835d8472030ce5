import { expect, oneEvent } from '@open-wc/testing';
import { $, captureWarnings, html, widget } from './support/helpers.js';
import { BUILD, defineElement, SpotTheSigns, VERSION } from './support/widget-under-test.js';

describe('events', () => {
  it('sts-channel-click tells the partner which channel was used, and nothing else is sent', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const link = $(el, '[data-channel="gb-modern-slavery-helpline"] a[href^="tel:"]') as HTMLAnchorElement;
    // A tel: link would open the dialler; the event fires on click before that.
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const fired = oneEvent(el, 'sts-channel-click');
    link.click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ channelId: 'gb-modern-slavery-helpline', kind: 'helpline', link: 'phone' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('the emergency number counts as a channel click too', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const link = $(el, '[part="emergency"] a') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const fired = oneEvent(el, 'sts-channel-click');
    link.click();
    expect((await fired).detail.kind).to.equal('emergency');
  });
});

describe('registration', () => {
  it(`runs against the ${BUILD} build`, () => {
    // Sources report a dev version; the CDN file carries the package version injected at build time.
    if (BUILD === 'cdn') expect(VERSION).to.match(/^\d+\.\d+\.\d+/).and.not.equal('0.0.0-dev');
    else expect(VERSION).to.equal('0.0.0-dev');
    console.log(`widget build under test: ${BUILD} ${VERSION}`);
  });

  it('registers <spot-the-signs> with this version', () => {
    expect(customElements.get('spot-the-signs')).to.exist;
    expect(SpotTheSigns.version).to.equal(VERSION);
  });

  it('a second registration of the same version is silent', async () => {
    const warnings = await captureWarnings(async () => {
      expect(defineElement('spot-the-signs', class extends SpotTheSigns {}, VERSION)).to.equal('already-defined');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('another version warns once and never throws', async () => {
    const warnings = await captureWarnings(async () => {
      expect(defineElement('spot-the-signs', class extends SpotTheSigns {}, '9.9.9')).to.equal('other-version-defined');
      expect(defineElement('spot-the-signs', class extends SpotTheSigns {}, '9.9.9')).to.equal('other-version-defined');
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('9.9.9');
  });

  it('the same class can be registered under another tag', () => {
    expect(defineElement('partner-signs', SpotTheSigns, VERSION)).to.equal('defined');
    expect(customElements.get('partner-signs')).to.exist;
  });
});
