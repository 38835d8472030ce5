import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { GUIDE_SITUATIONS } from '@spot-the-signs/core';
import { $, $$, html, shadow, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';

/*
 * What a screen reader is given at each step of the guide, read from the browser's own accessibility tree (the
 * tree screen readers read), not from the DOM: the question is a named group of buttons, the focus lands on it,
 * and then on the result's heading, whose links are named by the numbers to call.
 */

interface AxNode {
  role: string;
  name?: string;
  level?: number;
  focused?: boolean;
  children?: AxNode[];
}

const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
const tree = async (): Promise<AxNode[]> => flatten((await a11ySnapshot({})) as unknown as AxNode);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openGuide(el: SpotTheSigns): Promise<void> {
  ($(el, '[part="guide-button"]') as HTMLButtonElement).click();
  await waitUntil(() => shadow(el).activeElement?.matches('.guide-question'), 'focus moves to the first question');
}

// The accessibility tree comes through the Chrome DevTools Protocol; Firefox here is driven over WebDriver BiDi,
// which has no equivalent, so in Firefox the DOM-level checks of guide.test.ts (named group, focus) stand in.
const itWithAccessibilityTree = navigator.userAgent.includes('Firefox') ? it.skip : it;

describe('the guide as a screen reader gets it', function () {
  this.timeout(30000);

  itWithAccessibilityTree('the question: focus on it; a group named by the question, a button named by each situation', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    await openGuide(el);
    const nodes = await tree();
    const question = text($(el, '.guide-question legend'));
    expect(question).to.not.equal('');
    const group = nodes.find((node) => node.role === 'group' && node.name === question);
    expect(group, `a group named "${question}"`).to.be.ok;
    expect(group!.focused, 'focus is on the question, so it is read first').to.equal(true);
    const labels = ($$(el, '.guide-choices button') as HTMLButtonElement[]).map(text);
    expect(labels).to.have.length(GUIDE_SITUATIONS.length);
    const buttons = flatten(group!).filter((node) => node.role === 'button').map((node) => node.name);
    expect(buttons).to.deep.equal(labels);
  });

  itWithAccessibilityTree('the result: focus on its heading; its phone links are named by the numbers', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB" jurisdiction="GB-ENG"></spot-the-signs>`);
    await openGuide(el);
    (($$(el, '.guide-choices button') as HTMLButtonElement[])[GUIDE_SITUATIONS.indexOf('child')])!.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'sts-guide-result', 'focus moves to the result heading');
    const nodes = await tree();
    const heading = text(shadow(el).getElementById('sts-guide-result'));
    const focusedNode = nodes.find((node) => node.focused);
    expect(focusedNode?.role).to.equal('heading');
    expect(focusedNode?.name).to.equal(heading);
    // The number as the card shows it (e.g. 0808 800 5000) is what the link is announced with.
    const shown = ($$(el, '[part="guide-result"] a[href^="tel:"]') as HTMLAnchorElement[]).map((link) => text(link).replace(/\D/g, ''));
    expect(shown.length, 'the child path offers numbers to call').to.be.greaterThan(0);
    const linkNames = nodes.filter((node) => node.role === 'link').map((node) => (node.name ?? '').replace(/\D/g, ''));
    for (const digits of shown) {
      expect(digits.length, 'a phone link shows its number').to.be.greaterThan(5);
      expect(linkNames.some((name) => name.includes(digits)), `a link announced with ${digits}`).to.equal(true);
    }
  });
});
