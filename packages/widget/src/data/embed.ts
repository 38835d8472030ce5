import type { ContentPack, Indicator, LocaleManifestEntry, SelectableIndicator, Source } from '@spot-the-signs/core';

/**
 * What the embed keeps of core's data: only the fields the widget reads, so that readers do not download
 * the rest (ILO and Palermo mapping, licences, review notes). The types hold the widget to these fields.
 */
export type EmbedIndicator = SelectableIndicator & Pick<Indicator, 'id' | 'sources'> & {
  /** The indicator's place in core's data, so that packs loaded in any order still list signs in data order. */
  order: number;
};

export type EmbedSource = Pick<Source, 'id' | 'publisher' | 'title' | 'url'>;

export type EmbedLocale = Pick<LocaleManifestEntry, 'code' | 'name' | 'script' | 'dir' | 'fallback' | 'aliases'> & {
  review: Pick<LocaleManifestEntry['review'], 'status'>;
};

/** One pack of signs: its indicators and the sources they cite. */
export interface SignData {
  indicators: EmbedIndicator[];
  sources: EmbedSource[];
}

export type SignDataLoaders = Partial<Record<ContentPack, () => Promise<{ default: SignData }>>>;
