/**
 * Differential tests: the hand-written checks of src/config-checks.ts against the zod schemas they stand in
 * for. For every generated and hand-picked value, a check and its schema must both accept (with deep-equal
 * parsed data, in the same key order) or both refuse (naming the same place and problem). Then the whole of
 * `parseWidgetConfig` against the same parse done with zod (test/zod-config-reference.ts).
 */
import { describe, it } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkEmail,
  checkHttpsUrl,
  checkKebabId,
  checkPartnerChannel,
  checkPartnerText,
  checkPhoneNumber,
  isHeadingLevel,
  isLanguageTag,
  isOneOf,
} from '../src/config-checks.js';
import type { Checked } from '../src/config-checks.js';
import { CONFIG_CHOICES, parseWidgetConfig } from '../src/config.js';
import { email, httpsUrl, kebabId, phoneNumber, smsNumber } from '../src/schema/common.js';
import { exitUrlSchema, partnerChannelSchema, partnerText, widgetConfigSchema } from '../src/schema/config.js';
import { languageTag } from '../src/schema/locale.js';
import { AUDIENCES, CHANNEL_KINDS, JURISDICTIONS, REVIEW_STATUSES, VIEWS, WIDGET_SETTINGS } from '../src/schema/vocabulary.js';
import { firstIssue, parseWithZod } from './support/zod-config-reference.js';
import { throwingProxy } from './support/hostile.js';

const SEED = 20_261_128;
const RUNS = 5_000;
const settings = { seed: SEED, numRuns: RUNS };

type SafeParse = { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: Parameters<typeof firstIssue>[0] } };

/** How often a property saw each answer: a property that only ever saw one answer proved little. */
class Tally {
  accepted = 0;
  refused = 0;
  count(ok: boolean) {
    if (ok) this.accepted += 1;
    else this.refused += 1;
  }
  /** Both answers, each at least `share` of the runs; says how many of each in the test report. */
  assertBalanced(t: TestContext, name: string, share = 0.1) {
    const total = this.accepted + this.refused;
    t.diagnostic(`${name}: ${this.accepted} accepted, ${this.refused} refused by both`);
    assert.ok(total >= RUNS, `${name}: only ${total} values checked`);
    assert.ok(this.accepted >= total * share, `${name}: only ${this.accepted} of ${total} accepted`);
    assert.ok(this.refused >= total * share, `${name}: only ${this.refused} of ${total} refused`);
  }
}

const show = (value: unknown) => fc.stringify(value);

/**
 * One value, one check, one schema: the same answer, the same data (deep-equal and, for objects, in the
 * same key order), and for a refusal the same `path: problem` that the warnings print.
 */
function assertAgrees<T>(check: (value: unknown) => Checked<T>, schema: SafeParse, value: unknown): boolean {
  const expected = schema.safeParse(value);
  const actual = check(value);
  assert.equal(actual.ok, expected.success, `${show(value)}: zod ${expected.success ? 'accepts' : 'refuses'} it`);
  if (actual.ok && expected.success) {
    assert.deepEqual(actual.value, expected.data, show(value));
    if (typeof expected.data === 'object') assert.equal(show(actual.value), show(expected.data), `key order for ${show(value)}`);
  } else if (!actual.ok && !expected.success) {
    const where = actual.path.length ? `${actual.path.join('.')}: ` : '';
    assert.equal(`${where}${actual.problem}`, firstIssue(expected.error), show(value));
  }
  return actual.ok;
}

/** For the checks that only answer yes or no: the same answer, and zod gives back the value unchanged. */
function assertSameVerdict(check: (value: unknown) => boolean, schema: SafeParse, value: unknown): boolean {
  const expected = schema.safeParse(value);
  assert.equal(check(value), expected.success, `${show(value)}: zod ${expected.success ? 'accepts' : 'refuses'} it`);
  if (expected.success) assert.ok(Object.is(expected.data, value), `zod changed ${show(value)}`);
  return expected.success;
}

// ─── Generators ─────────────────────────────────────────────────────────────────────────────────────────

const SPACES = ['', ' ', '\t', '\n', '\r\n', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u200b', '\u0000', '\u0001', '\u000b'];
const space = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, fc.constantFrom(...SPACES));
/** Any text: ASCII, any code point, whole graphemes (emoji, combining marks). */
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
/** Values of every type, including objects with a null prototype, boxed strings, dates and maps. */
const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withBigInt: true, maxDepth: 2 });
/** Text of about `around` code points, some of them astral (two UTF-16 units, one character to zod). */
const textOfLength = (around: number) =>
  fc
    .tuple(fc.integer({ min: Math.max(0, around - 3), max: around + 3 }), fc.constantFrom('a', 'é', '😀', 'ab'))
    .map(([length, unit]) => (unit === 'ab' ? 'a😀'.repeat(length).slice(0, length) : unit.repeat(length)));

const tagLike = fc
  .tuple(fc.stringMatching(/^[a-zA-Z]{1,4}$/), fc.array(fc.stringMatching(/^[a-zA-Z0-9]{1,9}$/), { maxLength: 9 }))
  .map(([language, subtags]) => [language, ...subtags].join('-'));
const languageTagCandidate = fc.oneof(
  { weight: 4, arbitrary: tagLike },
  fc.tuple(space, tagLike, space).map((parts) => parts.join('')),
  tagLike.map((tag) => tag.replace('-', '_')),
  anyText,
  anything,
  fc.constantFrom('en-GB', 'cy', 'zh-Hans', 'fa-AF', 'ckb', '__proto__', 'constructor', 'en--GB', 'en-', '-en', 'e', 'engl', 'ab-' + 'c'.repeat(8), `abc${'-abcdefgh'.repeat(3)}-abcd`, `abc${'-abcdefgh'.repeat(3)}-abcde`),
);

const LABELS = ['xn--mnchen-3ya', 'münchen', 'ドメイン', 'пример', 'Exa', 'EXAMPLE', 'a_b', '-a', 'a-', 'a'.repeat(63), 'a'.repeat(64), '', 'ex%41mple', 'faß', 'ex\u00adample', 'www', 'gov'];
const label = fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/) }, fc.constantFrom(...LABELS));
const topLevel = fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[a-z]{2,6}$/) }, fc.constantFrom('uk', 'c', '123', 'xn--p1ai', 'рф', 'COM', 'a'.repeat(63), 'a'.repeat(64), 'c0m', 'local'));
const domainName = fc
  .tuple(fc.array(label, { maxLength: 4 }), topLevel, fc.constantFrom('', '', '', '.', '..'))
  .map(([labels, tld, trailing]) => [...labels, tld].join('.') + trailing);
const HOSTS = ['localhost', '127.0.0.1', '1.2.3.4', '[::1]', '[2001:db8::1]', '0x7f.1', '999.1.1.1', '', 'example.com.', 'EXAMPLE.COM', 'exa mple.com', 'exa\tmple.com', 'exa\nmple.com', 'example\u3002org', '%65xample.com', 'xn--nxasmq6b.com', 'a'.repeat(250) + '.com', 'www.bbc.co.uk'];
const host = fc.oneof({ weight: 6, arbitrary: domainName }, fc.constantFrom(...HOSTS), fc.ipV4(), fc.ipV6().map((ip) => `[${ip}]`), fc.domain());
const urlCandidate = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        space,
        fc.constantFrom('https', 'https', 'https', 'HTTPS', 'Https', 'http', 'ftp', 'javascript', 'data', '', 'ht\ttps', 'https '),
        fc.constantFrom('://', '://', '://', ':/', ':', ':///', '//', ':\\\\', '://\t', ':/\\'),
        fc.constantFrom('', '', '', 'user@', 'user:pass@', ':@', '@', 'a b@', 'üser@'),
        host,
        fc.constantFrom('', '', '', ':443', ':8080', ':0', ':65535', ':65536', ':abc', ':'),
        fc.oneof(fc.constantFrom('', '/', '/path', '/a b', '?q=1', '#frag', '/é', '/%zz', '\\path', '/a\nb'), fc.webPath(), fc.webQueryParameters().map((q) => `?${q}`), fc.string({ maxLength: 8 })),
        space,
      )
      .map((parts) => parts.join('')),
  },
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl({ validSchemes: ['https'] }),
  // Around the 2,048-character limit, counted in code points (an astral character is one).
  fc.tuple(fc.integer({ min: 2020, max: 2040 }), fc.constantFrom('a', '😀', 'é')).map(([length, unit]) => `https://example.org/${unit.repeat(length - 20)}`),
  anyText,
  anything,
);

const LOCAL_PARTS = ['a', 'a.b', 'a..b', '.a', 'a.', "o'neil", 'a+tag', 'a-b', 'a_b', 'ü', '用户', 'a b', '"a"', 'a@b', '-', 'a'.repeat(64), 'a'.repeat(250)];
const emailCandidate = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(space, fc.oneof(fc.stringMatching(/^[a-zA-Z0-9_'+.-]{1,12}$/), fc.constantFrom(...LOCAL_PARTS)), fc.constantFrom('@', '@', '@', '@@', ''), domainName, space)
      .map((parts) => parts.join('')),
  },
  fc.emailAddress(),
  fc.tuple(fc.integer({ min: 235, max: 245 })).map(([length]) => `${'a'.repeat(length)}@example.org`),
  anyText,
  anything,
);

const telCandidate = fc.oneof(
  fc.stringMatching(/^\+?[0-9]{1,17}$/),
  fc.constantFrom('999', '101', '18000', '+448000121700', '+0123456789', ' 999', '12', '123456789', '+1234567', '+123456', '+1234567890123456', '999\n', '٩٩٩'),
  anyText,
  anything,
);
const displayCandidate = fc.oneof(textOfLength(3), textOfLength(40), fc.string({ unit: 'grapheme', maxLength: 45 }), anything);
const extraKeys = fc.dictionary(fc.constantFrom('extra', 'x', 'tel ', 'Display', '__proto__', 'constructor'), anything, { maxKeys: 2 });
const validPhone = fc.record({ tel: fc.oneof(fc.stringMatching(/^\+[1-9]\d{6,14}$/), fc.stringMatching(/^\d{3,8}$/)), display: fc.string({ unit: 'grapheme', minLength: 3, maxLength: 40 }) });
const phoneCandidate = fc.oneof(
  { weight: 4, arbitrary: validPhone },
  { weight: 4, arbitrary: fc.record({ tel: telCandidate, display: displayCandidate }, { requiredKeys: [] }) },
  fc.tuple(fc.oneof(validPhone, fc.record({ tel: telCandidate, display: displayCandidate })), extraKeys).map(([phone, extra]) => ({ ...extra, ...phone })),
  anything,
);

const kebabCandidate = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,6}$/) },
  fc.constantFrom('ok-id', 'Bad Id', 'a--b', '-a', 'a-', 'ÿ', 'a_b', 'ABC', '', `${'a'.repeat(40)}-${'b'.repeat(39)}`, `${'a'.repeat(40)}-${'b'.repeat(40)}`, '__proto__'),
  anyText,
  anything,
);

const shortText = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) }, textOfLength(1), textOfLength(300), fc.constant(''));
const textKey = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('en-GB', 'cy', 'lt', 'zh-Hans') }, languageTagCandidate.filter((key): key is string => typeof key === 'string'), fc.constantFrom('__proto__', 'constructor', '12', 'toString'));
const partnerTextCandidate = fc.oneof(
  { weight: 4, arbitrary: shortText },
  { weight: 4, arbitrary: fc.dictionary(textKey, fc.oneof({ weight: 6, arbitrary: shortText }, anything), { maxKeys: 4 }) },
  fc.dictionary(textKey, shortText, { maxKeys: 3, noNullPrototype: false }),
  anything,
);

const kindCandidate = fc.oneof(fc.constantFrom(...CHANNEL_KINDS), fc.constantFrom('Helpline', 'helpline ', '', 'unknown'), anything);
const channelFields = {
  id: kebabCandidate,
  name: partnerTextCandidate,
  description: partnerTextCandidate,
  kind: kindCandidate,
  phone: phoneCandidate,
  sms: phoneCandidate,
  email: emailCandidate,
  url: urlCandidate,
  hours: partnerTextCandidate,
};
/** Mostly well-formed channels with one or two fields off, plus anything at all. */
const validChannel = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/),
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.dictionary(fc.constantFrom('en-GB', 'cy'), fc.string({ minLength: 1, maxLength: 20 }), { minKeys: 1 })),
    kind: fc.constantFrom(...CHANNEL_KINDS),
    phone: fc.record({ tel: fc.constantFrom('999', '+448000121700', '101'), display: fc.constantFrom('999', '0800 0121 700') }),
    email: fc.constantFrom('help@example.org', 'a.b+c@gov.uk'),
    url: fc.constantFrom('https://example.org/help', ' https://www.gov.uk/report '),
  },
  { requiredKeys: ['id', 'name'] },
);
const channelCandidate = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(validChannel, fc.record(channelFields, { requiredKeys: [] }), fc.integer({ min: 0, max: 2 })).map(([channel, noise, keep]) => ({ ...channel, ...Object.fromEntries(Object.entries(noise).slice(0, keep)) })) },
  { weight: 2, arbitrary: validChannel },
  fc.record(channelFields, { requiredKeys: [] }),
  fc.tuple(validChannel, extraKeys).map(([channel, extra]) => ({ ...extra, ...channel })),
  anything,
);

// ─── Hand-picked values ─────────────────────────────────────────────────────────────────────────────────

/** An object whose fields are inherited, not its own: zod reads them all the same. */
const inheriting = (fields: Record<string, unknown>) => Object.create(fields) as unknown;
class Instance {
  tel = '999';
  display = '999';
}

const URL_EDGES = [
  'https://www.bbc.co.uk/weather',
  'https://münchen.de/',
  'https://xn--mnchen-3ya.de',
  'https://пример.рф',
  'https://例え.テスト/パス',
  'https://example.org:8443/path',
  'https://example.org:65536/',
  'https://user:pass@example.org/',
  'https://user@münchen.de',
  'https://localhost',
  'https://localhost:3000/',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://0x7f.1/',
  'https://example.org./',
  'https://example.org../',
  'HTTPS://example.org/',
  'Https://example.org/',
  'https://EXAMPLE.ORG/',
  'http://example.org/',
  'https:example.org',
  'https:/example.org',
  'https:\\\\example.org',
  'https:///example.org',
  '//example.org',
  ' https://example.org/ ',
  '\thttps://example.org/\n',
  '\u00a0https://example.org/\u3000',
  '\ufeffhttps://example.org/',
  '\u0001https://example.org/',
  'https://exa\nmple.org/',
  'https://example.org/a\tb\rc',
  'ht\ntps://example.org',
  'https://exa mple.org',
  'https://example.org/a b',
  'https://a_b.example.org/',
  'https://-a.example.org/',
  'https://example.c',
  'https://example.123',
  `https://${'a'.repeat(63)}.org/`,
  `https://${'a'.repeat(64)}.org/`,
  `https://${'abcdefghi.'.repeat(25)}org/`,
  `https://example.org/${'a'.repeat(2028)}`,
  `https://example.org/${'a'.repeat(2029)}`,
  `https://example.org/${'😀'.repeat(2028)}`,
  `https://example.org/${'😀'.repeat(2029)}`,
  'javascript:alert(1)',
  'data:text/html,hi',
  'https://',
  '',
  ' ',
  42,
  null,
  undefined,
  ['https://example.org/'],
  new String('https://example.org/'),
];
const EMAIL_EDGES = [
  'help@example.org',
  'a.b+tag@gov.uk',
  "o'neil@example.ie",
  'ü@example.org',
  'help@münchen.de',
  'help@xn--mnchen-3ya.de',
  '用户@例子.广告',
  'a..b@example.org',
  '.a@example.org',
  'a.@example.org',
  'a@example',
  'a@localhost',
  'a@127.0.0.1',
  'a@example.org.',
  'A@EXAMPLE.ORG',
  ' help@example.org',
  'help@example.org ',
  'help@example.org\n',
  '"a b"@example.org',
  'a@b@example.org',
  `${'a'.repeat(242)}@example.org`,
  `${'a'.repeat(243)}@example.org`,
  `${'a'.repeat(64)}@${'b'.repeat(200)}.org`,
  '',
  7,
  null,
];
const PHONE_EDGES: unknown[] = [
  { tel: '999', display: '999' },
  { tel: '+448000121700', display: '0800 0121 700', extra: true, label: 'drop me' },
  { tel: '+0123456789', display: 'x' },
  { tel: '12', display: '12' },
  { tel: '999', display: '😀😀' },
  { tel: '999', display: '😀😀😀' },
  { tel: '999', display: 'a'.repeat(40) },
  { tel: '999', display: '😀'.repeat(40) },
  { tel: '999', display: 'a'.repeat(41) },
  { tel: '999' },
  { display: '999' },
  { tel: 999, display: '999' },
  { tel: '999', display: undefined },
  JSON.parse('{"tel": "999", "display": "999", "__proto__": {"x": 1}}') as unknown,
  inheriting({ tel: '101', display: '101' }),
  new Instance(),
  Object.assign(Object.create(null) as object, { tel: '999', display: '999' }),
  ['999', '999'],
  '999',
  null,
  undefined,
];
const TEXT_EDGES: unknown[] = [
  'x',
  '',
  'a'.repeat(300),
  'a'.repeat(301),
  '😀'.repeat(300),
  '😀'.repeat(301),
  '\ud800',
  { 'en-GB': 'Hello', cy: 'Helo' },
  {},
  { 'en-GB': '' },
  { 'en-GB': 'a'.repeat(301), cy: '' },
  { 'en-GB': 'ok', 'not a tag': 'x' },
  { 'en-GB': 'a'.repeat(301), 'not a tag': 'x' },
  { 'en-GB': 42 },
  { 'en-GB': '', cy: 42 },
  { '12': 'twelve' },
  JSON.parse('{"__proto__": "x", "cy": "Helo"}') as unknown,
  JSON.parse('{"__proto__": {"en": "x"}}') as unknown,
  Object.assign(Object.create(null) as object, { cy: 'Helo' }),
  Object.defineProperty({ cy: 'Helo' }, 'en', { value: 'hidden', enumerable: false }),
  { [Symbol('tag')]: 'x', cy: 'Helo' },
  inheriting({ cy: 'Helo' }),
  new Instance(),
  new Date(0),
  new Map([['cy', 'Helo']]),
  new String('Helo'),
  ['Helo'],
  null,
  undefined,
];
const channel = { id: 'council-hmo-team', name: 'Council HMO team', url: 'https://example.gov.uk/hmo' };
const CHANNEL_EDGES: unknown[] = [
  channel,
  { ...channel, kind: 'regulator', extra: 'dropped', email: 'hmo@example.gov.uk' },
  { ...channel, description: undefined, hours: undefined },
  { ...channel, kind: undefined },
  { ...channel, kind: 'Regulator' },
  { ...channel, url: ' https://example.gov.uk/hmo\n' },
  { ...channel, url: 'http://example.gov.uk/hmo' },
  { ...channel, url: undefined },
  { ...channel, url: undefined, phone: { tel: '999', display: '999', x: 1 } },
  { ...channel, url: undefined, sms: { tel: '+447000000000', display: '07000 000000' } },
  { ...channel, url: undefined, email: 'hmo@example.gov.uk' },
  { ...channel, url: undefined, email: '' },
  { ...channel, url: undefined, phone: null },
  { id: 'no-contact', name: 'Nothing to call' },
  { id: 'Bad Id', name: '', url: 'nope' },
  { name: 'No id', url: 'https://example.org/' },
  { id: 'x', name: { cy: 'a'.repeat(301) }, url: 'https://example.org/' },
  { id: 'x', name: { cy: 'a'.repeat(301) } },
  { id: 'x', name: { cy: '' }, phone: { tel: '12', display: '12' } },
  { id: 'x', name: 'n', phone: { tel: '999' } },
  { id: 'x', name: 'n', description: {}, url: 'https://example.org/' },
  { id: 'x', name: 'n', hours: 42, url: 'https://example.org/' },
  JSON.parse('{"id": "x", "name": "n", "url": "https://example.org/", "__proto__": {"kind": "emergency"}}') as unknown,
  inheriting({ ...channel }),
  Object.assign(Object.create(null) as object, channel),
  [channel],
  'council-hmo-team',
  null,
  undefined,
];

// ─── The checks, one by one ─────────────────────────────────────────────────────────────────────────────

describe('config checks agree with the zod schemas', () => {
  it(`language tags (${RUNS.toLocaleString('en-GB')} generated values)`, (t) => {
    const tally = new Tally();
    fc.assert(fc.property(languageTagCandidate, (value) => tally.count(assertSameVerdict(isLanguageTag, languageTag, value))), settings);
    tally.assertBalanced(t, 'language tags');
  });

  it(`https URLs (${RUNS.toLocaleString('en-GB')} generated values)`, (t) => {
    const tally = new Tally();
    fc.assert(fc.property(urlCandidate, (value) => tally.count(assertAgrees(checkHttpsUrl, httpsUrl, value))), settings);
    tally.assertBalanced(t, 'https URLs');
  });

  it('https URLs: hand-picked (IDN, ports, userinfo, localhost, IPs, trailing dots, case, spaces, length)', () => {
    for (const value of URL_EDGES) {
      assertAgrees(checkHttpsUrl, httpsUrl, value);
      assertAgrees(checkHttpsUrl, exitUrlSchema, value);
    }
    // What the two agree on, spelled out.
    const parsed = (value: string) => {
      const result = checkHttpsUrl(value);
      return result.ok ? result.value : undefined;
    };
    assert.equal(parsed('https://münchen.de/'), 'https://münchen.de/', 'as written, not in punycode');
    assert.equal(parsed(' https://example.org/ '), 'https://example.org/', 'trimmed');
    assert.equal(parsed('https://exa\nmple.org/'), 'https://example.org/', 'tabs and line breaks removed');
    assert.equal(parsed('https://user:pass@example.org:8443/'), 'https://user:pass@example.org:8443/');
    assert.equal(parsed(`https://example.org/${'😀'.repeat(2028)}`), `https://example.org/${'😀'.repeat(2028)}`, 'length in code points');
    for (const refused of ['https://localhost', 'https://127.0.0.1/', 'https://[::1]/', 'https://example.org./', 'HTTPS://example.org/', 'https:example.org', '\u0001https://example.org/', `https://example.org/${'a'.repeat(2029)}`]) {
      assert.equal(parsed(refused), undefined, refused);
    }
  });

  it(`e-mail addresses (${RUNS.toLocaleString('en-GB')} generated values, and hand-picked: unicode, IDN, dots, length)`, (t) => {
    for (const value of EMAIL_EDGES) assertAgrees(checkEmail, email, value);
    assert.equal(checkEmail('ü@example.org').ok, false, 'ASCII only');
    assert.equal(checkEmail(`${'a'.repeat(242)}@example.org`).ok, true);
    assert.equal(checkEmail(`${'a'.repeat(243)}@example.org`).ok, false, 'at most 254 characters');
    const tally = new Tally();
    fc.assert(fc.property(emailCandidate, (value) => tally.count(assertAgrees(checkEmail, email, value))), settings);
    tally.assertBalanced(t, 'e-mail addresses');
  });

  it(`phone and SMS numbers (${RUNS.toLocaleString('en-GB')} generated values, and hand-picked: extra keys, inherited keys, emoji)`, (t) => {
    for (const value of PHONE_EDGES) {
      assertAgrees(checkPhoneNumber, phoneNumber, value);
      assertAgrees(checkPhoneNumber, smsNumber, value);
    }
    assert.deepEqual(checkPhoneNumber({ tel: '999', display: '999', extra: 1 }), { ok: true, value: { tel: '999', display: '999' } }, 'unknown keys dropped');
    const tally = new Tally();
    fc.assert(
      fc.property(phoneCandidate, (value) => {
        assertAgrees(checkPhoneNumber, smsNumber, value);
        tally.count(assertAgrees(checkPhoneNumber, phoneNumber, value));
      }),
      settings,
    );
    tally.assertBalanced(t, 'phone numbers');
  });

  it(`kebab-case ids (${RUNS.toLocaleString('en-GB')} generated values)`, (t) => {
    const tally = new Tally();
    fc.assert(fc.property(kebabCandidate, (value) => tally.count(assertAgrees(checkKebabId, kebabId, value))), settings);
    tally.assertBalanced(t, 'kebab ids');
  });

  it(`partner text (${RUNS.toLocaleString('en-GB')} generated values, and hand-picked: records, __proto__, symbols, lengths)`, (t) => {
    for (const value of TEXT_EDGES) assertAgrees(checkPartnerText, partnerText, value);
    const tally = new Tally();
    fc.assert(fc.property(partnerTextCandidate, (value) => tally.count(assertAgrees(checkPartnerText, partnerText, value))), settings);
    tally.assertBalanced(t, 'partner text');
  });

  it(`partner channels (${RUNS.toLocaleString('en-GB')} generated values, and hand-picked)`, (t) => {
    for (const value of CHANNEL_EDGES) assertAgrees(checkPartnerChannel, partnerChannelSchema, value);
    assert.deepEqual(checkPartnerChannel(channel), { ok: true, value: { ...channel, kind: 'online-report' } }, 'kind defaults to online-report');
    assert.deepEqual(checkPartnerChannel({ id: 'x', name: 'n' }), { ok: false, path: [], problem: 'a channel needs at least one of phone, sms, email or url' });
    const tally = new Tally();
    fc.assert(fc.property(channelCandidate, (value) => tally.count(assertAgrees(checkPartnerChannel, partnerChannelSchema, value))), settings);
    tally.assertBalanced(t, 'partner channels');
  });

  for (const [field, values] of Object.entries(CONFIG_CHOICES) as [keyof typeof CONFIG_CHOICES, readonly string[]][]) {
    it(`${field}: one of its values (${RUNS.toLocaleString('en-GB')} generated values)`, (t) => {
      const schema = widgetConfigSchema.shape[field];
      assert.deepEqual([...schema.options].sort(), [...values].sort(), 'the checks allow the same list as the schema');
      const candidate = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...schema.options) },
        fc.constantFrom(...schema.options).map((value) => value.toUpperCase()),
        fc.constantFrom(...schema.options).map((value) => ` ${value}`),
        anyText,
        anything,
      );
      const tally = new Tally();
      fc.assert(fc.property(candidate, (value) => tally.count(assertSameVerdict((v) => isOneOf(values, v), schema, value))), settings);
      tally.assertBalanced(t, field);
    });
  }

  it(`heading levels (${RUNS.toLocaleString('en-GB')} generated values)`, (t) => {
    const candidate = fc.oneof(
      { weight: 2, arbitrary: fc.integer({ min: -2, max: 9 }) },
      fc.double(),
      fc.constantFrom(1, 6, 3.0, 0, 7, -0, 1.5, 5.999999, NaN, Infinity, -Infinity, 2 ** 53, '3', 3n, new Number(3), true),
      anything,
    );
    const tally = new Tally();
    fc.assert(fc.property(candidate, (value) => tally.count(assertSameVerdict(isHeadingLevel, widgetConfigSchema.shape.headingLevel, value))), settings);
    tally.assertBalanced(t, 'heading levels');
  });
});

// ─── The whole parse ────────────────────────────────────────────────────────────────────────────────────

/** Attribute-like text and typed values for every field, good and bad. */
const fieldValue = fc.oneof(
  fc.constantFrom(...JURISDICTIONS, ...WIDGET_SETTINGS, ...AUDIENCES, ...VIEWS, ...REVIEW_STATUSES, 'on', 'off', 'en-GB', 'cy', ' lt ', 'https://www.example.org/', ' https://example.org/\n', 'https://localhost', '1', '6', '7', ' 3 ', '', '  '),
  fc.integer({ min: -1, max: 8 }),
  anyText,
  anything,
);
const stringsValue = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom('en-GB', 'cy', '__proto__', 'constructor', 'not a tag'), languageTagCandidate.filter((key): key is string => typeof key === 'string')),
    fc.oneof({ weight: 3, arbitrary: fc.dictionary(fc.constantFrom('signs.heading', 'made.up', '__proto__', 'x'.repeat(101)), fc.oneof(shortText, anything), { maxKeys: 3 }) }, anything),
    { maxKeys: 3 },
  ),
  anything,
);
const configInput = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        lang: fc.oneof(languageTagCandidate, fieldValue),
        jurisdiction: fieldValue,
        setting: fieldValue,
        audience: fieldValue,
        view: fieldValue,
        exitUrl: fc.oneof(urlCandidate, fieldValue),
        headingLevel: fieldValue,
        quickExit: fieldValue,
        minReview: fieldValue,
        channels: fc.oneof({ weight: 4, arbitrary: fc.array(channelCandidate, { maxLength: 4 }) }, fc.array(validChannel, { minLength: 19, maxLength: 22 }), anything),
        strings: stringsValue,
      },
      { requiredKeys: [] },
    ),
  },
  anything,
);

describe('parseWidgetConfig agrees with the same parse done with the zod schemas', () => {
  it(`gives the same configuration and the same warnings (${RUNS.toLocaleString('en-GB')} generated configurations)`, (t) => {
    const known = new Set(['signs.heading']);
    let fieldsAccepted = 0;
    let warnings = 0;
    fc.assert(
      fc.property(configInput, fc.boolean(), (input, withKnownKeys) => {
        const options = withKnownKeys ? { knownStringKeys: known } : {};
        const actual = parseWidgetConfig(input, options);
        assert.deepEqual(actual, parseWithZod(input, options), show(input));
        fieldsAccepted += actual.config.channels.length + (actual.config.lang ? 1 : 0) + (actual.config.exitUrl === 'https://www.bbc.co.uk/weather' ? 0 : 1);
        warnings += actual.errors.length;
      }),
      settings,
    );
    // Both paths were taken: values kept and values refused.
    t.diagnostic(`${fieldsAccepted} channels, languages and exit addresses kept; ${warnings} warnings, all the same`);
    assert.ok(fieldsAccepted > RUNS, `only ${fieldsAccepted} channels, languages and exit addresses kept`);
    assert.ok(warnings > RUNS, `only ${warnings} warnings`);
  });

  it('agrees on hostile input too, and never throws', () => {
    const throwing = throwingProxy();
    const getter = (key: string) =>
      Object.defineProperty({ ...channel }, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    const inputs: unknown[] = [
      throwing,
      { channels: [throwing, getter('id'), getter('hours'), getter('phone'), { ...channel, phone: throwing }, { ...channel, name: throwing }] },
      { strings: { en: throwing }, exitUrl: throwing, lang: throwing, headingLevel: throwing },
      { channels: [{ ...channel, name: Object.defineProperty({}, 'cy', { enumerable: true, get: () => 'Helo' }) }] },
      JSON.parse('{"__proto__": {"lang": "cy"}, "channels": [{"__proto__": {"id": "x"}, "name": "n", "url": "https://example.org/"}]}') as unknown,
      { channels: new Array(50).fill(channel) },
    ];
    for (const input of inputs) {
      const actual = parseWidgetConfig(input);
      assert.deepEqual(actual, parseWithZod(input));
    }
    const { errors } = parseWidgetConfig(inputs[1]);
    assert.deepEqual(
      errors.map((error) => /\(([^)]*)\)/.exec(error.message)?.[1]),
      ['item 0: unreadable', 'item 1: unreadable', 'item 2: unreadable', 'item 3: unreadable', 'item 4: unreadable', 'item 5: unreadable'],
    );
  });
});
