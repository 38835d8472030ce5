import { indicators as allIndicators } from './data.js';
import { selectIndicators } from './select.js';
import type { Indicator } from './schema/indicator.js';
import type { WidgetSetting } from './schema/vocabulary.js';

/**
 * Signs are delivered in sign sets, so that a reader downloads the signs for the place they are looking at
 * rather than all of them (the widget makes one module of data, and one text pack per language, of each set):
 * `anywhere` holds the signs that can be seen anywhere, `home` the signs in and
 * around a home (the setting of councils' HMO pages), and `places` those of workplaces, the street and online.
 */
export const SIGN_SETS = ['anywhere', 'home', 'places'] as const;
export type SignSet = (typeof SIGN_SETS)[number];

/** The one sign set an indicator belongs to. */
export function signSetOf(indicator: Pick<Indicator, 'settings'>): SignSet {
  if (indicator.settings.includes('any')) return 'anywhere';
  if (indicator.settings.includes('home')) return 'home';
  return 'places';
}

/**
 * The sign sets a setting's signs need, in the order of {@link SIGN_SETS} (`anywhere` always: every setting
 * shows the signs seen anywhere). Every audience and view of a setting shows a subset of its signs, so these
 * sets serve them all.
 */
export function signSetsFor(setting: WidgetSetting, from: readonly Indicator[] = allIndicators): SignSet[] {
  const needed = new Set<SignSet>(['anywhere']);
  for (const indicator of selectIndicators({ setting }, from)) needed.add(signSetOf(indicator));
  return SIGN_SETS.filter((pack) => needed.has(pack));
}
