/**
 * The Intl-formatted words of our channel data, for one language: weekday names, opening times, the dates
 * details were checked, and lists (of days, of languages). Made at build time with Node's full ICU; the
 * widget only looks them up (see src/format.ts for why).
 */
import { WEEKDAYS } from '../../core/src/index.js';
import type { EmbedChannel } from '../src/data/embed.js';
import { dayListKey, languageListKey } from '../src/intl-keys.js';
import type { IntlTable } from '../src/i18n/text-pack.js';

// 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names.
const MONDAY = Date.UTC(2024, 0, 1);

/**
 * CLDR's Welsh list pattern writes "and" as "a(c)", leaving the choice to the reader. Welsh uses "ac" before a
 * vowel and "a" before a consonant, and after "a" the consonants c, p and t take the aspirate mutation (ch, ph,
 * th: "a Phwyleg"). The choice is made here, once, for each word that follows.
 */
export function welshAnd(list: string): string {
  return list.replace(/\ba\(c\) (\S)(\S?)/gu, (_, first: string, second: string) => {
    if (/[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]/iu.test(first)) return `ac ${first}${second}`;
    if (/[cpt]/iu.test(first) && !/[hs]/iu.test(second)) return `a ${first}h${second}`;
    return `a ${first}${second}`;
  });
}

export function intlTable(language: string, channels: readonly EmbedChannel[]): IntlTable {
  const dateTime = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  const weekday = dateTime({ weekday: 'long' });
  const time = dateTime({ hour: 'numeric', minute: '2-digit' });
  const date = dateTime({ dateStyle: 'long' });
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
  const conjunction = { format: (items: string[]) => (language === 'cy' ? welshAnd(listFormat.format(items)) : listFormat.format(items)) };
  const languageName = new Intl.DisplayNames([language], { type: 'language' });

  const weekdays = WEEKDAYS.map((_, index) => weekday.format(new Date(MONDAY + index * 86_400_000)));
  const table: IntlTable = { weekdays, times: {}, dates: {}, lists: {} };
  for (const channel of channels) {
    table.dates[channel.checkedAt] = date.format(new Date(`${channel.checkedAt}T00:00:00Z`));
    for (const period of channel.hours?.value.periods ?? []) {
      for (const hhmm of [period.opens, period.closes]) {
        const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
        table.times[hhmm] = time.format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
      }
      // Every set of days is listed; the widget reads the list only for sets that are not a range.
      const days = [...period.days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
      table.lists[dayListKey(days)] = conjunction.format(days.map((day) => weekdays[WEEKDAYS.indexOf(day)]!));
    }
    const spoken = channel.languages?.value.spoken;
    if (spoken?.length) table.lists[languageListKey(spoken)] = conjunction.format(spoken.map((code) => languageName.of(code) ?? code));
  }
  return table;
}
