/**
 * Runtime checks for a partner's widget configuration, written out by hand so that `parseWidgetConfig`
 * does not bring zod into the embed: the widget runs on every partner page, and the validator was about
 * 9 KB (brotli) of it.
 *
 * Each check accepts exactly the values its zod schema in `./schema` accepts, and returns the same value
 * (trimmed URLs, defaults filled in, unknown keys dropped). The schemas stay the published contract (JSON
 * Schema, data validation); `test/config-checks.test.ts` compares the two on generated and hand-picked
 * values. Change one, change both.
 *
 * A failed check says where and what went wrong in the words of zod's issue codes (`phone.tel: invalid
 * format`), so the warnings partners read are the same as before.
 */
import type { ParsedPartnerChannel, PartnerText } from './schema/config.js';
import { CHANNEL_KINDS } from './schema/vocabulary.js';

export interface CheckFailure {
  ok: false;
  /** The keys leading to the first value that failed, e.g. `['phone', 'tel']`; empty for the value itself. */
  path: string[];
  /** What was wrong: `invalid type`, `invalid format`, `too small`, `too big`, `invalid value`, `invalid union`, or a sentence. */
  problem: string;
}

export type Checked<T> = { ok: true; value: T } | CheckFailure;

type Check<T> = (value: unknown) => Checked<T>;

const pass = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (problem: string): CheckFailure => ({ ok: false, path: [], problem });

/** The same failure seen from the enclosing object: `tel: invalid format` becomes `phone.tel: invalid format`. */
const within = (key: string, failure: CheckFailure): CheckFailure => ({ ok: false, path: [key, ...failure.path], problem: failure.problem });

// ─── Strings ────────────────────────────────────────────────────────────────────────────────────────────

/** Checks a length as zod does: in code points, so that an emoji counts as one character, not two. */
function checkLength(text: string, min: number, max: number): Checked<string> {
  const length = [...text].length;
  if (length < min) return fail('too small');
  if (length > max) return fail('too big');
  return pass(text);
}

function checkString(value: unknown, min: number, max: number): Checked<string> {
  return typeof value === 'string' ? checkLength(value, min, max) : fail('invalid type');
}

/** A string that matches `pattern` and then has at most `maxLength` characters (zod checks in that order). */
function checkPattern(value: unknown, pattern: RegExp, maxLength: number): Checked<string> {
  if (typeof value !== 'string') return fail('invalid type');
  if (!pattern.test(value)) return fail('invalid format');
  return checkLength(value, 0, maxLength);
}

/** `languageTag` in schema/locale.ts: a BCP-47 tag such as `en-GB`, `cy`, `zh-Hans` or `fa-AF`. */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export function isLanguageTag(value: unknown): value is string {
  return checkPattern(value, LANGUAGE_TAG, 35).ok;
}

/** `kebabId` in schema/common.ts: lower-case letters and digits separated by single hyphens. */
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkKebabId(value: unknown): Checked<string> {
  return checkPattern(value, KEBAB_ID, 80);
}

/**
 * zod's `z.regexes.domain`, which `httpsUrl` requires of the host: dot-separated labels ending in a
 * top-level domain of letters. So `localhost`, IP addresses and a trailing dot are all refused.
 */
const DOMAIN = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/** The WHATWG URL parser, global in browsers and in Node. Core is typed without the DOM, so it is declared here. */
declare const URL: new (input: string) => { readonly protocol: string; readonly hostname: string };

/**
 * `httpsUrl` in schema/common.ts, as zod 4's `z.url({ protocol: /^https$/, hostname: domain })` runs it,
 * followed by the schema's own `^https://` pattern and a limit of 2,048 characters. Gives the address as
 * written (not normalised), trimmed, and without tabs and line breaks.
 */
export function checkHttpsUrl(value: unknown): Checked<string> {
  if (typeof value !== 'string') return fail('invalid type');
  const trimmed = value.trim();
  let url: { protocol: string; hostname: string };
  try {
    url = new URL(trimmed);
  } catch {
    return fail('invalid format');
  }
  // The parser gives an international host in its ASCII form (xn--…), which the domain pattern accepts.
  if (url.protocol !== 'https:' || !DOMAIN.test(url.hostname)) return fail('invalid format');
  // The parser ignores tabs and line breaks wherever they are ("https://exa\nmple.org" is example.org), so
  // zod drops them from the value it returns as well: the link then goes where the check said it would.
  const address = trimmed.replace(/[\t\n\r]/g, '');
  // The parser also takes `HTTPS://…` and `https:example.org`; the schema insists on the plain form.
  if (!/^https:\/\//.test(address)) return fail('invalid format');
  return checkLength(address, 0, 2048);
}

/**
 * zod's default `z.email()` pattern ("practical email validation"), as `email` in schema/common.ts uses it.
 * It is ASCII only: an address with accented letters or a non-Latin domain is refused.
 */
// eslint-disable-next-line no-useless-escape -- copied character for character from zod, to compare at a glance
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export function checkEmail(value: unknown): Checked<string> {
  return checkPattern(value, EMAIL, 254);
}

/** What goes after `tel:`: E.164 (`+44…`) or a short code such as `999`, `101` or `18000`. */
const TEL = /^(?:\+[1-9]\d{6,14}|\d{3,8})$/;

// ─── Objects ────────────────────────────────────────────────────────────────────────────────────────────

/** What zod/mini's `z.object` accepts: any object but an array (a class instance or a `Date` too). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What zod's `z.record` accepts: an object literal, `Object.create(null)` or alike; not a class instance. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const constructor = value.constructor;
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const prototype: unknown = constructor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** A key of an object: `required`, `optional` (may be left out), or `defaulted` (left out means `fallback`). */
type Field<T> = { check: Check<T> } & ({ presence: 'required' | 'optional' } | { presence: 'defaulted'; fallback: T });

const required = <T>(check: Check<T>): Field<T> => ({ presence: 'required', check });
const optional = <T>(check: Check<T>): Field<T | undefined> => ({ presence: 'optional', check });
const defaulted = <T>(check: Check<T>, fallback: T): Field<T> => ({ presence: 'defaulted', check, fallback });

/**
 * A check for an object with these keys, as zod/mini's `z.object` makes it. It reads each declared key as
 * `value[key]` (so an inherited value counts), builds a new plain object in the declared order, and drops
 * every other key. An optional key given as `undefined` stays, as `undefined`. Every key is read even after
 * one fails, as zod does, and the first failure in the declared order is the one reported.
 */
function objectOf<T>(shape: { [K in keyof T]-?: Field<T[K]> }): Check<T> {
  const fields = Object.entries(shape) as [string, Field<unknown>][];
  return (value) => {
    if (!isObject(value)) return fail('invalid type');
    const parsed: Record<string, unknown> = {};
    let failure: CheckFailure | undefined;
    for (const [key, field] of fields) {
      const raw = value[key];
      let result: Checked<unknown>;
      if (raw !== undefined || field.presence === 'required') result = field.check(raw);
      // An optional or defaulted key may be undefined: it stays undefined, or takes its default.
      else result = pass(field.presence === 'defaulted' ? field.fallback : undefined);
      const present = key in value;
      // An optional key that is absent is neither reported nor copied, even if a proxy gave a value for it.
      if (field.presence === 'optional' && !present) continue;
      if (!result.ok) failure ??= within(key, result);
      else if (field.presence === 'required' && !present) failure ??= within(key, fail('invalid type'));
      else parsed[key] = result.value;
    }
    return failure ?? pass(parsed as T);
  };
}

/** `phoneNumber` and `smsNumber` in schema/common.ts: `{ tel, display }`, other keys dropped. */
export const checkPhoneNumber: Check<NonNullable<ParsedPartnerChannel['phone']>> = objectOf({
  tel: required((value) => checkPattern(value, TEL, Infinity)),
  display: required((value) => checkString(value, 3, 40)),
});

/**
 * `partnerText` in schema/config.ts: one text of 1 to 300 characters for every language, or one per
 * language tag (`{"en-GB": "…", "cy": "…"}`).
 *
 * When neither form fits, zod's union reports `invalid union`, except where the value has the right shape
 * and only a length is wrong: then it reports that (`name.cy: too big`), since that is the only near miss.
 */
export function checkPartnerText(value: unknown): Checked<PartnerText> {
  if (typeof value === 'string') return checkLength(value, 1, 300);
  if (!isPlainObject(value)) return fail('invalid union');
  const texts: Record<string, string> = {};
  let lengthFailure: CheckFailure | undefined;
  let malformed = false;
  // Own enumerable keys, symbols included (a symbol is not a language tag), like zod's record.
  for (const key of Reflect.ownKeys(value)) {
    // A JSON `__proto__` key is skipped, never copied: it would replace the result's prototype.
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (!isLanguageTag(key)) {
      malformed = true;
      continue;
    }
    const text = value[key];
    if (typeof text !== 'string') malformed = true;
    else {
      const result = checkLength(text, 1, 300);
      if (result.ok) texts[key] = text;
      else lengthFailure ??= within(key, result);
    }
  }
  if (malformed) return fail('invalid union');
  return lengthFailure ?? pass(texts);
}

/** One of the values of an `as const` list, like a zod enum. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

function checkChannelKind(value: unknown): Checked<ParsedPartnerChannel['kind']> {
  return isOneOf(CHANNEL_KINDS, value) ? pass(value) : fail('invalid value');
}

const checkChannelFields = objectOf<ParsedPartnerChannel>({
  id: required(checkKebabId),
  name: required(checkPartnerText),
  description: optional(checkPartnerText),
  kind: defaulted(checkChannelKind, 'online-report'),
  phone: optional(checkPhoneNumber),
  sms: optional(checkPhoneNumber),
  email: optional(checkEmail),
  url: optional(checkHttpsUrl),
  hours: optional(checkPartnerText),
});

/**
 * `partnerChannelSchema` in schema/config.ts: a channel a partner adds, such as a council's own HMO team.
 * It may throw on a hostile value (a getter that throws), as zod did; the caller catches that.
 */
export function checkPartnerChannel(value: unknown): Checked<ParsedPartnerChannel> {
  const result = checkChannelFields(value);
  if (!result.ok) return result;
  const { phone, sms, email, url } = result.value;
  return phone || sms || email || url ? result : fail('a channel needs at least one of phone, sms, email or url');
}

/** `headingLevel` in schema/config.ts: a whole number from 1 to 6 (a number, not a string). */
export function isHeadingLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}
