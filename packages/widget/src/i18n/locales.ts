import { localeManifest } from '@spot-the-signs/core';
import type { LocaleManifestEntry } from '@spot-the-signs/core';
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
  cy: () => import('../locales/cy.js'),
  lt: () => import('../locales/lt.js'),
  ro: () => import('../locales/ro.js'),
};

/** The locales this build ships, from core's manifest: code, own name, direction, review status. */
export const SUPPORTED_LOCALES: readonly LocaleManifestEntry[] = localeManifest.filter(
  (entry) => entry.code === SOURCE_LOCALE || entry.code in LOCALE_LOADERS,
);

/** Regional variants that read another shipped locale; never chained across languages (uk is not ru). */
const ALIASES: Record<string, string> = { en: 'en-GB' };

/**
 * The best shipped locale for a list of BCP-47 tags, in order of preference: an exact match, then the
 * same language without region or script (`ro-MD` → `ro`, `en-US` → `en-GB`), else undefined.
 */
export function matchLocale(requested: readonly string[]): string | undefined {
  const codes = SUPPORTED_LOCALES.map((entry) => entry.code);
  for (const tag of requested) {
    const lower = tag.toLowerCase();
    const exact = codes.find((code) => code.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split('-')[0] ?? '';
    const sameLanguage = codes.find((code) => code.toLowerCase() === language) ?? ALIASES[language];
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
}

export function manifestEntry(code: string): LocaleManifestEntry | undefined {
  return SUPPORTED_LOCALES.find((entry) => entry.code === code);
}

const loaded = new Map<string, Promise<LocaleBundle>>([[SOURCE_LOCALE, Promise.resolve(ENGLISH)]]);

/**
 * Loads a locale's bundle once per page. A failed load is forgotten, so the next attempt retries.
 */
export function loadLocale(code: string): Promise<LocaleBundle> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const loader = LOCALE_LOADERS[code];
  if (!loader) return Promise.reject(new Error(`No locale module for ${code}`));
  const pending = loader().then((module) => module.default);
  loaded.set(code, pending);
  pending.catch(() => loaded.delete(code));
  return pending;
}
