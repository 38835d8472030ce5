/** Export a locale for translators, and import their work back with every check applied. */
import { englishHash, expectedEntries, localeProblems, NAMESPACES, readManifest, readNamespace, stringProblems, writeManifest, writeNamespace } from './catalogue.js';
import type { Flat, ManifestEntry, Namespace } from './catalogue.js';
import { contextNote } from './context.js';
import type { Document, Unit } from './formats.js';

export type ReviewStatus = 'machine-draft' | 'community-reviewed' | 'professionally-reviewed';

const STATE_FOR_STATUS: Record<string, Unit['state']> = {
  'machine-draft': 'translated',
  'community-reviewed': 'reviewed',
  'professionally-reviewed': 'final',
};

function manifestEntry(lang: string): ManifestEntry {
  const entry = readManifest().find((candidate) => candidate.code === lang);
  if (!entry) {
    throw new Error(`"${lang}" is not in packages/core/data/locales.json. Add it there first (name, script, direction).`);
  }
  return entry;
}

export function isStale(entry: ManifestEntry): boolean {
  return entry.code !== 'en-GB' && entry.sourceHash !== englishHash();
}

export function exportLocale(lang: string): Document {
  const entry = manifestEntry(lang);
  const state = isStale(entry) ? 'translated' : (STATE_FOR_STATUS[entry.review.status] ?? 'translated');
  const current: Partial<Record<Namespace, Flat>> = {};
  for (const ns of NAMESPACES) current[ns] = readNamespace(ns, lang) ?? {};
  return {
    lang,
    units: expectedEntries(lang).map((item) => {
      const target = current[item.ns]?.[item.key] ?? '';
      return { ns: item.ns, key: item.key, note: contextNote(item, lang), source: item.source, target, state: target ? state : 'initial' };
    }),
  };
}

export interface ImportOptions {
  /** Raise or set the review status; needs a reviewer for anything above machine-draft. */
  status?: ReviewStatus;
  reviewer?: string;
  /** ISO date of the review; defaults to today. */
  date?: string;
  /** Check only; write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  lang: string;
  problems: string[];
  updated: number;
  status: string;
}

/**
 * Reads translated units back. Nothing is written unless the whole locale passes: every key of the
 * English present, placeholders and numbers intact, every plural form, no markup.
 */
export function importDocument(document: Document, options: ImportOptions = {}): ImportResult {
  const lang = document.lang;
  const entry = manifestEntry(lang);
  const expected = new Map(expectedEntries(lang).map((item) => [`${item.ns}:${item.key}`, item]));
  const merged: Record<Namespace, Flat> = { ui: readNamespace('ui', lang) ?? {}, content: readNamespace('content', lang) ?? {} };
  const problems: string[] = [];
  let updated = 0;

  for (const unit of document.units) {
    const item = expected.get(`${unit.ns}:${unit.key}`);
    if (!item) {
      problems.push(`${unit.ns}:${unit.key}: not a key of the English (or a plural form ${lang} does not have)`);
      continue;
    }
    if (unit.source.trim() !== item.source.trim()) {
      problems.push(`${unit.ns}:${unit.key}: the English has changed since this file was exported; export again`);
      continue;
    }
    if (unit.target === '') continue;
    problems.push(...stringProblems(item, unit.target));
    if (merged[unit.ns][unit.key] !== unit.target) {
      merged[unit.ns][unit.key] = unit.target;
      updated += 1;
    }
  }
  problems.push(...localeProblems(lang, merged).filter((problem) => !problems.includes(problem)));

  let status = entry.review.status;
  if (options.status) {
    if (options.status !== 'machine-draft' && !options.reviewer) problems.push(`--status ${options.status} needs --reviewer`);
    status = options.status;
  }
  if (problems.length || options.dryRun) return { lang, problems, updated, status: entry.review.status };

  for (const ns of NAMESPACES) writeNamespace(ns, lang, merged[ns]);
  const manifest = readManifest().map((candidate) => {
    if (candidate.code !== lang) return candidate;
    const review = options.status
      ? {
          status,
          ...(options.reviewer ? { reviewer: options.reviewer } : {}),
          date: options.date ?? new Date().toISOString().slice(0, 10),
          ...(candidate.review.note && status === candidate.review.status ? { note: candidate.review.note } : {}),
        }
      : candidate.review;
    return { ...candidate, review, sourceHash: englishHash() };
  });
  writeManifest(manifest);
  return { lang, problems, updated, status };
}
