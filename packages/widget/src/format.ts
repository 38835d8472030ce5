import type { OpeningHours, Weekday } from '@spot-the-signs/core';
import { WEEKDAYS } from '@spot-the-signs/core';
import type { Translator } from './i18n/translator.js';

// 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names.
const MONDAY = Date.UTC(2024, 0, 1);

/** Intl formatters are slow to create and safe to share: one per language and kind, for the page's lifetime. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}
const dateTime = (language: string, kind: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date|${kind}|${language}`, () => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }));
const list = (language: string, type: Intl.ListFormatType) =>
  cached(`list|${type}|${language}`, () => new Intl.ListFormat(language, { type }));

function weekdayName(day: Weekday, language: string): string {
  const date = new Date(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000);
  return dateTime(language, 'weekday', { weekday: 'long' }).format(date);
}

function timeOfDay(hhmm: string, language: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  return dateTime(language, 'time', { hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
}

/** Consecutive days as a range ("Monday to Friday"), other sets as a list. */
function dayList(days: readonly Weekday[], language: string, t: Translator): string {
  const sorted = [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const consecutive = WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === sorted.length - 1;
  if (sorted.length > 2 && consecutive) {
    return t.ui('channel.dayRange', { from: weekdayName(first, language), to: weekdayName(last, language) });
  }
  return list(language, 'conjunction').format(sorted.map((d) => weekdayName(d, language)));
}

/** Opening hours in the reader's language, with weekday names and times from Intl. */
export function formatHours(hours: OpeningHours, language: string, t: Translator): string {
  if (hours.alwaysOpen) return t.ui('channel.alwaysOpen');
  const periods = (hours.periods ?? []).map((period) =>
    t.ui('channel.period', {
      days: dayList(period.days, language, t),
      opens: timeOfDay(period.opens, language),
      closes: timeOfDay(period.closes, language),
    }),
  );
  // Each period already holds commas ("Monday to Friday, 08:00 to 22:00"), so a list format would blur them.
  return t.ui('channel.opening', { periods: periods.join('; ') });
}

export function formatDate(isoDate: string, language: string): string {
  return dateTime(language, 'date', { dateStyle: 'long' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function languageNames(codes: readonly string[], language: string): string {
  const names = cached(`names|${language}`, () => new Intl.DisplayNames([language], { type: 'language' }));
  return list(language, 'conjunction').format(codes.map((code) => names.of(code) ?? code));
}

/** Partner text given once, or per language with English as the fallback. */
export function partnerTextFor(text: string | Record<string, string> | undefined, language: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const primary = language.split('-')[0] ?? language;
  return text[language] ?? text[primary] ?? text['en-GB'] ?? text.en ?? Object.values(text)[0];
}
