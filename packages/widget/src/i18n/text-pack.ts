import type { SignSet } from '@spot-the-signs/core';

/** Nested text, as translators write it: `{"signs": {"heading": "…"}}` is the key `signs.heading`. */
export interface TextTree {
  [key: string]: string | TextTree;
}

/**
 * One module of one locale's text: `base` holds the widget's UI and the text of channels, support and
 * notes; each of core's sign sets holds the indicator text of its settings.
 */
export interface TextPackContent {
  ui?: TextTree;
  content: TextTree;
  /** In the base pack: the Intl-formatted words of our channel data (see src/format.ts). */
  intl?: IntlTable;
}

/** Weekday names (Monday first), times by `HH:MM`, dates by `YYYY-MM-DD`, and lists by key (see src/format.ts). */
export interface IntlTable {
  weekdays: string[];
  times: Record<string, string>;
  dates: Record<string, string>;
  lists: Record<string, string>;
}

export type TextPack = 'base' | SignSet;

export type TextPackLoader = () => Promise<{ default: TextPackContent }>;

/** How to load each pack of a locale. English's `base` and `anywhere` packs are in the entry, so they have no loader. */
export type TextPackLoaders = Partial<Record<TextPack, TextPackLoader>>;
