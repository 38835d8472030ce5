import publishedData from '../data/published-ids.json' with { type: 'json' };
import { indicators as allIndicators } from './data.js';
import type { Indicator } from './schema/indicator.js';
import type { PublishedIds, RetiredId } from './schema/published-ids.js';

const retiredIndicators: ReadonlyMap<string, RetiredId> = new Map(
  (publishedData as PublishedIds).retired.filter((entry) => entry.kind === 'indicator').map((entry) => [entry.id, entry]),
);

/**
 * The current id of an indicator, for readers who stored an id some time ago: the id itself while it is
 * published, the id that replaced it when it was retired (following a chain of replacements), or `undefined`
 * when there is no such indicator or it was retired without a replacement. For example,
 * `resolveIndicatorId('home-someone-else-holds-ids')` is `'identity-documents-held-by-someone-else'`.
 */
export function resolveIndicatorId(
  id: string,
  from: readonly Pick<Indicator, 'id'>[] = allIndicators,
  retired: ReadonlyMap<string, Pick<RetiredId, 'replacedBy'>> = retiredIndicators,
): string | undefined {
  const current = new Set(from.map((indicator) => indicator.id));
  const seen = new Set<string>();
  let candidate: string | undefined = id;
  while (candidate !== undefined && !seen.has(candidate)) {
    if (current.has(candidate)) return candidate;
    seen.add(candidate);
    candidate = retired.get(candidate)?.replacedBy;
  }
  // Unknown, retired without a replacement, or a chain that loops (the data tests forbid that).
  return undefined;
}

/** Every retired indicator id and what replaced it, as published in `data/published-ids.json`. */
export function retiredIndicatorIds(): RetiredId[] {
  return [...retiredIndicators.values()];
}
