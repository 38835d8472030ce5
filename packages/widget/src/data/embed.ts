import type { Channel, KeySignChoice, SignSet, Indicator, LocaleManifestEntry, SelectableIndicator, Source, SupportItem } from '@spot-the-signs/core';

/**
 * What the embed keeps of core's data: only the fields the widget reads, so that readers do not download
 * the rest (ILO and Palermo mapping, licences, review notes). The types hold the widget to these fields.
 */
export type EmbedIndicator = SelectableIndicator & Pick<Indicator, 'id'> & {
  /** Ids of the sources the sign cites (their evidence stays in core and the open data). */
  sources: string[];
  /** The indicator's place in core's data, so that packs loaded in any order still list signs in data order. */
  order: number;
};

export type EmbedSource = Pick<Source, 'id' | 'publisher' | 'title' | 'url'>;

export type EmbedLocale = Pick<LocaleManifestEntry, 'code' | 'name' | 'script' | 'dir' | 'fallback' | 'aliases'> & {
  review: Pick<LocaleManifestEntry['review'], 'status'>;
};

/** One sign set: its indicators and the sources they cite. */
export interface SignData {
  indicators: EmbedIndicator[];
  sources: EmbedSource[];
}

export type SignDataLoaders = Partial<Record<SignSet, () => Promise<{ default: SignData }>>>;

/** The claims of a channel: the fields whose values rest on evidence. */
type ClaimField = Exclude<keyof Channel, 'id' | 'jurisdictions' | 'kind' | 'name' | 'purpose' | 'unconfirmed'>;

/**
 * A channel as the widget reads it: each claim's value without its evidence text (the open data and
 * core carry that), and the date the card shows: the oldest `checkedAt` among the claims the card shows,
 * so that "confirmed as of" is true of every line on it.
 */
export type EmbedChannel = Pick<Channel, 'id' | 'jurisdictions' | 'kind' | 'name'> & {
  [K in Exclude<ClaimField, 'for'>]?: ValueOf<NonNullable<Channel[K]>>;
} & {
  for: ValueOf<Channel['for']>;
  checkedAt: string;
};

type ValueOf<C> = C extends { value: infer V } ? { value: V } : never;

/** A support item as the widget reads it: what it is and where it applies (its text is in the locale packs). */
export type EmbedSupportItem = Pick<SupportItem, 'id' | 'kind' | 'jurisdictions'>;

/** Channels and support: small, in the entry, because every view shows the emergency number. */
export interface HelpData {
  channels: EmbedChannel[];
  support: EmbedSupportItem[];
  /** Each view's headline signs, best first (core's `keySignChoices`): small, and every view opens with them. */
  keySigns: KeySignChoice[];
}
