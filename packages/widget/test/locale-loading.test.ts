import { expect } from '@open-wc/testing';
import { $, html, text, widget } from './support/helpers.js';

const PACK = /^(.+?)-(anywhere|home|places)$/;

/**
 * Which text packs the page has fetched so far, as `code/pack`: from the source
 * (generated/locales/<code>/<pack>.ts) or the CDN build (locale-<code>.js, locale-<code>-<pack>.js).
 */
function loadedPacks(): string[] {
  const packs = performance.getEntriesByType('resource').flatMap((entry) => {
    const source = /\/generated\/locales\/([a-zA-Z-]+)\/([a-z]+)\.(?:ts|js)/.exec(entry.name);
    if (source) return [`${source[1]}/${source[2]}`];
    const built = /\/locale-([a-zA-Z-]+)\.js/.exec(entry.name)?.[1];
    if (!built) return [];
    const split = PACK.exec(built);
    return [split ? `${split[1]}/${split[2]}` : `${built}/base`];
  });
  // English's base and anywhere packs are part of the entry (in the source, static imports of it).
  return [...new Set(packs)].filter((pack) => pack !== 'en-GB/base' && pack !== 'en-GB/anywhere').sort();
}

describe('locale loading', () => {
  it('loads nothing for English in the general setting: its text is in the entry', async () => {
    await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    expect(loadedPacks()).to.deep.equal([]);
  });

  it('loads only the chosen language, and only the packs its setting needs', async () => {
    const el = await widget(html`<spot-the-signs lang="sk"></spot-the-signs>`);
    expect(($(el, '[part="base"]') as HTMLElement).lang).to.equal('sk');
    expect(loadedPacks()).to.deep.equal(['sk/anywhere', 'sk/base']);
  });

  it('a second widget in the same language loads nothing more', async () => {
    await widget(html`<spot-the-signs lang="sk"></spot-the-signs>`);
    expect(loadedPacks()).to.deep.equal(['sk/anywhere', 'sk/base']);
    expect(text(await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`), '[part="heading"]')).to.equal(
      'Spot the signs of modern slavery',
    );
  });

  it('a setting loads its own signs, once, in the language shown', async () => {
    const el = await widget(html`<spot-the-signs lang="sk" setting="home"></spot-the-signs>`);
    expect(loadedPacks()).to.deep.equal(['sk/anywhere', 'sk/base', 'sk/home']);
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"]').length).to.be.greaterThan(45);
    expect(text(el, '[data-indicator="home-overcrowded"] summary')).to.not.match(/^indicators\./);
    el.setAttribute('setting', 'car-wash');
    await el.updateComplete;
    expect(loadedPacks()).to.deep.equal(['sk/anywhere', 'sk/base', 'sk/home', 'sk/places']);
    expect($(el, '[data-indicator]')).to.exist;
    // Nail bars share the home pack's "living at work" sign; English's signs seen anywhere are in the entry.
    await widget(html`<spot-the-signs lang="en-GB" setting="nail-bar"></spot-the-signs>`);
    expect(loadedPacks()).to.deep.equal(['en-GB/home', 'sk/anywhere', 'sk/base', 'sk/home', 'sk/places']);
  });
});
