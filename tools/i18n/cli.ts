/**
 * npm run i18n:export -- --lang lt [--format xliff|csv|both] [--out translations]
 * npm run i18n:import -- translations/lt.xlf [--status community-reviewed --reviewer "Name"] [--dry-run]
 * npm run i18n:status
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest, localeProblems } from './catalogue.js';
import { fromCsv, fromXliff, toCsv, toXliff } from './formats.js';
import { exportLocale, importDocument, isStale } from './workflow.js';
import type { ReviewStatus } from './workflow.js';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    format: { type: 'string', default: 'both' },
    out: { type: 'string', default: 'translations' },
    status: { type: 'string' },
    reviewer: { type: 'string' },
    date: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (command === 'export') {
  const langs = values.lang ? values.lang.split(',') : fail('Which language? e.g. npm run i18n:export -- --lang lt');
  mkdirSync(values.out, { recursive: true });
  for (const lang of langs) {
    const document = exportLocale(lang);
    if (values.format === 'xliff' || values.format === 'both') writeFileSync(join(values.out, `${lang}.xlf`), toXliff(document));
    if (values.format === 'csv' || values.format === 'both') writeFileSync(join(values.out, `${lang}.csv`), toCsv(document));
    const todo = document.units.filter((unit) => !unit.target).length;
    console.log(`${lang}: ${document.units.length} strings (${todo} to translate) → ${values.out}/${lang}.{xlf,csv}`);
  }
} else if (command === 'import') {
  if (!positionals.length) fail('Which file? e.g. npm run i18n:import -- translations/lt.xlf');
  let failed = false;
  for (const file of positionals) {
    const text = readFileSync(file, 'utf8');
    const document = file.endsWith('.csv') ? fromCsv(text, values.lang ?? basename(file, '.csv')) : fromXliff(text);
    const result = importDocument(document, {
      ...(values.status ? { status: values.status as ReviewStatus } : {}),
      ...(values.reviewer ? { reviewer: values.reviewer } : {}),
      ...(values.date ? { date: values.date } : {}),
      dryRun: values['dry-run'],
    });
    if (result.problems.length) {
      failed = true;
      console.error(`${file}: not imported, ${result.problems.length} problem(s):\n  ${result.problems.join('\n  ')}`);
    } else {
      console.log(`${file}: ${result.updated} string(s) updated; ${result.lang} is ${result.status}${values['dry-run'] ? ' (dry run: nothing written)' : ''}`);
    }
  }
  process.exit(failed ? 1 : 0);
} else if (command === 'status') {
  for (const entry of readManifest()) {
    const problems = localeProblems(entry.code);
    const stale = isStale(entry) ? ', STALE (English changed since translation)' : '';
    console.log(`${entry.code.padEnd(8)} ${entry.review.status.padEnd(24)} ${problems.length ? `${problems.length} problem(s)` : 'complete'}${stale}`);
  }
} else {
  fail('Usage: cli.ts export --lang LANG | import FILE… | status');
}
