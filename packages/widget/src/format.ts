import type { OpeningHours, Weekday } from '@spot-the-signs/core';
import { SOURCE_LOCALE, WEEKDAYS } from '@spot-the-signs/core';
import type { TextLookup } from './i18n/text-lookup.js';
import { dayListKey, languageListKey } from './intl-keys.js';
import { own } from './own.js';

/*
 * Weekday names, times, dates and lists of our channels are formatted once, at build time, with Node's full
 * ICU (scripts/intl-table.ts), and ship in each language's base pack: every browser then shows the same,
 * complete text (Chromium's ICU lacks Welsh month names), and no reader pays the ~20 ms that creating the
 * first Intl date formatter costs a phone. Here they are only looked up and put into sentences.
 */

const sortDays = (days: readonly Weekday[]): Weekday[] => [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));

/** Three or more consecutive days read as a range ("Monday to Friday"); other sets as a list. */
function isDayRange(sorted: readonly Weekday[]): boolean {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return sorted.length > 2 && first !== undefined && last !== undefined && WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === sorted.length - 1;
}


function dayList(days: readonly Weekday[], t: TextLookup): string {
  const sorted = sortDays(days);
  const { weekdays, lists } = t.intl();
  const name = (day: Weekday) => weekdays[WEEKDAYS.indexOf(day)] ?? day;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && last && isDayRange(sorted)) return t.ui('channel.dayRange', { from: name(first), to: name(last) });
  return lists[dayListKey(sorted)] ?? sorted.map(name).join(', ');
}

/** Opening hours in the reader's language. */
export function formatHours(hours: OpeningHours, t: TextLookup): string {
  if (hours.alwaysOpen) return t.ui('channel.alwaysOpen');
  const { times } = t.intl();
  const periods = (hours.periods ?? []).map((period) =>
    t.ui('channel.period', {
      days: dayList(period.days, t),
      opens: times[period.opens] ?? period.opens,
      closes: times[period.closes] ?? period.closes,
    }),
  );
  // Each period already holds commas ("Monday to Friday, 08:00 to 22:00"), so a list format would blur them.
  return t.ui('channel.opening', { periods: periods.join('; ') });
}

/** A date our data holds (`YYYY-MM-DD`), written in the reader's language. */
export function formatDate(isoDate: string, t: TextLookup): string {
  return t.intl().dates[isoDate] ?? isoDate;
}

/** The languages a channel's staff speak, named and listed in the reader's language. */
export function languageNames(codes: readonly string[], t: TextLookup): string {
  return t.intl().lists[languageListKey(codes)] ?? codes.join(', ');
}

/** Partner text given once, or per language with English as the fallback. */
export function partnerTextFor(text: string | Record<string, string> | undefined, language: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const primary = language.split('-')[0] ?? language;
  return own(text, language) ?? own(text, primary) ?? own(text, SOURCE_LOCALE) ?? own(text, 'en') ?? Object.values(text)[0];
}
