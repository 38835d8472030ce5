import { expect } from '@open-wc/testing';
import './support/widget-under-test.js';

/**
 * A bug on the host page can pollute Object.prototype or Array.prototype. The widget reads only own
 * properties of partner input and of its data, so a polluted prototype adds no link or text to a contact
 * card, hangs nothing, and never removes the emergency number.
 */
const EVIL = 'https://evil.example/phish';
const POLLUTION: Record<string, unknown> = {
  email: 'victim@evil.example',
  url: EVIL,
  sms: { tel: '+447000000666', display: '07000 000666' },
  textRelay: { tel: '+447000000667', display: '07000 000667' },
  phone: { tel: '+447000000668', display: '07000 000668' },
  strings: 'x',
  channels: [{ id: 'evil', name: 'Evil', url: EVIL }],
  hours: 'x',
  languages: { spoken: ['en'], atLeast: 3 },
  description: 'Injected description',
  consent: 'police',
  anonymous: true,
  exitUrl: EVIL,
  'en-GB': { heading: 'Injected heading' },
};

const MARKUP = `<spot-the-signs lang="en-GB" setting="home"><script type="application/json">
  {"channels": [{"id": "our-team", "name": "Our team", "phone": {"tel": "+441234567890", "display": "01234 567890"}}]}
</script></spot-the-signs>`;

interface Seen {
  rendered: boolean;
  foreignLinks: string[];
  injectedText: boolean;
  emergency: boolean;
  lang: string | null;
  partnerLinks: (string | null)[];
}

/**
 * Pollutes, renders, reads what showed, and cleans up, with nothing else in between: the test runner and the
 * assertion library walk inherited properties too, so they only run once the prototypes are clean.
 */
async function renderPolluted(prototypes: object[], keys: string[]): Promise<Seen> {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  const added: [object, string][] = [];
  const warn = console.warn;
  console.warn = () => {};
  for (const prototype of prototypes) {
    for (const key of keys) {
      Object.defineProperty(prototype, key, { value: POLLUTION[key], configurable: true, writable: true, enumerable: true });
      added.push([prototype, key]);
    }
  }
  try {
    wrapper.innerHTML = MARKUP;
    const el = wrapper.querySelector('spot-the-signs') as HTMLElement & { updateComplete: Promise<unknown> };
    const rendered = await Promise.race([el.updateComplete.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000))]);
    const root = el.shadowRoot;
    const hrefs = [...(root?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    const text = root?.textContent ?? '';
    return {
      rendered,
      foreignLinks: hrefs.filter((href) => /evil|0700000/.test(href)),
      injectedText: /Injected|07000 000/.test(text),
      emergency: Boolean(root?.querySelector('[part="emergency"]')?.textContent?.includes('999')) && hrefs.includes('tel:999'),
      lang: root?.querySelector('[part="base"]')?.getAttribute('lang') ?? null,
      partnerLinks: [...(root?.querySelectorAll('[part="partner-channels"] a') ?? [])].map((a) => a.getAttribute('href')),
    };
  } finally {
    for (const [prototype, key] of added) delete (prototype as Record<string, unknown>)[key];
    console.warn = warn;
    wrapper.remove();
  }
}

describe('immune to prototype pollution on the host page', function () {
  this.timeout(15000);

  const cases: [string, object[], string[]][] = [
    ...Object.keys(POLLUTION).flatMap((key): [string, object[], string[]][] => [
      [`Object.prototype.${key}`, [Object.prototype], [key]],
      [`Array.prototype.${key}`, [Array.prototype], [key]],
    ]),
    ['Object.prototype with every contact field at once', [Object.prototype], ['email', 'url', 'sms', 'textRelay', 'description']],
  ];
  for (const [name, prototypes, keys] of cases) {
    it(`${name}: no foreign link or text, rendered within 2 s, the emergency number present`, async () => {
      const seen = await renderPolluted(prototypes, keys);
      expect(seen.rendered, 'rendered within 2 s').to.equal(true);
      expect(seen.foreignLinks).to.deep.equal([]);
      expect(seen.injectedText, 'injected text').to.equal(false);
      expect(seen.emergency, 'the emergency number').to.equal(true);
      expect(seen.lang).to.equal('en-GB');
      expect(seen.partnerLinks, "the partner's own channel, and only its own fields").to.deep.equal(['tel:+441234567890']);
    });
  }
});
