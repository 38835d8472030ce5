import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { html, widget } from './support/helpers.js';

const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;

/** Written by `npm run build` with `spot-the-signs render` (see STATIC_SAMPLES in scripts/build.mjs). */
const SAMPLES: Record<string, Record<string, string>> = {
  'en-GB-general-GB-ENG': { lang: 'en-GB' },
  'lt-home-GB-CAM': { lang: 'lt', setting: 'home', jurisdiction: 'GB-CAM' },
  'ar-me-GB-ENG': { lang: 'ar', view: 'me' },
};

const attributesOf = (root: ParentNode, selector: string, attribute: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.getAttribute(attribute) ?? '');
const textsOf = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('static render (npx spot-the-signs render): no script, same content and links as the widget', () => {
  afterEach(() => document.querySelectorAll('.static-sample').forEach((node) => node.remove()));

  for (const [name, attributes] of Object.entries(SAMPLES)) {
    it(`${name}: accessible, script-free, and in step with the widget`, async () => {
      const markup = await (await fetch(`/packages/widget/dist/static-samples/${name}.html`)).text();
      expect(markup).to.not.match(/<script|\son[a-z]+=/i);
      const sample = document.createElement('div');
      sample.className = 'static-sample';
      sample.innerHTML = markup;
      document.body.append(sample);
      const root = sample.querySelector('.spot-the-signs-static') as HTMLElement;
      expect(root.lang).to.equal(attributes.lang);

      for (const details of sample.querySelectorAll('details')) (details as HTMLDetailsElement).open = true;
      const results = await axe.run(sample, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { region: { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).to.deep.equal([]);

      const el = await widget(html`<spot-the-signs
        lang=${attributes.lang}
        setting=${attributes.setting ?? 'general'}
        jurisdiction=${attributes.jurisdiction ?? 'GB-ENG'}
        view=${attributes.view ?? 'someone-else'}
      ></spot-the-signs>`);
      const shadow = el.shadowRoot as ShadowRoot;
      expect(attributesOf(root, '[data-indicator]', 'data-indicator')).to.deep.equal(attributesOf(shadow, '[data-indicator]', 'data-indicator'));
      expect(attributesOf(root, '[data-channel]', 'data-channel')).to.deep.equal(attributesOf(shadow, '[data-channel]', 'data-channel'));
      expect(textsOf(root, 'summary')).to.deep.equal(textsOf(shadow, 'summary'));
      expect(textsOf(root, 'section')).to.deep.equal(textsOf(shadow, 'section'));
      // The same order: the emergency box, the shortcut to the first numbers, then the sections of the view.
      const order = '[part="emergency"], [part="shortcut"], section[part]';
      expect(attributesOf(root, order, 'part')).to.deep.equal(attributesOf(shadow, order, 'part'));
      expect(attributesOf(root, order, 'part').slice(0, 2)).to.deep.equal(['emergency', 'shortcut']);
      const shortcut = '[part="shortcut"] a[data-channel-id]';
      expect(attributesOf(root, shortcut, 'data-channel-id')).to.deep.equal(attributesOf(shadow, shortcut, 'data-channel-id'));
      expect(new Set(attributesOf(root, 'a[href]', 'href'))).to.deep.equal(new Set(attributesOf(shadow, 'a[href]:not([href^="#"])', 'href')));
    });
  }
});
