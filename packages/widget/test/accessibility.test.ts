import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import type { SpotTheSigns } from './support/helpers.js';
import { SUPPORTED_LOCALES } from './support/widget-under-test.js';

import { examples } from '../../../examples/examples.js';

type Example = (typeof examples)[number];

const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;
/** Every example in the first languages; the fullest example in every language we ship. */
const LANGUAGES = ['en-GB', 'cy', 'lt', 'ro'];
const EVERY_LANGUAGE = SUPPORTED_LOCALES.map((locale) => locale.code);
const FULLEST = 'council-hmo';

// The examples are the fixtures: the same list feeds the example index, the docs and these checks.

async function widgetsOf(example: Example): Promise<DocumentFragment> {
  const page = new DOMParser().parseFromString(await (await fetch(`/examples/${example.page}`)).text(), 'text/html');
  const fragment = document.createDocumentFragment();
  for (const element of page.querySelectorAll('spot-the-signs')) fragment.append(document.importNode(element, true));
  return fragment;
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

describe('accessibility (axe, WCAG 2.2 A and AA) of every example in every language', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((node) => node.remove()));

  it('has examples to check, and the check can fail', async () => {
    expect(examples.length).to.be.greaterThanOrEqual(3);
    const bad = document.createElement('div');
    bad.innerHTML = '<img src="data:," /><button></button><a href="#"></a>';
    document.body.append(bad);
    const results = await axe.run(bad, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    bad.remove();
    expect(results.violations.map((v) => v.id)).to.include.members(['image-alt', 'button-name', 'link-name']);
  });

  for (const example of examples.filter((candidate) => !('widgetInMarkup' in candidate) || candidate.widgetInMarkup !== false)) {
    for (const lang of example.id === FULLEST ? EVERY_LANGUAGE : LANGUAGES) {
      it(`${example.id} in ${lang}: 0 violations, with every sign opened`, async () => {
        const container = document.createElement('div');
        container.append(await widgetsOf(example));
        document.body.append(container);
        const elements = [...container.querySelectorAll('spot-the-signs')] as SpotTheSigns[];
        expect(elements.length).to.be.greaterThan(0);
        for (const element of elements) element.setAttribute('lang', lang);
        await Promise.all(elements.map((element) => element.updateComplete));
        for (const element of elements) {
          expect(element.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang')).to.equal(lang);
        }
        // An example that opens on the guide is checked as it opens, then with the guide closed and the signs shown.
        const guides = elements.filter((element) => element.shadowRoot?.querySelector('[data-guide="close"]'));
        let contrastChecked = 0;
        for (const state of guides.length ? ['the guide open', 'the guide closed'] : ['as it opens']) {
          if (state === 'the guide closed') {
            for (const element of guides) (element.shadowRoot!.querySelector('[data-guide="close"]') as HTMLButtonElement).click();
            await Promise.all(elements.map((element) => element.updateComplete));
          }
          for (const element of elements) {
            for (const details of element.shadowRoot?.querySelectorAll('details') ?? []) (details as HTMLDetailsElement).open = true;
          }
          const results = await axe.run(container, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            rules: {
              // The widget is checked on its own here; page-level landmark rules belong to the host page.
              region: { enabled: false },
              'landmark-one-main': { enabled: false },
              'page-has-heading-one': { enabled: false },
            },
          });
          expect(results.violations, `${state}: ${describeViolations(results)}`).to.deep.equal([]);
          contrastChecked = Math.max(contrastChecked, results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0);
        }
        // axe must have looked inside the shadow root, not just at an empty host.
        expect(contrastChecked).to.be.greaterThan(20);
        container.remove();
      });
    }
  }
});
