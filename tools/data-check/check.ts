/**
 * The pure part of the freshness checker: what to fetch, how to read a page for a phone number, how to
 * classify what came back, and which claims are due for a re-check. No network, no files.
 *
 * Every claim is `{ value, evidence: [{ source, locator, checkedAt }] }` (see packages/core/src/schema). The
 * rules for when a claim is due or overdue are core's (`claimFreshness`), not repeated here.
 */
import { channelClaims, claimFreshness, SAFETY_LIMIT_MONTHS } from '../../packages/core/src/index.js';
import type { Channel, SupportItem } from '../../packages/core/src/index.js';

// ─── Data, as the checker reads it ──────────────────────────────────────────────────────────────────────────

export interface Evidence {
  source: string;
  locator?: string;
  checkedAt?: string;
}

export interface PhoneValue {
  tel: string;
  display?: string;
}

/** One statement about a channel or support item, with the evidence it rests on. */
export interface ClaimView {
  /** Channel or support item. */
  subject: 'channel' | 'support';
  /** Its id. */
  id: string;
  /** The claim field (`phone`, `anonymous`, …), or `statement` for a support item. */
  claim: string;
  value: unknown;
  evidence: Evidence[];
}

export interface SourceView {
  id: string;
  url: string;
  title?: string;
  publisher?: string;
  /** `copy.date`. */
  copyDate?: string;
}

export interface Dataset {
  sources: SourceView[];
  claims: ClaimView[];
  /** The channels and support items as read (for core's `claimFreshness`). */
  channels: Channel[];
  support: SupportItem[];
  /** Channels and support items by id (to resolve `--only`). */
  channelIds: string[];
  supportIds: string[];
}

/** The claims whose numbers are looked for on the cited pages. */
export const NUMBER_CLAIMS = ['phone', 'textRelay', 'sms'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEvidence(value: unknown): value is Evidence {
  return isObject(value) && typeof value.source === 'string';
}

/** A claim: `{ value, evidence: [...] }` (or `{ evidence }` for `purpose`). */
export function isClaim(value: unknown): value is { value?: unknown; evidence: Evidence[] } {
  return isObject(value) && Array.isArray(value.evidence);
}

/** A phone number from a claim's value `{ tel, display }` or from the whole claim `{ value: { tel, display }, evidence }`. */
export function phoneOf(value: unknown): PhoneValue | undefined {
  const inner = isClaim(value) ? value.value : value;
  if (isObject(inner) && typeof inner.tel === 'string') {
    return { tel: inner.tel, ...(typeof inner.display === 'string' ? { display: inner.display } : {}) };
  }
  return undefined;
}

/** Reads `sources.json`, `channels.json` and (optionally) `support.json`. */
export function readDataset(rawSources: unknown, rawChannels: unknown, rawSupport: unknown = []): Dataset {
  if (!Array.isArray(rawSources)) throw new DataShapeError('sources.json must be an array of sources');
  if (!Array.isArray(rawChannels)) throw new DataShapeError('channels.json must be an array of channels');
  if (!Array.isArray(rawSupport)) throw new DataShapeError('support.json must be an array of support items');

  const sources: SourceView[] = [];
  for (const raw of rawSources) {
    if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.url !== 'string') throw new DataShapeError(`a source without an id or url: ${JSON.stringify(raw).slice(0, 120)}`);
    const copy = isObject(raw.copy) ? raw.copy : undefined;
    const copyDate = typeof copy?.date === 'string' ? copy.date : undefined;
    sources.push({
      id: raw.id,
      url: raw.url,
      ...(typeof raw.title === 'string' ? { title: raw.title } : {}),
      ...(typeof raw.publisher === 'string' ? { publisher: raw.publisher } : {}),
      ...(copyDate ? { copyDate } : {}),
    });
  }

  // Read loosely: the schemas (and so the data tests) check the rest. A channel's claims are the fields core
  // counts as claims (`channelClaims`), so the claims listed here are the ones `claimFreshness` dates.
  const claims: ClaimView[] = [];
  const channels: Channel[] = [];
  for (const raw of rawChannels) {
    if (!isObject(raw) || typeof raw.id !== 'string') throw new DataShapeError(`a channel without an id: ${JSON.stringify(raw).slice(0, 120)}`);
    const channel = raw as unknown as Channel;
    channels.push(channel);
    for (const [field, claim] of channelClaims(channel)) {
      claims.push({ subject: 'channel', id: channel.id, claim: field, value: 'value' in claim ? claim.value : undefined, evidence: claim.evidence.filter(isEvidence) });
    }
  }

  const support: SupportItem[] = [];
  for (const raw of rawSupport) {
    if (!isObject(raw) || typeof raw.id !== 'string') throw new DataShapeError(`a support item without an id: ${JSON.stringify(raw).slice(0, 120)}`);
    if (!Array.isArray(raw.evidence)) throw new DataShapeError(`support item ${raw.id} has no evidence list`);
    const item = raw as unknown as SupportItem;
    support.push(item);
    claims.push({ subject: 'support', id: item.id, claim: 'statement', value: undefined, evidence: item.evidence.filter(isEvidence) });
  }
  return { sources, claims, channels, support, channelIds: channels.map((c) => c.id), supportIds: support.map((s) => s.id) };
}

/** The data files are not what the checker can read. */
export class DataShapeError extends Error {}

// ─── What to fetch ──────────────────────────────────────────────────────────────────────────────────────────

/** A number we expect to find on a page, because a claim's evidence cites that page's source. */
export interface NumberExpectation {
  channel: string;
  claim: (typeof NUMBER_CLAIMS)[number];
  tel: string;
  display?: string;
  source: string;
}

export type Use = { kind: 'source'; id: string } | { kind: 'channel-url'; id: string };

export interface Target {
  /** The URL as written in the data (without its #fragment). */
  url: string;
  usedBy: Use[];
  numbers: NumberExpectation[];
}

export interface Plan {
  targets: Target[];
  /** Evidence citing a source id that is not in `sources.json`. */
  problems: string[];
}

export class UsageError extends Error {}

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

/**
 * Every URL to fetch, once each: every source (or, with `only`, the named sources and the sources cited
 * by the named channels and support items), and every channel's `url` claim.
 */
export function planTargets(data: Dataset, only?: readonly string[]): Plan {
  const sourceById = new Map(data.sources.map((source) => [source.id, source]));
  const problems: string[] = [];
  for (const claim of data.claims) {
    for (const evidence of claim.evidence) {
      if (!sourceById.has(evidence.source)) problems.push(`${claim.subject} ${claim.id}: ${claim.claim} cites "${evidence.source}", which is not in sources.json`);
    }
  }

  const wanted = selection(data, only);
  const targets = new Map<string, Target>();
  const targetFor = (url: string) => {
    const key = withoutFragment(url);
    let target = targets.get(key);
    if (!target) targets.set(key, (target = { url: key, usedBy: [], numbers: [] }));
    return target;
  };
  for (const source of data.sources) {
    if (wanted.sources.has(source.id)) targetFor(source.url).usedBy.push({ kind: 'source', id: source.id });
  }
  for (const claim of data.claims) {
    if (claim.subject !== 'channel' || claim.claim !== 'url' || !wanted.channels.has(claim.id)) continue;
    if (typeof claim.value === 'string') targetFor(claim.value).usedBy.push({ kind: 'channel-url', id: claim.id });
  }
  // The numbers each source page should still show.
  for (const claim of data.claims) {
    if (claim.subject !== 'channel' || !(NUMBER_CLAIMS as readonly string[]).includes(claim.claim)) continue;
    const phone = phoneOf(claim.value);
    if (!phone) continue;
    for (const source of new Set(claim.evidence.map((e) => e.source))) {
      const entry = sourceById.get(source);
      if (!entry || !wanted.sources.has(source)) continue;
      targetFor(entry.url).numbers.push({
        channel: claim.id,
        claim: claim.claim as NumberExpectation['claim'],
        tel: phone.tel,
        ...(phone.display ? { display: phone.display } : {}),
        source,
      });
    }
  }
  return { targets: [...targets.values()], problems: [...new Set(problems)] };
}

interface Selection {
  sources: Set<string>;
  channels: Set<string>;
  /** Is this claim in the selection (for the list of claims due)? */
  claim(claim: ClaimView): boolean;
}

function selection(data: Dataset, only?: readonly string[]): Selection {
  const allSources = data.sources.map((source) => source.id);
  if (!only || only.length === 0) {
    return { sources: new Set(allSources), channels: new Set(data.channelIds), claim: () => true };
  }
  const known = new Set([...allSources, ...data.channelIds, ...data.supportIds]);
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`--only: unknown id(s): ${unknown.join(', ')} (give source, channel or support item ids)`);
  const ids = new Set(only);
  const sources = new Set(allSources.filter((id) => ids.has(id)));
  const channels = new Set(data.channelIds.filter((id) => ids.has(id)));
  const subjects = new Set([...channels, ...data.supportIds.filter((id) => ids.has(id))]);
  for (const claim of data.claims) {
    if (subjects.has(claim.id)) for (const evidence of claim.evidence) sources.add(evidence.source);
  }
  return {
    sources,
    channels,
    claim: (claim) => subjects.has(claim.id) || claim.evidence.some((evidence) => ids.has(evidence.source)),
  };
}

/** The claims `--only` selects (all without it). */
export function selectClaims(data: Dataset, only?: readonly string[]): ClaimView[] {
  const wanted = selection(data, only);
  return data.claims.filter((claim) => wanted.claim(claim));
}

// ─── Reading a page for a number ────────────────────────────────────────────────────────────────────────────

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hyphen: '-', minus: '−', thinsp: ' ', ensp: ' ', emsp: ' ', nbhy: '-' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The words a reader sees on an HTML page, plus the numbers in its `tel:` links (a number may be shown as
 * an image or a button and only be spelt out in the link).
 */
export function pageText(body: string, contentType = 'text/html'): string {
  if (!/html|xml/i.test(contentType)) return body;
  const tel: string[] = [];
  for (const match of body.matchAll(/href\s*=\s*["']?\s*tel:([^"'>\s]+)/gi)) {
    try {
      tel.push(decodeURIComponent(match[1] ?? ''));
    } catch {
      tel.push(match[1] ?? '');
    }
  }
  const text = body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return `${decodeEntities(text)}\n${tel.join('\n')}`;
}

/** Two-digit country calling codes; 1 and 7 are the one-digit codes; every other code has three digits (ITU E.164). */
const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
);

/** Splits an international number into its country code and national significant number. */
export function splitInternational(digits: string): { countryCode: string; national: string } {
  const length = digits[0] === '1' || digits[0] === '7' ? 1 : TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
  return { countryCode: digits.slice(0, length), national: digits.slice(length) };
}

/** Spaces, dots, dashes, slashes and brackets people put between the digits of a phone number. */
const SEPARATOR = '[\\s.\\-\\u2010-\\u2015\\u2212()/]*';
const spaced = (digits: string) => [...digits].join(SEPARATOR);

/**
 * A pattern that finds a phone number on a page by its digit sequence, whatever the grouping:
 * "08000 121 700", "0800 0121 700", "+44 8000 121700", "+44 (0)8000 121700", "0044 8000121700" and
 * "tel:+448000121700" all match `{ tel: "+448000121700" }`. International numbers match with their country
 * code or with the national trunk prefix (0; 1 in North America; 8 in Russia/Kazakhstan) or with neither.
 * Short codes and national-only numbers match by their digits alone. A longer number that merely contains
 * the digits does not match.
 */
export function numberPattern(phone: PhoneValue): RegExp | undefined {
  const telDigits = phone.tel.replace(/\D/g, '');
  if (!telDigits) return undefined;
  const alternatives: string[] = [];
  if (phone.tel.trim().startsWith('+')) {
    const { countryCode, national } = splitInternational(telDigits);
    const trunk = countryCode === '1' ? '1' : countryCode === '7' ? '8' : '0';
    const prefix = `(?:(?:\\+|00)?${SEPARATOR}${spaced(countryCode)}${SEPARATOR}(?:\\(0\\)${SEPARATOR})?|${trunk}${SEPARATOR})?`;
    alternatives.push(`${prefix}${spaced(national)}`);
  } else {
    alternatives.push(spaced(telDigits));
  }
  // The display form, when its digits are not already covered (e.g. a number shown with extra digits).
  const displayDigits = (phone.display ?? '').replace(/\D/g, '');
  if (displayDigits && displayDigits !== telDigits) alternatives.push(spaced(displayDigits));
  return new RegExp(`(?<!\\d)(?:${alternatives.join('|')})(?!\\d)`, 'u');
}

/** Does the page text show this number (compared by its digit sequence)? */
export function pageShowsNumber(text: string, phone: PhoneValue): boolean {
  const pattern = numberPattern(phone);
  return pattern ? pattern.test(text) : false;
}

// ─── What came back ─────────────────────────────────────────────────────────────────────────────────────────

export type UrlStatus = 'ok' | 'moved' | 'gone' | 'error' | 'timeout' | 'changed';

export interface Redirect {
  from: string;
  to: string;
  status: number;
  permanent: boolean;
}

/** The outcome of fetching one URL, following its redirects by hand. */
export interface FetchOutcome {
  /** The URL asked for (after `--base-url`). */
  requestedUrl: string;
  redirects: Redirect[];
  finalUrl: string;
  /** The last HTTP status, when a response came. */
  httpStatus?: number;
  contentType?: string;
  body?: string;
  timedOut?: boolean;
  error?: string;
  ms: number;
}

export const isPermanentRedirect = (status: number) => status === 301 || status === 308;
export const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

export interface NumberResult extends NumberExpectation {
  /** True: on the page; false: not on the page; null: the page could not be read (error, timeout, not text). */
  found: boolean | null;
}

export interface UrlResult {
  url: string;
  fetchedUrl: string;
  status: UrlStatus;
  httpStatus: number | null;
  finalUrl: string;
  redirects: Redirect[];
  /** `permanent` when every hop is 301/308, `temporary` when any is not, null without redirects. */
  redirectKind: 'permanent' | 'temporary' | null;
  error: string | null;
  ms: number;
  usedBy: Use[];
  numbers: NumberResult[];
}

/** Pages that can be searched for a number. A PDF or an image cannot (the number is then "not checked"). */
const isText = (contentType: string | undefined) => !contentType || /^(text\/|application\/(xhtml\+xml|xml|json))/i.test(contentType);

/** Classifies one fetched URL and checks the numbers expected on it. */
export function classify(target: Target, outcome: FetchOutcome): UrlResult {
  const text = outcome.body !== undefined && isText(outcome.contentType) ? pageText(outcome.body, outcome.contentType) : undefined;
  const ok = outcome.httpStatus !== undefined && outcome.httpStatus >= 200 && outcome.httpStatus < 300 && !outcome.error && !outcome.timedOut;
  const numbers: NumberResult[] = target.numbers.map((expected) => ({
    ...expected,
    found: ok && text !== undefined ? pageShowsNumber(text, expected) : null,
  }));
  let status: UrlStatus;
  if (outcome.timedOut) status = 'timeout';
  else if (outcome.error) status = 'error';
  else if (outcome.httpStatus === 404 || outcome.httpStatus === 410) status = 'gone';
  else if (!ok) status = 'error';
  else if (numbers.some((n) => n.found === false)) status = 'changed';
  else if (outcome.redirects.length) status = 'moved';
  else status = 'ok';
  const error = outcome.error ?? (outcome.timedOut ? 'no answer in time' : !ok && status === 'error' ? `HTTP ${outcome.httpStatus}` : null);
  return {
    url: target.url,
    fetchedUrl: outcome.requestedUrl,
    status,
    httpStatus: outcome.httpStatus ?? null,
    finalUrl: outcome.finalUrl,
    redirects: outcome.redirects,
    redirectKind: outcome.redirects.length ? (outcome.redirects.every((r) => r.permanent) ? 'permanent' : 'temporary') : null,
    error,
    ms: outcome.ms,
    usedBy: target.usedBy,
    numbers,
  };
}

/** A number claim with what each cited page said about it. */
export interface MissingNumber {
  channel: string;
  claim: string;
  display: string;
  tel: string;
  /** The cited pages that no longer show it. */
  pages: { source: string; url: string }[];
}

/** The numbers that are missing: a number is missing when any page its evidence cites no longer shows it. */
export function missingNumbers(results: readonly UrlResult[]): MissingNumber[] {
  const byClaim = new Map<string, { sample: NumberResult; seen: { found: boolean | null; source: string; url: string }[] }>();
  for (const result of results) {
    for (const n of result.numbers) {
      const key = `${n.channel}\u0000${n.claim}`;
      const entry = byClaim.get(key) ?? { sample: n, seen: [] };
      entry.seen.push({ found: n.found, source: n.source, url: result.url });
      byClaim.set(key, entry);
    }
  }
  const missing: MissingNumber[] = [];
  for (const { sample, seen } of byClaim.values()) {
    const absent = seen.filter((s) => s.found === false);
    if (!absent.length) continue;
    missing.push({
      channel: sample.channel,
      claim: sample.claim,
      display: sample.display ?? sample.tel,
      tel: sample.tel,
      pages: absent.map(({ source, url }) => ({ source, url })),
    });
  }
  return missing;
}

// ─── Claims due for a re-check (no network) ─────────────────────────────────────────────────────────────────

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export interface DueClaim {
  subject: 'channel' | 'support';
  id: string;
  claim: string;
  /** The newest `checkedAt` of its evidence. */
  checkedAt: string;
  /** Whole calendar months since then (core's `monthsBetween`). */
  months: number;
  safety: boolean;
  /** `due`: more than 18 months. `overdue`: a safety claim more than 24 months (it fails the run). */
  state: 'due' | 'overdue';
  sources: string[];
}

/**
 * The claims to re-check, oldest first, as core's `claimFreshness` classifies them: a claim is as fresh as
 * its newest evidence; it is due when more than `DUE_AFTER_MONTHS` (18) whole months have passed since then,
 * and a safety claim (operator, anonymous, sharing; a support item marked `safety`) is overdue after more
 * than `SAFETY_LIMIT_MONTHS` (24). With `only`, just the claims `--only` selects (see {@link selectClaims}).
 */
export function dueClaims(data: Dataset, today: string, only?: readonly string[]): DueClaim[] {
  const selected = new Map(selectClaims(data, only).map((claim) => [`${claim.subject}:${claim.id}\u0000${claim.claim}`, claim]));
  const due: DueClaim[] = [];
  for (const fresh of claimFreshness(data.channels, data.support, today)) {
    if (fresh.status === 'current') continue;
    const claim = selected.get(`${fresh.item}\u0000${fresh.claim}`);
    if (!claim) continue;
    due.push({
      subject: claim.subject,
      id: claim.id,
      claim: claim.claim,
      checkedAt: fresh.checkedAt,
      months: fresh.ageMonths,
      safety: fresh.safety,
      state: fresh.status,
      sources: [...new Set(claim.evidence.map((e) => e.source))],
    });
  }
  return due.sort((a, b) => a.checkedAt.localeCompare(b.checkedAt) || a.id.localeCompare(b.id) || a.claim.localeCompare(b.claim));
}

// ─── The whole report ───────────────────────────────────────────────────────────────────────────────────────

export interface ReportSummary {
  urls: number;
  ok: number;
  moved: number;
  changed: number;
  gone: number;
  error: number;
  timeout: number;
  numbersChecked: number;
  numbersMissing: number;
  due: number;
  overdue: number;
}

export interface DataCheckReport {
  tool: 'spot-the-signs data:check';
  /** The day of the run (the report's file name). */
  date: string;
  generatedAt: string;
  options: { concurrency: number; timeoutMs: number; baseUrl: string | null; only: string[] | null; network: boolean };
  /** 0 all fine; 1 something is gone, a number is missing or a safety claim is overdue. */
  exitCode: 0 | 1;
  summary: ReportSummary;
  /** Why the exit code is 1, in words. */
  failures: string[];
  urls: UrlResult[];
  numbersMissing: MissingNumber[];
  due: DueClaim[];
  overdue: DueClaim[];
  /** Faults in the data itself (e.g. evidence citing an unknown source). */
  problems: string[];
}

export function buildReport(input: {
  date: string;
  generatedAt: string;
  options: DataCheckReport['options'];
  urls: UrlResult[];
  /** The data read; its claims (those `only` selects) are dated with core's rules. */
  data: Dataset;
  only?: readonly string[] | undefined;
  problems: string[];
}): DataCheckReport {
  const count = (status: UrlStatus) => input.urls.filter((u) => u.status === status).length;
  const numbersMissing = missingNumbers(input.urls);
  const listed = dueClaims(input.data, input.date, input.only);
  const due = listed.filter((c) => c.state === 'due');
  const overdue = listed.filter((c) => c.state === 'overdue');
  const summary: ReportSummary = {
    urls: input.urls.length,
    ok: count('ok'),
    moved: count('moved'),
    changed: count('changed'),
    gone: count('gone'),
    error: count('error'),
    timeout: count('timeout'),
    numbersChecked: input.urls.reduce((n, u) => n + u.numbers.filter((x) => x.found !== null).length, 0),
    numbersMissing: numbersMissing.length,
    due: due.length,
    overdue: overdue.length,
  };
  const failures: string[] = [];
  if (summary.gone) failures.push(`${summary.gone} page(s) gone`);
  if (summary.numbersMissing) failures.push(`${summary.numbersMissing} number(s) missing from their cited page`);
  if (summary.overdue) failures.push(`${summary.overdue} safety claim(s) overdue (checked more than ${SAFETY_LIMIT_MONTHS} months ago)`);
  return {
    tool: 'spot-the-signs data:check',
    date: input.date,
    generatedAt: input.generatedAt,
    options: input.options,
    exitCode: failures.length ? 1 : 0,
    summary,
    failures,
    urls: input.urls,
    numbersMissing,
    due,
    overdue,
    problems: input.problems,
  };
}
