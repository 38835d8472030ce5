import indicatorData from '../data/indicators.json' with { type: 'json' };
import channelData from '../data/channels.json' with { type: 'json' };
import supportData from '../data/support.json' with { type: 'json' };
import sourceData from '../data/sources.json' with { type: 'json' };
import localeData from '../data/locales.json' with { type: 'json' };
import type { Indicator } from './schema/indicator.js';
import type { Channel } from './schema/channel.js';
import type { SupportItem } from './schema/support.js';
import type { Source } from './schema/source.js';
import type { LocaleManifestEntry } from './schema/locale.js';

// The data files are validated against the schemas by the test run and the build (see
// scripts/validate-data.ts), so the embed does not need to carry a validator for them.

/** Every published indicator. Text for each is under `indicators.<id>` in the locale files. */
export const indicators = indicatorData as readonly Indicator[];
/** Every reporting and support channel, with its sources and the date it was last checked. */
export const channels = channelData as readonly Channel[];
/** What support exists and what rights a victim has, with sources. */
export const supportItems = supportData as readonly SupportItem[];
/** Every source the data cites. */
export const sources = sourceData as readonly Source[];
/** The languages shipped, with their direction and review status. */
export const localeManifest = localeData as readonly LocaleManifestEntry[];

/** Anything that rests on evidence: an indicator or support item (`evidence`), or a channel (evidence per claim). */
type Evidenced = { evidence: readonly { source: string }[] } | Channel;

/** The ids of the sources an item's evidence cites, each once, in order of first citation. */
export function citedSourceIds(item: Evidenced): string[] {
  const lists = hasEvidence(item) ? [item.evidence] : Object.values(item as object).filter(hasEvidence).map((claim) => claim.evidence);
  return [...new Set(lists.flat().map((evidence) => evidence.source))];
}

function hasEvidence(value: unknown): value is { evidence: readonly { source: string }[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { evidence?: unknown }).evidence);
}

/** The full source records an indicator, channel or support item cites. */
export function sourcesOf(item: Evidenced, from: readonly Source[] = sources): Source[] {
  return citedSourceIds(item)
    .map((id) => from.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
}
