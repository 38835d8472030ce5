import { SOURCE_LOCALE } from '@spot-the-signs/core';
import type { ReviewStatus } from '@spot-the-signs/core';
import { LOCALES } from '../../generated/data/index.js';
import type { EmbedLocale } from '../data/embed.js';
import { LOCALE_LOADERS } from './text-store.js';

export { LOCALE_LOADERS };

/** The locales this build ships, from core's manifest: code, own name, direction, review status. */
export const SUPPORTED_LOCALES: readonly EmbedLocale[] = LOCALES.filter(
  (entry) => entry.code === SOURCE_LOCALE || entry.code in LOCALE_LOADERS,
);

const REVIEW_RANK: Record<ReviewStatus, number> = {
  'machine-draft': 0,
  'community-reviewed': 1,
  'professionally-reviewed': 2,
};

/** The locales a reader may be shown: English (the source) always, the rest if reviewed enough. */
export function availableLocales(minReview: ReviewStatus = 'machine-draft'): EmbedLocale[] {
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
export function matchLocale(requested: readonly string[], from: readonly EmbedLocale[] = SUPPORTED_LOCALES): string | undefined {
  const lower = (tag: string) => tag.toLowerCase();
  for (const tag of requested) {
    const wanted = lower(tag);
    const language = wanted.split('-')[0] ?? '';
    // Same language, same script: zh-TW (Traditional) is not zh-Hans, pa-Arab (Shahmukhi) is not pa.
    const sameScript = (entry: EmbedLocale) => scriptOf(tag) === undefined || scriptOf(tag) === entry.script;
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

const chains = new Map<string, readonly string[]>();

/**
 * Where a lookup goes when a locale lacks a key: its manifest fallbacks (`fa-AF` → `fa`), then English.
 * Worked out once per locale: every string of every render asks.
 */
export function fallbackChain(code: string): readonly string[] {
  let chain = chains.get(code);
  if (!chain) {
    const codes = [code, ...(manifestEntry(code)?.fallback ?? [])];
    if (!codes.includes(SOURCE_LOCALE)) codes.push(SOURCE_LOCALE);
    chains.set(code, (chain = codes));
  }
  return chain;
}

export function manifestEntry(code: string): EmbedLocale | undefined {
  return SUPPORTED_LOCALES.find((entry) => entry.code === code);
}
