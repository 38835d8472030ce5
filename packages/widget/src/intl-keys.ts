/**
 * Keys of the lists in a language's IntlTable: the build writes them (scripts/intl-table.ts) and the widget
 * reads them (format.ts). No imports, so the build can use this before anything is compiled.
 */
export const dayListKey = (daysInWeekOrder: readonly string[]) => `days:${daysInWeekOrder.join(',')}`;
export const languageListKey = (codes: readonly string[]) => `languages:${codes.join(',')}`;
