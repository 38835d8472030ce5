import { expect } from '@open-wc/testing';
import { $, $$, html, text, widget } from './support/helpers.js';

const ids = (elements: Element[]) => elements.map((element) => (element as HTMLElement).dataset.indicator ?? '');

for (const [name, template] of [
  ['the general view', html`<spot-the-signs lang="en-GB"></spot-the-signs>`],
  ['a landlord on the home setting', html`<spot-the-signs lang="en-GB" setting="home" audience="landlord"></spot-the-signs>`],
  ['a housing officer', html`<spot-the-signs lang="en-GB" setting="home" audience="housing-officer"></spot-the-signs>`],
  ['the "me" view', html`<spot-the-signs lang="en-GB" view="me"></spot-the-signs>`],
] as const) {
  describe(`key signs first: ${name}`, () => {
    it('opens the signs with 5 to 7 headline signs, then the rest, grouped, each sign once', async () => {
      const el = await widget(template);
      const section = $(el, '[part="signs"]') as HTMLElement;
      const key = ids($$(el, '[part="key-signs"] [part="indicator"]'));
      const more = ids($$(el, '[part="more-signs"] [part="indicator"]'));
      const all = ids($$(el, '[part="signs"] [part="indicator"]'));
      expect(key.length).to.be.within(5, 7);
      expect(all).to.deep.equal([...key, ...more], 'the headline signs come before the rest');
      expect(new Set(all).size).to.equal(all.length, 'a sign is in the page twice');
      // The headline signs come straight after the caveat, before any group of the rest.
      const keyBlock = $(el, '[part="key-signs"]') as HTMLElement;
      expect(keyBlock.previousElementSibling?.getAttribute('part')).to.equal('caveat');
      expect(section.querySelector('.group')?.closest('[part="more-signs"]')).to.exist;
      expect(text(el, '[part="key-signs"] .part-title')).to.equal('The main signs');
      expect(text(el, '[part="more-signs"] .part-title')).to.equal(`${more.length} more signs`);
    });
  });
}

describe('key signs first: the view the home setting opens with', () => {
  it('leads a neighbour with the signs of a home, from the campaign', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" setting="home" audience="neighbour"></spot-the-signs>`);
    const key = ids($$(el, '[part="key-signs"] [part="indicator"]'));
    expect(key.slice(0, 2)).to.deep.equal(['home-overcrowded', 'home-people-coming-and-going-at-night']);
  });

  it('a headline sign opens like any other, with its explanation and sources', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const sign = $(el, '[part="key-signs"] details[part="indicator"]') as HTMLDetailsElement;
    (sign.querySelector('summary') as HTMLElement).click();
    expect(sign.open).to.equal(true);
    expect(sign.querySelector('.sources')?.textContent).to.match(/Sources?:/);
  });
});
