import { expect } from '@open-wc/testing';
import { $, html, text, widget } from './support/helpers.js';

/** Which locale files the page has fetched so far (source: locales/<code>…; CDN build: locale-<code>.js). */
function loadedLocales(): string[] {
  const codes = performance
    .getEntriesByType('resource')
    .map((entry) => /\/packages\/(?:widget|core)\/(?:src\/)?locales\/([a-zA-Z-]+?)(?:\/|\.ts|\.js)|\/locale-([a-zA-Z-]+)\.js/.exec(entry.name))
    .map((match) => match?.[1] ?? match?.[2])
    .filter((code): code is string => Boolean(code) && code !== 'en-GB');
  return [...new Set(codes)];
}

describe('locale loading', () => {
  it('loads nothing but English until another language is needed', async () => {
    await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    expect(loadedLocales()).to.deep.equal([]);
  });

  it('loads only the chosen language', async () => {
    const el = await widget(html`<spot-the-signs lang="sk"></spot-the-signs>`);
    expect(($(el, '[part="base"]') as HTMLElement).lang).to.equal('sk');
    expect(loadedLocales()).to.deep.equal(['sk']);
  });

  it('a second widget in the same language loads nothing more', async () => {
    await widget(html`<spot-the-signs lang="sk"></spot-the-signs>`);
    expect(loadedLocales()).to.deep.equal(['sk']);
    expect(text(await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`), '[part="heading"]')).to.equal(
      'Spot the signs of modern slavery',
    );
  });
});
