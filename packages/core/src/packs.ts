import { indicators as allIndicators } from './data.js';
import { selectIndicators } from './select.js';
import type { Indicator } from './schema/indicator.js';
import type { WidgetSetting } from './schema/vocabulary.js';

/**
 * Indicator text ships in packs, so that a reader downloads the signs for the place they are looking at
 * rather than all of them: `anywhere` holds the signs that can be seen anywhere, `home` the signs in and
 * around a home (the setting of councils' HMO pages), and `places` those of workplaces, the street and online.
 */
export const CONTENT_PACKS = ['anywhere', 'home', 'places'] as const;
export type ContentPack = (typeof CONTENT_PACKS)[number];

/** The one pack that holds an indicator's text. */
export function packOf(indicator: Pick<Indicator, 'settings'>): ContentPack {
  if (indicator.settings.includes('any')) return 'anywhere';
  if (indicator.settings.includes('home')) return 'home';
  return 'places';
}

/**
 * The packs a setting's signs need, in the order of {@link CONTENT_PACKS} (`anywhere` always: every setting
 * shows the signs seen anywhere). Every audience and view of a setting shows a subset of its signs, so these
 * packs serve them all.
 */
export function packsForSetting(setting: WidgetSetting, from: readonly Indicator[] = allIndicators): ContentPack[] {
  const needed = new Set<ContentPack>(['anywhere']);
  for (const indicator of selectIndicators({ setting }, from)) needed.add(packOf(indicator));
  return CONTENT_PACKS.filter((pack) => needed.has(pack));
}
