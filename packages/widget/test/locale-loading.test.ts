import { expect } from '@open-wc/testing';
import { $, html, text, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';

const PACK = /^(.+?)-(anywhere|home|places)$/;

// The browser keeps 250 resource entries by default and then drops new ones; every source module is one.
performance.setResourceTimingBufferSize(100_000);

/**
 * Every text pack the page has fetched, as `code/pack`, once per download (a module fetched twice shows twice):
 * from the source (generated/locales/<code>/<pack>.ts) or the CDN build (locale-<code>.js, locale-<code>-<pack>.js).
 */
function packDownloads(): string[] {
  return performance.getEntriesByType('resource').flatMap((entry) => {
    const source = /\/generated\/locales\/([a-zA-Z-]+)\/([a-z]+)\.(?:ts|js)/.exec(entry.name);
    if (source) return [`${source[1]}/${source[2]}`];
    const built = /\/locale-([a-zA-Z-]+)\.js/.exec(entry.name)?.[1];
    if (!built) return [];
    const split = PACK.exec(built);
    return [split ? `${split[1]}/${split[2]}` : `${built}/base`];
  });
}

/**
 * The packs a test downloads, as `code/pack`, in order, duplicates kept: each test counts only its own, so no
 * test depends on what another loaded before it (each uses languages of its own).
 */
async function packsLoadedBy(run: () => Promise<unknown>): Promise<string[]> {
  const before = packDownloads().length;
  await run();
  // English's base and anywhere packs are part of the entry (in the source, static imports of it).
  return packDownloads()
    .slice(before)
    .filter((pack) => pack !== 'en-GB/base' && pack !== 'en-GB/anywhere')
    .sort();
}

describe('locale loading', () => {
  afterEach(() => {
    const downloads = packDownloads();
    const twice = downloads.filter((pack, index) => downloads.indexOf(pack) !== index);
    expect(twice, 'a pack downloaded more than once').to.deep.equal([]);
  });

  it('loads nothing for English in the general setting: its text is in the entry', async () => {
    expect(await packsLoadedBy(() => widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`))).to.deep.equal([]);
  });

  it('loads only the chosen language, and only the packs its setting needs', async () => {
    let el!: SpotTheSigns;
    const loaded = await packsLoadedBy(async () => (el = await widget(html`<spot-the-signs lang="sk"></spot-the-signs>`)));
    expect(($(el, '[part="base"]') as HTMLElement).lang).to.equal('sk');
    expect(loaded).to.deep.equal(['sk/anywhere', 'sk/base']);
  });

  it('a second widget in the same language loads nothing more', async () => {
    const first = await packsLoadedBy(() => widget(html`<spot-the-signs lang="lv"></spot-the-signs>`));
    expect(first).to.deep.equal(['lv/anywhere', 'lv/base']);
    const second = await packsLoadedBy(async () => {
      expect(text(await widget(html`<spot-the-signs lang="lv"></spot-the-signs>`), '[part="heading"]')).to.not.equal('');
      expect(text(await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`), '[part="heading"]')).to.equal(
        'Spot the signs of modern slavery',
      );
    });
    expect(second).to.deep.equal([]);
  });

  it('two widgets asking for a language at once download it once', async () => {
    const loaded = await packsLoadedBy(() =>
      Promise.all([widget(html`<spot-the-signs lang="bg"></spot-the-signs>`), widget(html`<spot-the-signs lang="bg"></spot-the-signs>`)]),
    );
    expect(loaded).to.deep.equal(['bg/anywhere', 'bg/base']);
  });

  it('a setting loads its own signs, once, in the language shown', async () => {
    let el!: SpotTheSigns;
    const home = await packsLoadedBy(async () => (el = await widget(html`<spot-the-signs lang="ro" setting="home"></spot-the-signs>`)));
    expect(home).to.deep.equal(['ro/anywhere', 'ro/base', 'ro/home']);
    expect(el.shadowRoot!.querySelectorAll('[part="indicator"]').length).to.be.greaterThan(45);
    expect(text(el, '[data-indicator="home-overcrowded"] summary')).to.not.match(/^indicators\./);
    const places = await packsLoadedBy(async () => {
      el.setAttribute('setting', 'car-wash');
      await el.updateComplete;
    });
    expect(places).to.deep.equal(['ro/places']);
    expect($(el, '[data-indicator]')).to.exist;
    // Nail bars share the home pack's "living at work" sign; English's signs seen anywhere are in the entry.
    const english = await packsLoadedBy(() => widget(html`<spot-the-signs lang="en-GB" setting="nail-bar"></spot-the-signs>`));
    expect(english).to.deep.equal(['en-GB/home']);
  });
});
