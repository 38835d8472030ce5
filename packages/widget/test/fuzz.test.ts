import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONFIG_ATTRIBUTES, parseWidgetConfig } from '@spot-the-signs/core';
import type { SpotTheSigns } from './support/helpers.js';
import { BUILD } from './support/widget-under-test.js';

const RUNS = Number((globalThis as { STS_FUZZ_RUNS?: number }).STS_FUZZ_RUNS ?? 10_000);
const ALLOWED = new Set(['https:', 'tel:', 'sms:', 'mailto:']);
/** The scalar settings, by property name, with the attribute a partner writes (core's own list). */
const ATTRIBUTES = Object.fromEntries(
  Object.entries(CONFIG_ATTRIBUTES).filter(([field]) => field !== 'channels' && field !== 'strings'),
) as Record<string, string>;

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 5000 }),
  fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'javascript:alert(1)', 'JaVaScRiPt:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>',
    'vbscript:x', 'http://example.org', '//evil.example', 'https://', 'https://example.org/ok', '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>', '"><svg onload=window.__xss=1>', '\u0000', '\u202e', 'ar', 'lt', 'GB-CAM', 'home', 'me', '3', 'off', '',
  ),
);
/** Valid values too, so that mixes of good and bad fields are tried. */
const value = fc.oneof(hostile, fc.constantFrom('GB-ENG', 'US', 'general', 'car-wash', 'landlord', 'someone-else', 'https://www.example.org/', '2', 'on', 'cy', 'community-reviewed'));

const channel = fc.record(
  {
    id: fc.oneof(fc.constantFrom('ok-id', '__proto__', 'Bad Id'), fc.string()),
    name: fc.oneof(hostile, fc.dictionary(fc.constantFrom('en-GB', 'cy', '__proto__', 'constructor'), hostile)),
    url: hostile,
    email: hostile,
    phone: fc.record({ tel: hostile, display: hostile }),
    kind: hostile,
  },
  { requiredKeys: [] },
);
const strings = fc.dictionary(
  fc.oneof(fc.constantFrom('en-GB', 'cy', '__proto__', 'constructor'), fc.string()),
  fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('heading', 'intro', '__proto__', 'channel.call'), fc.string()), hostile), hostile),
  { maxKeys: 3 },
);

const config = fc.record(
  {
    ...Object.fromEntries(Object.keys(ATTRIBUTES).map((key) => [key, value])),
    channels: fc.oneof(fc.array(channel, { maxLength: 3 }), hostile),
    strings: fc.oneof(strings, hostile),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, unknown>>;

// The fuzz run takes a while; once, against the build partners embed.
const describeBuilt = BUILD === 'cdn' ? describe : describe.skip;

describeBuilt(`fuzzing: ${RUNS.toLocaleString('en-GB')} generated configurations`, function () {
  this.timeout(300_000);

  it('never throws, never runs script, links only to allowed schemes, always shows the emergency number, warns for each rejected field', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    const originalWarn = console.warn;
    let warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const host = document.createElement('div');
    document.body.append(host);
    let runs = 0;
    // A fresh element every 100 configurations; in between, one element takes each new configuration, as a
    // partner's script changing attributes would. An element warns once per rejected value, so the check
    // looks at every warning that element has given.
    let el: SpotTheSigns | undefined;
    let seen: string[] = [];
    try {
      await fc.assert(
        fc.asyncProperty(config, async (input) => {
          if (runs % 100 === 0) {
            el = document.createElement('spot-the-signs') as SpotTheSigns;
            host.replaceChildren(el);
            seen = [];
          }
          runs += 1;
          warnings = [];
          for (const [key, attribute] of Object.entries(ATTRIBUTES)) {
            if (typeof input[key] === 'string') el!.setAttribute(attribute, input[key] as string);
            else el!.removeAttribute(attribute);
          }
          (el as unknown as Record<string, unknown>).channels = input.channels;
          (el as unknown as Record<string, unknown>).strings = input.strings;
          await el!.updateComplete;
          seen.push(...warnings);
          const root = el!.shadowRoot!;
          const emergency = root.querySelector('[part="emergency"] a') as HTMLAnchorElement | null;
          if (!emergency || !/^tel:(999|911|000|112)$/.test(emergency.getAttribute('href') ?? '')) return false;
          // In-page links (the skip link, href="#…") go nowhere outside the widget.
          for (const link of root.querySelectorAll('a[href]:not([href^="#"])')) {
            if (!ALLOWED.has(new URL((link as HTMLAnchorElement).href).protocol)) return false;
          }
          if (root.querySelector('script, img, iframe, svg, object, embed')) return false;
          // Every field the configuration parser rejects is named in a warning.
          const { errors } = parseWidgetConfig(Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'strings' || typeof input.strings !== 'object')));
          for (const error of errors) if (!seen.some((w) => w.includes(`${error.attribute}:`) && w.includes(error.value.slice(0, 20)))) return false;
          return true;
        }),
        { numRuns: RUNS, seed: 20261128, endOnFailure: true },
      );
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      host.remove();
    }
    expect(runs).to.equal(RUNS);
    expect(uncaught).to.deep.equal([]);
    expect((window as Window & { __xss?: number }).__xss).to.equal(undefined);
  });
});
