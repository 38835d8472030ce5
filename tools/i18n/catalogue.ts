/**
 * The translation catalogue: the English source and each locale's text, across the widget's UI strings
 * and core's content, flattened to keys. Shared by the tests, the export and the import.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_LANG = 'en-GB';
export const NAMESPACES = ['ui', 'content'] as const;
export type Namespace = (typeof NAMESPACES)[number];

// STS_I18N_ROOT lets the tests run the import against a copy of the files instead of the repository.
const repo = process.env.STS_I18N_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
export const repoPath = (relative: string) => `${repo}${relative}`;

export const namespaceFile = (ns: Namespace, lang: string) =>
  ns === 'ui' ? `packages/widget/locales/${lang}/ui.json` : `packages/core/locales/${lang}/content.json`;
export const MANIFEST_FILE = 'packages/core/data/locales.json';

export type Flat = Record<string, string>;
type Nested = { [key: string]: string | Nested };

export function flatten(value: Nested, prefix = '', out: Flat = {}): Flat {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out[path] = child;
    else flatten(child, path, out);
  }
  return out;
}

/** Rebuilds nested JSON, keeping the English key order so diffs stay small. */
export function unflatten(flat: Flat, order: readonly string[]): Nested {
  const result: Nested = {};
  const keys = [...order.filter((key) => key in flat), ...Object.keys(flat).filter((key) => !order.includes(key))];
  for (const key of keys) {
    const parts = key.split('.');
    let node = result;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Nested;
    node[parts[parts.length - 1] as string] = flat[key] as string;
  }
  return result;
}

export function readNamespace(ns: Namespace, lang: string): Flat | undefined {
  const file = repoPath(namespaceFile(ns, lang));
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Nested) : undefined;
}

export function writeNamespace(ns: Namespace, lang: string, flat: Flat): void {
  const english = readNamespace(ns, SOURCE_LANG) ?? {};
  writeFileSync(repoPath(namespaceFile(ns, lang)), `${JSON.stringify(unflatten(flat, Object.keys(english)), null, 2)}\n`);
}

export const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

export function pluralCategories(lang: string): string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
}

/** Numbers that fall in a plural category, to show translators what each form is for. */
export function pluralExamples(lang: string, category: string): string {
  const rules = new Intl.PluralRules(lang);
  const found: string[] = [];
  for (const n of [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 15, 20, 21, 22, 25, 100, 101, 102, 1000000, 0.5, 1.5]) {
    if (rules.select(n) === category && found.length < 6) found.push(String(n));
  }
  return found.join(', ');
}

export interface CatalogueEntry {
  ns: Namespace;
  key: string;
  /** The English text this key is translated from (for a plural form: the English form it corresponds to). */
  source: string;
  /** The plural category, when the key is one form of a plural. */
  plural?: string;
}

/** Every key a complete translation into `lang` must have, with its English source. */
export function expectedEntries(lang: string): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const ns of NAMESPACES) {
    const english = readNamespace(ns, SOURCE_LANG) ?? {};
    const pluralsDone = new Set<string>();
    for (const [key, source] of Object.entries(english)) {
      const plural = PLURAL_SUFFIX.exec(key);
      if (!plural) {
        entries.push({ ns, key, source });
        continue;
      }
      const base = plural[1] as string;
      if (pluralsDone.has(base)) continue;
      pluralsDone.add(base);
      for (const category of pluralCategories(lang)) {
        const englishForm = english[`${base}_${category}`] ?? english[`${base}_other`] ?? source;
        entries.push({ ns, key: `${base}_${category}`, source: englishForm, plural: category });
      }
    }
  }
  return entries;
}

export const placeholders = (text: string) =>
  (text.match(/\{\{\s*[a-zA-Z]+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

/**
 * Runs of three or more digits that must survive translation unchanged: phone, text and emergency
 * numbers. (Times such as "8am" may be written the local way.)
 */
export const numbers = (text: string) => text.match(/\b\d[\d ]{2,}\d\b|\b\d{3}\b/g) ?? [];

/** Every problem with one translated string, as readable text. */
export function stringProblems(entry: CatalogueEntry, translation: string | undefined): string[] {
  const where = `${entry.ns}:${entry.key}`;
  if (translation === undefined) return [`${where}: missing`];
  if (typeof translation !== 'string' || translation.trim() === '') return [`${where}: empty`];
  const problems: string[] = [];
  if (placeholders(entry.source).join() !== placeholders(translation).join()) {
    problems.push(`${where}: placeholders ${placeholders(translation).join(' ') || 'none'} do not match the English ${placeholders(entry.source).join(' ') || 'none'}`);
  }
  if (/[<>]/.test(translation)) problems.push(`${where}: contains markup (< or >)`);
  for (const number of numbers(entry.source)) {
    if (!translation.includes(number)) problems.push(`${where}: the number "${number}" must appear unchanged`);
  }
  return problems;
}

/** Every problem with a locale: missing and extra keys, placeholders, markup, numbers. */
export function localeProblems(lang: string, override?: Partial<Record<Namespace, Flat>>): string[] {
  const problems: string[] = [];
  const expected = expectedEntries(lang);
  const present: Partial<Record<Namespace, Flat>> = {};
  for (const ns of NAMESPACES) present[ns] = override?.[ns] ?? readNamespace(ns, lang) ?? {};
  for (const entry of expected) problems.push(...stringProblems(entry, present[entry.ns]?.[entry.key]));
  const expectedKeys = new Set(expected.map((entry) => `${entry.ns}:${entry.key}`));
  for (const ns of NAMESPACES) {
    for (const key of Object.keys(present[ns] ?? {})) {
      if (!expectedKeys.has(`${ns}:${key}`)) problems.push(`${ns}:${key}: not in the English (or a plural form ${lang} does not have)`);
    }
  }
  return problems;
}

/** A short, stable hash of all the English text; stored in the manifest by the import. */
export function englishHash(): string {
  const canonical = NAMESPACES.map((ns) => {
    const flat = readNamespace(ns, SOURCE_LANG) ?? {};
    return Object.keys(flat)
      .sort()
      .map((key) => `${ns}:${key}=${flat[key]}`)
      .join('\n');
  }).join('\n');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export interface ManifestEntry {
  code: string;
  name: string;
  englishName: string;
  script: string;
  dir: 'ltr' | 'rtl';
  fallback?: string[];
  aliases?: string[];
  review: { status: string; reviewer?: string; date?: string; note?: string };
  sourceHash?: string;
}

export function readManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(repoPath(MANIFEST_FILE), 'utf8')) as ManifestEntry[];
}

export function writeManifest(entries: ManifestEntry[]): void {
  writeFileSync(repoPath(MANIFEST_FILE), `${JSON.stringify(entries, null, 2)}\n`);
}
