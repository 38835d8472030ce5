import type { TextTree } from './text-pack.js';

/**
 * Lookups in the i18next JSON v4 format our translators write: dotted keys into nested text, plural forms
 * as `key_one`/`key_other`/… chosen by the language's CLDR rules (with `key_zero` first when the count is 0),
 * and `{{name}}` placeholders. The widget needs nothing else of i18next, whose 14 KB every reader would pay;
 * test-node/text-lookup-conformance.test.ts checks that these lookups give exactly what i18next gives.
 */

export type Values = Record<string, unknown> & { count?: number };

/** A string at a dotted path, or undefined (a missing key, or a branch rather than a string). */
export function textAt(tree: TextTree | undefined, key: string): string | undefined {
  let node: TextTree | string | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules | undefined>();

function pluralCategory(language: string, count: number): string {
  if (!pluralRules.has(language)) {
    let rules: Intl.PluralRules | undefined;
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = undefined;
    }
    pluralRules.set(language, rules);
  }
  return pluralRules.get(language)?.select(count) ?? 'other';
}

/** The keys to try, best first, for a lookup in one language. */
export function candidateKeys(key: string, language: string, count: number | undefined): string[] {
  if (typeof count !== 'number') return [key];
  const keys = count === 0 ? [`${key}_zero`] : [];
  keys.push(`${key}_${pluralCategory(language, count)}`, key);
  return keys;
}

/** The first candidate key that `find` knows. */
export function findText(find: (key: string) => string | undefined, key: string, language: string, count?: number): string | undefined {
  if (typeof count !== 'number') return find(key);
  for (const candidate of candidateKeys(key, language, count)) {
    const text = find(candidate);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Fills `{{name}}` placeholders; a placeholder without a value stays as written. Values are never re-read as text to fill. */
export function interpolate(text: string, values: Values | undefined): string {
  if (!values || !text.includes('{{')) return text;
  return text.replace(/\{\{(.+?)\}\}/g, (placeholder, name: string) => {
    const value = values[name.trim()];
    return value === undefined || value === null ? placeholder : String(value);
  });
}
