import { createInstance } from 'i18next';
import type { i18n, TOptions } from 'i18next';
import { ENGLISH, fallbackChains, loadLocale, SOURCE_LOCALE } from './locales.js';
import type { StringOverrides } from '@spot-the-signs/core';

let shared: i18n | undefined;

/**
 * The widget's own i18next instance: private (never the global i18next, which a partner's app may use) and
 * shared by every element of this copy of the widget, so a page with many widgets parses each language once.
 * Elements never change its language: each asks for text in its own language (`lng` on every lookup).
 */
function sharedI18n(): i18n {
  if (!shared) {
    shared = createInstance();
    void shared.init({
      lng: SOURCE_LOCALE,
      fallbackLng: fallbackChains(),
      resources: { [SOURCE_LOCALE]: { ui: ENGLISH.ui, content: ENGLISH.content } },
      ns: ['ui', 'content'],
      defaultNS: 'ui',
      initAsync: false,
      // Lit escapes every text binding; escaping here too would show entities to readers.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

let overrideNamespaces = 0;

/**
 * One element's text: its language, and the partner's string overrides for that element. Two widgets on a
 * page can show two languages and two sets of overrides.
 */
export class Translator {
  readonly #i18n = sharedI18n();
  /** This element's overrides live in a namespace of their own in the shared instance. */
  readonly #overridesNs = `overrides-${(overrideNamespaces += 1)}`;
  #overrides: StringOverrides = {};
  #language = SOURCE_LOCALE;

  get language(): string {
    return this.#language;
  }

  /** Loads a locale and switches to it. Resolves false (and stays on the current language) if loading fails. */
  async use(code: string): Promise<boolean> {
    if (code === this.#language) return true;
    try {
      // Only the chosen locale loads: every shipped locale is complete (the tests hold it), so the
      // manifest's fallback chain (fa-AF → fa → English) is a safety net, not a second download.
      const bundle = await loadLocale(code);
      if (!this.#i18n.hasResourceBundle(code, 'ui')) {
        this.#i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
        this.#i18n.addResourceBundle(code, 'content', bundle.content, true, true);
      }
      this.#language = code;
      return true;
    } catch {
      return false;
    }
  }

  /** Replaces the partner's string overrides (per locale, any key of `ui` or `content`). */
  setOverrides(overrides: StringOverrides): void {
    this.dispose();
    this.#overrides = overrides;
    for (const [code, texts] of Object.entries(overrides)) {
      if (texts && Object.keys(texts).length) this.#i18n.addResourceBundle(code, this.#overridesNs, { ...texts }, false, true);
    }
  }

  /** Forgets this element's overrides (the element left the page); setOverrides brings them back. */
  dispose(): void {
    for (const code of Object.keys(this.#overrides)) this.#i18n.removeResourceBundle(code, this.#overridesNs);
  }

  /**
   * The partner's override for the current language only (an English override must never show in
   * Lithuanian), then this language's text, then English.
   */
  #t(ns: 'ui' | 'content', key: string, options?: TOptions): string {
    const lng = this.#language;
    if (this.#overrides[lng]) {
      const override = { ...options, lng, ns: this.#overridesNs, fallbackLng: false as const };
      if (this.#i18n.exists(key, override)) return this.#i18n.t(key, override) as string;
    }
    return this.#i18n.t(key, { ...options, lng, ns }) as string;
  }

  /** A UI string. */
  ui(key: string, options?: TOptions): string {
    return this.#t('ui', key, options);
  }

  /** A UI string in English, e.g. to label the switch back to English in both languages. */
  english(key: string): string {
    return this.#i18n.t(key, { ns: 'ui', lng: SOURCE_LOCALE }) as string;
  }

  /** A content string (indicator, channel or support text). */
  content(key: string, options?: TOptions): string {
    return this.#t('content', key, options);
  }

  /** True if a content key exists (e.g. an indicator's optional second-person text). */
  hasContent(key: string): boolean {
    const lng = this.#language;
    return (
      this.#i18n.exists(key, { lng, ns: 'content' }) ||
      Boolean(this.#overrides[lng] && this.#i18n.exists(key, { lng, ns: this.#overridesNs, fallbackLng: false }))
    );
  }
}

let keys: Set<string> | undefined;

/** Every key a partner may override: the English UI and content keys, plus each plural form of a plural key. */
export function overridableKeys(): Set<string> {
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
  walk(ENGLISH.ui, '');
  walk(ENGLISH.content, '');
  return keys;
}
