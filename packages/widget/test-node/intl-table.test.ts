/**
 * The Intl words of our channel data are formatted at build time (scripts/intl-table.ts) and shipped in each
 * language's base pack. Every word the widget may look up must be there, in every language, or a reader would
 * see `09:00` or `2026-11-28` in place of their own language's form.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localeManifest, WEEKDAYS } from '@spot-the-signs/core';
import help from '../generated/data/help.js';
import { TEXT_PACK_LOADERS, ENGLISH_IN_ENTRY } from '../generated/locales/index.js';
import { dayListKey, languageListKey } from '../src/intl-keys.js';
import type { IntlTable } from '../src/i18n/text-pack.js';
import { welshAnd } from '../scripts/intl-table.js';

async function tableOf(code: string): Promise<IntlTable | undefined> {
  const pack = code === 'en-GB' ? ENGLISH_IN_ENTRY.base : (await TEXT_PACK_LOADERS[code]!.base!()).default;
  return pack?.intl;
}

describe('the Intl words shipped with each language', () => {
  for (const { code } of localeManifest) {
    it(`${code}: every weekday, time, date and list the channel data needs`, async () => {
      const table = await tableOf(code);
      assert.ok(table, 'no intl table in the base pack');
      assert.equal(table.weekdays.length, WEEKDAYS.length);
      for (const name of table.weekdays) assert.ok(name.trim().length > 1, `weekday "${name}"`);
      for (const channel of help.channels) {
        assert.ok(table.dates[channel.checkedAt], `${channel.id}: date ${channel.checkedAt}`);
        assert.doesNotMatch(table.dates[channel.checkedAt]!, /^\d{4}-\d{2}-\d{2}$/);
        for (const period of channel.hours?.value.periods ?? []) {
          for (const time of [period.opens, period.closes]) assert.ok(table.times[time], `${channel.id}: time ${time}`);
          const days = [...period.days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
          assert.ok(table.lists[dayListKey(days)], `${channel.id}: days ${days.join(',')}`);
        }
        const spoken = channel.languages?.value.spoken;
        if (spoken?.length) assert.ok(table.lists[languageListKey(spoken)], `${channel.id}: languages ${spoken.join(',')}`);
      }
    });
  }

  it('is written in each language, with Node\'s full ICU (Welsh months, which Chromium lacks)', async () => {
    assert.equal((await tableOf('en-GB'))?.weekdays[0], 'Monday');
    const welshDates = Object.values((await tableOf('cy'))?.dates ?? {});
    assert.ok(welshDates.length > 0);
    for (const date of welshDates) assert.match(date, /^\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}$/);
    assert.equal((await tableOf('lt'))?.weekdays[0], 'pirmadienis');
  });

  it('Welsh lists say "a" or "ac", never CLDR\'s "a(c)", with the aspirate mutation after "a"', async () => {
    assert.equal(welshAnd('Dydd Sadwrn a(c) Dydd Sul'), 'Dydd Sadwrn a Dydd Sul');
    assert.equal(welshAnd('Saesneg a(c) Arabeg'), 'Saesneg ac Arabeg');
    assert.equal(welshAnd('Saesneg, Cymraeg a(c) Pwyleg'), 'Saesneg, Cymraeg a Phwyleg');
    assert.equal(welshAnd('Saesneg a(c) Tsieinëeg'), 'Saesneg a Tsieinëeg');
    assert.equal(welshAnd('Saesneg a(c) Tigrinya'), 'Saesneg a Thigrinya');
    const table = await tableOf('cy');
    for (const list of Object.values(table!.lists)) assert.doesNotMatch(list, /a\(c\)/, list);
  });
});
