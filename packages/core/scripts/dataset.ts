// Integrity checks for the data files, shared by the test run and the build. Not shipped.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { channelSchema } from '../src/schema/channel.js';
import { indicatorSchema } from '../src/schema/indicator.js';
import { keySignListSchema } from '../src/schema/key-signs.js';
import { localeManifestEntrySchema } from '../src/schema/locale.js';
import { sourceSchema } from '../src/schema/source.js';
import { supportItemSchema } from '../src/schema/support.js';

export const coreRoot = fileURLToPath(new URL('..', import.meta.url));

export function readJson<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(`../${relativePath}`, import.meta.url), 'utf8')) as T;
}

export const DATA_FILES = {
  indicators: { path: 'data/indicators.json', schema: indicatorSchema },
  channels: { path: 'data/channels.json', schema: channelSchema },
  support: { path: 'data/support.json', schema: supportItemSchema },
  sources: { path: 'data/sources.json', schema: sourceSchema },
  keySigns: { path: 'data/key-signs.json', schema: keySignListSchema },
  locales: { path: 'data/locales.json', schema: localeManifestEntrySchema },
} as const;

export type DataFileName = keyof typeof DATA_FILES;

/** Every schema problem in one data file, as readable lines (`[3] id "x": phone.tel: invalid format`). */
export function schemaProblems(name: DataFileName): string[] {
  const { path, schema } = DATA_FILES[name];
  const items = readJson<unknown[]>(path);
  if (!Array.isArray(items)) return [`${path}: must be a JSON array`];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const result = (schema as z.ZodMiniType).safeParse(item);
    if (!result.success) {
      const id = (item as { id?: unknown; code?: unknown }).id ?? (item as { code?: unknown }).code;
      for (const issue of result.error.issues) {
        problems.push(`${path}[${index}] ${JSON.stringify(id)}: ${issue.path.join('.') || '(item)'}: ${issue.message} (${issue.code})`);
      }
    }
  });
  return problems;
}

/** Published ids: removing or renaming one breaks consumers, so it must be marked retired instead (see the schema). */
export type { PublishedIds } from '../src/schema/published-ids.js';

export { monthsBetween, DUE_AFTER_MONTHS, SAFETY_LIMIT_MONTHS } from '../src/freshness.js';
