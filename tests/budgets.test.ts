/**
 * Weight budgets of the CDN build, which every reader of every partner page pays. Bytes are deterministic,
 * so they are checked here; times vary with the machine and are reported by `npm run bench` instead.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { lazyLocaleChunks } from './lazy-chunks.js';

const KB = 1000;
/** The entry a partner's page loads: the element, its runtime, and English for the default view. */
const ENTRY_BUDGET = 35 * KB;
/** Each module of a language's text that a reader may download after the entry. */
const LOCALE_MODULE_BUDGET = 8 * KB;

const cdn = fileURLToPath(new URL('../packages/widget/dist/cdn/', import.meta.url));
const brotli = (file: string) =>
  brotliCompressSync(readFileSync(join(cdn, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('weight budgets of the CDN build (brotli, quality 11)', () => {
  const entry = readFileSync(join(cdn, 'spot-the-signs.js'), 'utf8');
  const english = JSON.parse(readFileSync(new URL('../packages/widget/locales/en-GB/ui.json', import.meta.url), 'utf8'));

  it(`the entry, with English, is at most ${ENTRY_BUDGET / KB} KB`, () => {
    // The budget holds only if English really is in the entry: the first render must not wait for it.
    assert.ok(entry.includes(english.heading), 'the English UI text is not in the entry');
    assert.match(entry, /Injuries with no clear explanation/, 'the English text of the signs seen anywhere is not in the entry');
    const bytes = brotli('spot-the-signs.js');
    assert.ok(bytes <= ENTRY_BUDGET, `spot-the-signs.js is ${bytes} bytes brotli, over the budget of ${ENTRY_BUDGET}`);
  });

  it(`every locale module is at most ${LOCALE_MODULE_BUDGET / KB} KB`, () => {
    const modules = readdirSync(cdn).filter((file) => file.startsWith('locale-'));
    assert.deepEqual(modules.sort(), lazyLocaleChunks(), 'each text pack of each locale, less English\'s in the entry');
    const over = modules.map((file) => ({ file, bytes: brotli(file) })).filter(({ bytes }) => bytes > LOCALE_MODULE_BUDGET);
    assert.deepEqual(over, [], `over ${LOCALE_MODULE_BUDGET} bytes brotli`);
  });

  it(`the guide's lazy module is at most ${LOCALE_MODULE_BUDGET / KB} KB, and not in the entry`, () => {
    const bytes = brotli('guide.js');
    assert.ok(bytes <= LOCALE_MODULE_BUDGET, `guide.js is ${bytes} bytes brotli, over ${LOCALE_MODULE_BUDGET}`);
    // Core's decision travels with the guide: its list of situations (an array; the English text is keyed by
    // them too) is in guide.js only.
    assert.match(readFileSync(join(cdn, 'guide.js'), 'utf8'), /\["danger-now",/);
    assert.doesNotMatch(entry, /\["danger-now",/, 'the guide\'s code is in the entry');
  });

    it('carries neither a validation library nor a translation library: partner input is checked by small, tested code', () => {
    assert.doesNotMatch(entry, /_zod|\$ZodType/);
    assert.doesNotMatch(entry, /i18next/i);
  });
});
