import { localeManifest } from '@spot-the-signs/core';
import type { LocaleManifestEntry, ReviewStatus } from '@spot-the-signs/core';
import english from '../locales/en-GB.js';

/** A locale's text: the widget's own UI strings and core's content (indicators, channels, support). */
export interface LocaleBundle {
  ui: Record<string, unknown>;
  content: Record<string, unknown>;
}

export const SOURCE_LOCALE = 'en-GB';
export const ENGLISH: LocaleBundle = english;

/**
 * Every locale other than English is its own module, loaded with import() only when chosen: a partner's
 * CSP needs no connect-src, and a reader downloads only their language.
 */
export const LOCALE_LOADERS: Record<string, () => Promise<{ default: LocaleBundle }>> = {
  'cy': () => import('../locales/cy.js'),
  'sq': () => import('../locales/sq.js'),
  'vi': () => import('../locales/vi.js'),
  'ti': () => import('../locales/ti.js'),
  'ar': () => import('../locales/ar.js'),
  'so': () => import('../locales/so.js'),
  'ro': () => import('../locales/ro.js'),
  'lt': () => import('../locales/lt.js'),
  'pl': () => import('../locales/pl.js'),
  'fa': () => import('../locales/fa.js'),
  'fa-AF': () => import('../locales/fa-AF.js'),
  'ps': () => import('../locales/ps.js'),
  'zh-Hans': () => import('../locales/zh-Hans.js'),
  'bg': () => import('../locales/bg.js'),
  'ckb': () => import('../locales/ckb.js'),
  'am': () => import('../locales/am.js'),
  'pt': () => import('../locales/pt.js'),
  'sk': () => import('../locales/sk.js'),
  'lv': () => import('../locales/lv.js'),
  'hu': () => import('../locales/hu.js'),
  'uk': () => import('../locales/uk.js'),
  'ur': () => import('../locales/ur.js'),
  'ru': () => import('../locales/ru.js'),
  'pa': () => import('../locales/pa.js'),
  'es': () => import('../locales/es.js'),
  'fil': () => import('../locales/fil.js'),
  'fr': () => import('../locales/fr.js'),
};

/** The locales this build ships, from core's manifest: code, own name, direction, review status. */
export const SUPPORTED_LOCALES: readonly LocaleManifestEntry[] = localeManifest.filter(
  (entry) => entry.code === SOURCE_LOCALE || entry.code in LOCALE_LOADERS,
);

const REVIEW_RANK: Record<ReviewStatus, number> = {
  'machine-draft': 0,
  'community-reviewed': 1,
  'professionally-reviewed': 2,
};

/** The locales a reader may be shown: English (the source) always, the rest if reviewed enough. */
export function availableLocales(minReview: ReviewStatus = 'machine-draft'): LocaleManifestEntry[] {
  return SUPPORTED_LOCALES.filter(
    (entry) => entry.code === SOURCE_LOCALE || REVIEW_RANK[entry.review.status] >= REVIEW_RANK[minReview],
  );
}

/**
 * The best locale for a list of BCP-47 tags, in order of preference: an exact match, then a listed alias
 * (`tl` → `fil`, `zh-CN` → `zh-Hans`, `prs` → `fa-AF`), then the bare language (`ro-MD` → `ro`,
 * `en-US` → `en-GB`). Never across languages: `uk` does not become `ru`, and `zh-TW` does not become
 * Simplified Chinese.
 */
export function matchLocale(requested: readonly string[], from: readonly LocaleManifestEntry[] = SUPPORTED_LOCALES): string | undefined {
  const lower = (tag: string) => tag.toLowerCase();
  for (const tag of requested) {
    const wanted = lower(tag);
    const language = wanted.split('-')[0] ?? '';
    // Same language, same script: zh-TW (Traditional) is not zh-Hans, pa-Arab (Shahmukhi) is not pa.
    const sameScript = (entry: LocaleManifestEntry) => scriptOf(tag) === undefined || scriptOf(tag) === entry.script;
    const found =
      from.find((entry) => lower(entry.code) === wanted) ??
      from.find((entry) => entry.aliases?.some((alias) => lower(alias) === wanted)) ??
      from.find((entry) => sameScript(entry) && (lower(entry.code) === language || (entry.code === SOURCE_LOCALE && language === 'en'))) ??
      from.find((entry) => sameScript(entry) && entry.aliases?.some((alias) => lower(alias) === language));
    if (found) return found.code;
  }
  return undefined;
}

/** The script a tag is most likely written in (`zh-TW` → `Hant`), or undefined for a malformed tag. */
function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** i18next's fallback chains, from the manifest: `fa-AF` → `fa` → English; everything else → English. */
export function fallbackChains(): Record<string, string[]> {
  const chains: Record<string, string[]> = { default: [SOURCE_LOCALE] };
  for (const entry of SUPPORTED_LOCALES) if (entry.fallback?.length) chains[entry.code] = [...entry.fallback, SOURCE_LOCALE];
  return chains;
}

export function manifestEntry(code: string): LocaleManifestEntry | undefined {
  return SUPPORTED_LOCALES.find((entry) => entry.code === code);
}

const loaded = new Map<string, Promise<LocaleBundle>>([[SOURCE_LOCALE, Promise.resolve(ENGLISH)]]);
const attempts = new Map<string, number>();
/** Read by the CDN build's locale imports (see rollup.config.mjs): a new URL for each retry. */
const RETRY_MARKER = Symbol.for('spot-the-signs.locale-retry');

/**
 * Loads a locale's bundle once per page. A failed load is forgotten, so the next attempt retries (with a
 * fresh URL in the CDN build, since browsers remember failed module fetches).
 */
export function loadLocale(code: string): Promise<LocaleBundle> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const loader = LOCALE_LOADERS[code];
  if (!loader) return Promise.reject(new Error(`No locale module for ${code}`));
  const attempt = attempts.get(code) ?? 0;
  attempts.set(code, attempt + 1);
  const global = globalThis as unknown as Record<symbol, string | undefined>;
  global[RETRY_MARKER] = attempt ? `?retry=${attempt}` : undefined;
  let pending: Promise<LocaleBundle>;
  try {
    pending = loader().then((module) => module.default);
  } finally {
    global[RETRY_MARKER] = undefined;
  }
  loaded.set(code, pending);
  pending.catch(() => loaded.delete(code));
  return pending;
}
