import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishHash, localeProblems, NAMESPACES, namespaceFile, pluralCategories, readManifest, readNamespace, repoPath, SOURCE_LANG } from './catalogue.js';
import { fromCsv, fromXliff, parseCsv, toCsv, toXliff } from './formats.js';
import { exportLocale, importDocument, isStale } from './workflow.js';

const manifest = readManifest();
const RIGHT_TO_LEFT = ['ar', 'fa', 'fa-AF', 'ps', 'ckb', 'ur'];

describe('locales', () => {
  it('ships exactly the locales that have text: each in the manifest has its files, and each set of files is in the manifest', () => {
    const shipped = manifest.map((entry) => entry.code).sort();
    assert.ok(shipped.includes(SOURCE_LANG));
    for (const ns of NAMESPACES) {
      // namespaceFile(ns, code) is <folder of the namespace>/<code>/<file>.
      const folder = dirname(dirname(namespaceFile(ns, SOURCE_LANG)));
      const withFiles = readdirSync(repoPath(folder)).filter((code) => existsSync(repoPath(namespaceFile(ns, code))));
      assert.deepEqual(withFiles.sort(), shipped, `${folder}: locales with ${ns} text`);
    }
  });

  for (const entry of manifest) {
    it(`${entry.code} is complete: every key, every plural form (${pluralCategories(entry.code).join(' ')}), placeholders, numbers, no markup`, () => {
      assert.deepEqual(localeProblems(entry.code), []);
    });
  }

  it('stores the direction of every locale, right-to-left for ar, fa, fa-AF, ps, ckb and ur', () => {
    for (const entry of manifest) assert.equal(entry.dir, RIGHT_TO_LEFT.includes(entry.code) ? 'rtl' : 'ltr', entry.code);
  });

  it('never falls back across languages readers may not share', () => {
    const fallbackOf = (code: string) => manifest.find((entry) => entry.code === code)?.fallback ?? [];
    assert.deepEqual(fallbackOf('fa-AF'), ['fa']);
    assert.ok(!fallbackOf('uk').includes('ru'));
    assert.ok(!fallbackOf('ti').includes('am'));
    assert.ok(!fallbackOf('ckb').includes('kmr'));
    for (const entry of manifest) for (const code of entry.fallback ?? []) assert.ok(manifest.some((e) => e.code === code), code);
  });

  it('marks Welsh as needing professional review', () => {
    const welsh = manifest.find((entry) => entry.code === 'cy');
    assert.notEqual(welsh?.review.status, 'professionally-reviewed');
    assert.match(welsh?.review.note ?? '', /professional/i);
  });

  it('a reviewed locale is never stale: when the English changes, its review must be redone', () => {
    const reviewedButStale = manifest.filter((entry) => entry.code !== 'en-GB' && entry.review.status !== 'machine-draft' && isStale(entry));
    assert.deepEqual(reviewedButStale.map((entry) => entry.code), []);
  });

  it('reports machine drafts made from older English', (t) => {
    for (const entry of manifest.filter(isStale)) t.diagnostic(`${entry.code}: translated from older English (sourceHash ${entry.sourceHash ?? 'none'} ≠ ${englishHash()})`);
    assert.match(englishHash(), /^[0-9a-f]{16}$/);
  });

  it('no translation contains HTML', () => {
    for (const entry of manifest) {
      for (const ns of ['ui', 'content'] as const) {
        const text = Object.values(readNamespace(ns, entry.code) ?? {}).join('\n');
        assert.doesNotMatch(text, /<[a-z/!]/i, `${entry.code} ${ns}`);
      }
    }
  });
});

describe('translator workflow', () => {
  it('exports every key with its English, a context note and the translation, and imports it back unchanged', () => {
    const exported = exportLocale('lt');
    assert.ok(exported.units.length > 300);
    assert.ok(exported.units.every((unit) => unit.note.length > 10 && unit.source && unit.target));
    const plural = exported.units.find((unit) => unit.key === 'signs.count_few');
    assert.match(plural?.note ?? '', /Plural form "few", used for numbers such as 2, 3/);
    const back = fromXliff(toXliff(exported));
    assert.deepEqual(back, exported);
    const result = importDocument(back, { dryRun: true });
    assert.deepEqual(result.problems, []);
    assert.equal(result.updated, 0);
  });

  it('the CSV keeps commas, quotes and line breaks', () => {
    const exported = exportLocale('ro');
    const tricky = { ...exported.units[0]!, target: 'a, "quoted"\nline' };
    const csv = toCsv({ lang: 'ro', units: [tricky, ...exported.units.slice(1)] });
    const back = fromCsv(csv, 'ro');
    assert.equal(back.units[0]?.target, 'a, "quoted"\nline');
    assert.deepEqual(back.units.slice(1), exported.units.slice(1));
    assert.deepEqual(parseCsv('a,b\r\n"c,""d""",e\r\n'), [['a', 'b'], ['c,"d"', 'e']]);
  });

  it('refuses markup, lost placeholders, changed numbers, missing plural forms and unknown keys', () => {
    const exported = exportLocale('lt');
    const edit = (key: string, target: string) => ({
      lang: 'lt',
      units: exported.units.map((unit) => (unit.key === key ? { ...unit, target } : unit)),
    });
    const problemsFor = (key: string, target: string) => importDocument(edit(key, target), { dryRun: true }).problems.join('\n');
    assert.match(problemsFor('heading', 'Požymiai <b>čia</b>'), /markup/);
    assert.match(problemsFor('emergency.callNow', 'Skambinkite greitai.'), /placeholders/);
    assert.match(problemsFor('channels.gb-emergency.description', 'Skambinkite 112.'), /999/);
    const withoutFew = { lang: 'lt', units: exported.units.filter((unit) => unit.key !== 'signs.count_few') };
    assert.doesNotMatch(importDocument(withoutFew, { dryRun: true }).problems.join(), /signs\.count_few/, 'the current translation fills a unit left out');
    const unknown = { lang: 'lt', units: [...exported.units, { ...exported.units[0]!, key: 'signs.count_two' }] };
    assert.match(importDocument(unknown, { dryRun: true }).problems.join(), /signs\.count_two: not a key/);
    assert.throws(() => fromXliff(toXliff(exported).replace('<target>Atpažinkite', '<target><g id="1">x</g>Atpažinkite')), /markup/);
  });

  it('refuses a raised review status without a reviewer', () => {
    const result = importDocument(exportLocale('lt'), { dryRun: true, status: 'community-reviewed' });
    assert.match(result.problems.join(), /needs --reviewer/);
  });
});

describe('translator workflow, writing', () => {
  let copy: string;
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'sts-i18n-'));
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    for (const dir of ['packages/widget/locales', 'packages/core/locales', 'packages/core/data']) {
      mkdirSync(join(copy, dir), { recursive: true });
      cpSync(join(repo, dir), join(copy, dir), { recursive: true });
    }
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('an import writes the translation and records the review, the reviewer and the English it was made from', async () => {
    const { execFileSync } = await import('node:child_process');
    const exported = exportLocale('lt');
    const file = join(copy, 'lt.xlf');
    const changed = { lang: 'lt', units: exported.units.map((u) => (u.key === 'heading' ? { ...u, target: 'Pastebėkite ženklus' } : u)) };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, toXliff(changed));
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', cli, 'import', file, '--status', 'community-reviewed', '--reviewer', 'Test Reviewer', '--date', '2026-11-28'],
      { env: { ...process.env, STS_I18N_ROOT: `${copy}/` }, encoding: 'utf8' },
    );
    assert.match(output, /1 string\(s\) updated; lt is community-reviewed/);
    const ui = JSON.parse(readFileSync(join(copy, 'packages/widget/locales/lt/ui.json'), 'utf8'));
    assert.equal(ui.heading, 'Pastebėkite ženklus');
    const entry = (JSON.parse(readFileSync(join(copy, 'packages/core/data/locales.json'), 'utf8')) as { code: string; review: object; sourceHash: string }[]).find((e) => e.code === 'lt');
    assert.deepEqual(entry?.review, { status: 'community-reviewed', reviewer: 'Test Reviewer', date: '2026-11-28' });
    assert.equal(entry?.sourceHash, englishHash());
    // The repository itself is untouched.
    assert.notEqual(readNamespace('ui', 'lt')?.heading, 'Pastebėkite ženklus');
  });
});
