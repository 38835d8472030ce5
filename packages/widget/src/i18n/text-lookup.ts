import { SOURCE_LOCALE } from '@spot-the-signs/core';
import type { StringOverrides } from '@spot-the-signs/core';
import { textOf } from './text-store.js';
import { fallbackChain } from './locales.js';
import { findText, interpolate, textAt } from './lookup.js';
import type { Values } from './lookup.js';
import type { IntlTable, TextTree } from './text-pack.js';

/**
 * The text of one language, with the partner's string overrides: it only looks text up. Which language
 * shows is the element's to decide (a new TextLookup per language shown), so a lookup can never be in a
 * language other than the one the element marks its content with. The loaded text itself is shared (text-store.ts).
 */
export class TextLookup {
  readonly #language: string;
  readonly #overrides: StringOverrides;

  constructor(language: string, overrides: StringOverrides = {}) {
    this.#language = language;
    this.#overrides = overrides;
  }

  get language(): string {
    return this.#language;
  }

  /**
   * The partner's override for this language only (an English override must never show in
   * Lithuanian), then this language's text, then its fallbacks. A missing key shows as the key itself.
   */
  #find(ns: 'ui' | 'content', key: string, count?: number): string | undefined {
    const lng = this.#language;
    const overrides = this.#overrides[lng];
    if (overrides) {
      const found = findText((candidate) => (Object.hasOwn(overrides, candidate) ? overrides[candidate] : undefined), key, lng, count);
      if (found !== undefined) return found;
    }
    for (const code of fallbackChain(lng)) {
      const tree: TextTree | undefined = textOf(code)?.[ns];
      const found = tree && findText((candidate) => textAt(tree, candidate), key, code, count);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  #t(ns: 'ui' | 'content', key: string, values?: Values): string {
    return interpolate(this.#find(ns, key, values?.count) ?? key, values);
  }

  /** A UI string. */
  ui(key: string, values?: Values): string {
    return this.#t('ui', key, values);
  }

  /** A UI string in English, e.g. to label the switch back to English in both languages. */
  english(key: string): string {
    return textAt(textOf(SOURCE_LOCALE)?.ui, key) ?? key;
  }

  /** A content string (indicator, channel or support text). */
  content(key: string, values?: Values): string {
    return this.#t('content', key, values);
  }

  /** The formatted weekday names, times, dates and lists of our data in this language (English as the fallback). */
  intl(): IntlTable {
    for (const code of fallbackChain(this.#language)) {
      const table = textOf(code)?.intl;
      if (table) return table;
    }
    return { weekdays: [], times: {}, dates: {}, lists: {} };
  }

  /** True if a content key exists (e.g. an indicator's optional second-person text). */
  hasContent(key: string): boolean {
    return this.#find('content', key) !== undefined;
  }
}

let keys: Set<string> | undefined;
/** An indicator's text: its English may be in a pack not loaded yet, so any published id's keys are accepted. */
const INDICATOR_TEXT_KEY = /^indicators\.[a-z0-9]+(?:-[a-z0-9]+)*\.(?:title|detail|self)$/;

/**
 * Every key a partner may override: the English UI and help keys, each plural form of a plural key, and
 * the text keys of any indicator.
 */
export function overridableKeys(): { has(key: string): boolean } {
  return { has: (key) => knownKeys().has(key) || INDICATOR_TEXT_KEY.test(key) };
}

function knownKeys(): Set<string> {
  if (keys) return keys;
  keys = new Set<string>();
  const found = keys;
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
    } else {
      found.add(prefix);
      const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(prefix);
      if (plural) for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) found.add(`${plural[1]}_${form}`);
    }
  };
  const english = textOf(SOURCE_LOCALE);
  walk(english?.ui, '');
  walk(english?.content, '');
  return keys;
}
