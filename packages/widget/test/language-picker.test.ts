import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, html, widget } from './support/helpers.js';
import type { SpotTheSigns } from './support/helpers.js';

/**
 * A calm language picker: moving through the languages with the arrow keys does not switch the widget on each
 * press (three presses used to be three full switches); the reader commits with Enter or by leaving the
 * picker (a pointer pick commits at once), and the switch is announced once, in the new language.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shownLanguage = (el: SpotTheSigns) => $(el, '[part="base"]')?.getAttribute('lang');
const picker = (el: SpotTheSigns) => $(el, '[part="language-picker"]') as HTMLSelectElement;

function watch(el: SpotTheSigns): { switches: string[]; announcements: string[]; stop: () => void } {
  const switches: string[] = [];
  const announcements: string[] = [];
  const onChange = (event: Event) => switches.push((event as CustomEvent).detail.lang);
  el.addEventListener('sts-language-change', onChange);
  const region = $(el, '[data-language-status]');
  const observer = new MutationObserver(() => {
    const text = region?.textContent?.trim() ?? '';
    if (text && announcements.at(-1) !== text) announcements.push(text);
  });
  if (region) observer.observe(region, { childList: true, characterData: true, subtree: true });
  return {
    switches,
    announcements,
    stop: () => {
      observer.disconnect();
      el.removeEventListener('sts-language-change', onChange);
    },
  };
}

describe('a calm language picker', () => {
  it('arrow keys move through the languages without switching; Enter switches once, and it is announced once', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    expect($(el, '[data-language-status]'), 'a status region for the switch').to.exist;
    const seen = watch(el);
    picker(el).focus();
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await sleep(150);
      await el.updateComplete;
      expect(shownLanguage(el), `after ${i + 1} arrow presses`).to.equal('en-GB');
    }
    const chosen = picker(el).value;
    expect(chosen).to.not.equal('en-GB');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sleep(100);
    expect(shownLanguage(el)).to.equal(chosen);
    expect(seen.switches).to.deep.equal([chosen]);
    const name = picker(el).selectedOptions[0]!.textContent!.trim();
    expect(seen.announcements.length, seen.announcements.join(' | ')).to.equal(1);
    expect(seen.announcements[0]).to.contain(name);
    seen.stop();
  });

  it('leaving the picker commits the language the reader moved to', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    const seen = watch(el);
    picker(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sleep(150);
    expect(shownLanguage(el)).to.equal('en-GB');
    const chosen = picker(el).value;
    picker(el).blur();
    await el.updateComplete;
    await sleep(100);
    expect(shownLanguage(el)).to.equal(chosen);
    expect(seen.switches).to.deep.equal([chosen]);
    seen.stop();
  });

  it('a pick without the arrow keys (a pointer, or a script) switches at once', async () => {
    const el = await widget(html`<spot-the-signs lang="en-GB"></spot-the-signs>`);
    picker(el).value = 'cy';
    picker(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownLanguage(el)).to.equal('cy');
  });
});
