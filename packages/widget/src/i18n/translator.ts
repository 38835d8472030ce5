import { createInstance } from 'i18next';
import type { i18n, TOptions } from 'i18next';
import { ENGLISH, loadLocale, SOURCE_LOCALE } from './locales.js';
import type { StringOverrides } from '@spot-the-signs/core';

const OVERRIDES = 'overrides';

/**
 * One element's text. Each element has its own i18next instance (never the global one, which a
 * partner's app may use) so that two widgets on a page can show two languages and two sets of
 * string overrides.
 */
export class Translator {
  readonly #i18n: i18n;
  #overrides: StringOverrides = {};

  constructor() {
    this.#i18n = createInstance();
    void this.#i18n.init({
      lng: SOURCE_LOCALE,
      fallbackLng: SOURCE_LOCALE,
      resources: { [SOURCE_LOCALE]: { ui: ENGLISH.ui, content: ENGLISH.content } },
      ns: ['ui', 'content', OVERRIDES],
      defaultNS: 'ui',
      initAsync: false,
      // Lit escapes every text binding; escaping here too would show entities to readers.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }

  get language(): string {
    return this.#i18n.language;
  }

  /** Loads a locale and switches to it. Resolves false (and stays on the current language) if loading fails. */
  async use(code: string): Promise<boolean> {
    if (code === this.#i18n.language) return true;
    try {
      const bundle = await loadLocale(code);
      if (!this.#i18n.hasResourceBundle(code, 'ui')) {
        this.#i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
        this.#i18n.addResourceBundle(code, 'content', bundle.content, true, true);
      }
      this.#applyOverrides(code);
      await this.#i18n.changeLanguage(code);
      return true;
    } catch {
      return false;
    }
  }

  /** Replaces the partner's string overrides (per locale, any key of `ui` or `content`). */
  setOverrides(overrides: StringOverrides): void {
    for (const code of Object.keys(this.#overrides)) this.#i18n.removeResourceBundle(code, OVERRIDES);
    this.#overrides = overrides;
    for (const code of Object.keys(overrides)) this.#applyOverrides(code);
  }

  #applyOverrides(code: string): void {
    const texts = this.#overrides[code];
    if (texts && !this.#i18n.hasResourceBundle(code, OVERRIDES)) {
      this.#i18n.addResourceBundle(code, OVERRIDES, { ...texts }, false, true);
    }
  }

  /**
   * The partner's override for the current language only (an English override must never show in
   * Lithuanian), then this language's text, then English.
   */
  #t(ns: 'ui' | 'content', key: string, options?: TOptions): string {
    const override = { ...options, ns: OVERRIDES, fallbackLng: false as const };
    if (this.#i18n.exists(key, override)) return this.#i18n.t(key, override) as string;
    return this.#i18n.t(key, { ...options, ns }) as string;
  }

  /** A UI string. */
  ui(key: string, options?: TOptions): string {
    return this.#t('ui', key, options);
  }

  /** A content string (indicator, channel or support text). */
  content(key: string, options?: TOptions): string {
    return this.#t('content', key, options);
  }

  /** True if a content key exists (e.g. an indicator's optional second-person text). */
  hasContent(key: string): boolean {
    return this.#i18n.exists(key, { ns: 'content' }) || this.#i18n.exists(key, { ns: OVERRIDES, fallbackLng: false });
  }
}

/** Every key a partner may override: the English UI and content keys, plus each plural form of a plural key. */
export function overridableKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
    } else {
      keys.add(prefix);
      const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(prefix);
      if (plural) for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) keys.add(`${plural[1]}_${form}`);
    }
  };
  walk(ENGLISH.ui, '');
  walk(ENGLISH.content, '');
  return keys;
}
