/**
 * The widget reads its text with a small lookup (src/i18n/lookup.ts) instead of carrying i18next (14 KB
 * brotli) to every reader. Translators still write i18next's JSON v4 format, so i18next is the reference:
 * for every key of every locale, every plural count and every placeholder, both must give the same text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import { localeManifest } from '@spot-the-signs/core';
import { TextLookup } from '../src/i18n/text-lookup.js';
import { fallbackChain } from '../src/i18n/locales.js';
import { loadPacks } from '../src/i18n/text-store.js';

type Tree = { [key: string]: string | Tree };
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Tree;
const ui = (code: string) => readJson(`../locales/${code}/ui.json`);
const content = (code: string) => readJson(`../../core/locales/${code}/content.json`);
const ALL_PACKS = ['base', 'anywhere', 'home', 'places'] as const;

/** i18next set up the way the widget used it before: the manifest's fallbacks, then English; no escaping. */
async function reference(): Promise<i18n> {
  const instance = createInstance();
  const fallbackLng: Record<string, string[]> = { default: ['en-GB'] };
  for (const entry of localeManifest) if (entry.fallback?.length) fallbackLng[entry.code] = [...entry.fallback, 'en-GB'];
  await instance.init({
    lng: 'en-GB',
    fallbackLng,
    resources: Object.fromEntries(localeManifest.map(({ code }) => [code, { ui: ui(code), content: content(code) }])),
    ns: ['ui', 'content'],
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** A plural key's base (`signs.count_one` → `signs.count`), or the key itself. */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const VALUES = {
  number: '999', address: 'help@example.org', name: 'Example', periods: 'Mon–Fri', days: 'Mon',
  opens: '09:00', closes: '17:00', from: 'Mon', to: 'Fri', languages: 'Polski', date: '28 Nov 2026',
};
const COUNTS = [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100, 101, 102, 1000000, 1.5];

describe('the widget\'s text lookups give what i18next gives', async () => {
  const i18next = await reference();
  const english = { ui: keysOf(ui('en-GB')).map(baseKey), content: keysOf(content('en-GB')).map(baseKey) };

  for (const { code } of localeManifest) {
    it(`${code}: every key, plural count and placeholder`, async () => {
      await loadPacks(code, ALL_PACKS);
      const t = new TextLookup(code);
      let compared = 0;
      for (const ns of ['ui', 'content'] as const) {
        const keys = new Set([...english[ns], ...keysOf(ns === 'ui' ? ui(code) : content(code)).map(baseKey)]);
        for (const key of keys) {
          const ours = (values?: Record<string, unknown>) => (ns === 'ui' ? t.ui(key, values) : t.content(key, values));
          const theirs = (values?: Record<string, unknown>) => i18next.t(key, { ...values, lng: code, ns }) as string;
          assert.equal(ours(), theirs(), `${code} ${ns}:${key} without values`);
          assert.equal(ours(VALUES), theirs(VALUES), `${code} ${ns}:${key}`);
          for (const count of COUNTS) assert.equal(ours({ ...VALUES, count }), theirs({ ...VALUES, count }), `${code} ${ns}:${key} count=${count}`);
          compared += 2 + COUNTS.length;
        }
      }
      // Every key of every language is compared; this only guards against comparing nothing (76 signs since issue 11).
      assert.ok(compared > 300 * (2 + COUNTS.length), `compared ${compared}`);
      // A key nobody wrote shows as itself in both.
      assert.equal(t.ui('no.such.key'), i18next.t('no.such.key', { lng: code, ns: 'ui' }));
      assert.equal(t.ui('no.such.key'), 'no.such.key');
    });
  }

  it('a missing key falls back along the same chain of locales as i18next (fa-AF → fa → English)', () => {
    const shipped = new Set(localeManifest.map((entry) => entry.code));
    for (const { code } of localeManifest) {
      const theirs = i18next.services.languageUtils.toResolveHierarchy(code).filter((tag: string) => shipped.has(tag));
      assert.deepEqual(fallbackChain(code), theirs, code);
    }
    assert.deepEqual(fallbackChain('fa-AF'), ['fa-AF', 'fa', 'en-GB']);
  });

  it('overrides apply to their own language only, plural forms included', async () => {
    await loadPacks('lt', ALL_PACKS);
    const t = new TextLookup('lt', { lt: { 'signs.count_one': 'Vienas ženklas ({{count}})', 'whatToDo.heading': 'Ką daryti dabar' }, 'en-GB': { 'whatToDo.heading': 'EN only' } });
    assert.equal(t.ui('whatToDo.heading'), 'Ką daryti dabar');
    assert.equal(t.ui('signs.count', { count: 1 }), 'Vienas ženklas (1)');
    assert.equal(t.ui('signs.count', { count: 5 }), i18next.t('signs.count', { lng: 'lt', ns: 'ui', count: 5 }));
    assert.equal(t.english('whatToDo.heading'), i18next.t('whatToDo.heading', { lng: 'en-GB', ns: 'ui' }));
  });
});
