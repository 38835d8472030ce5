import keySignData from '../data/key-signs.json' with { type: 'json' };
import { indicators as allIndicators } from './data.js';
import { filterIndicators } from './select.js';
import type { SelectableIndicator } from './select.js';
import { signFilterFor } from './situation.js';
import type { SituationConfig } from './situation.js';
import { KEY_SIGNS_MAX } from './schema/vocabulary.js';
import type { KeySignList } from './schema/key-signs.js';
import type { Indicator } from './schema/indicator.js';

/** Every list of headline signs, with the evidence for each choice. */
export const keySignLists = keySignData as readonly KeySignList[];

/** What choosing headline signs reads of a list: an embed carries only this. */
export type KeySignChoice = Pick<KeySignList, 'settings' | 'view'> & { signs: readonly string[] };

type ViewConfig = Pick<SituationConfig, 'setting' | 'audience' | 'view'>;

/** The first list that matches the view: the data orders the lists most specific first. */
export function keySignListFor<T extends Pick<KeySignList, 'settings' | 'view'>>(config: ViewConfig, lists: readonly T[]): T | undefined {
  return lists.find((list) => (list.view === undefined || list.view === config.view) && (list.settings?.includes(config.setting) ?? true));
}

/**
 * The ids of a view's headline signs among the signs it shows (`shownIds`), best first, at most
 * {@link KEY_SIGNS_MAX}. It reads no data of its own, so an embed that carries its lists as ids uses this.
 */
export function keySignsAmong(config: ViewConfig, lists: readonly KeySignChoice[], shownIds: Iterable<string>): string[] {
  const shown = new Set(shownIds);
  const list = keySignListFor(config, lists);
  return (list?.signs ?? []).filter((id) => shown.has(id)).slice(0, KEY_SIGNS_MAX);
}

/** The lists without their evidence, as an embed carries them. */
export function keySignChoices(lists: readonly KeySignList[] = keySignLists): KeySignChoice[] {
  return lists.map(({ settings, view, signs }) => ({
    ...(settings ? { settings } : {}),
    ...(view ? { view } : {}),
    signs: signs.map((sign) => sign.indicator),
  }));
}

/**
 * The headline signs a configuration opens with: 5 to 7 of the signs its view shows (see
 * {@link signFilterFor}), chosen from the campaign's five signs and the Home Office's public signs, best first.
 */
export function keySignsFor<T extends SelectableIndicator & Pick<Indicator, 'id'>>(
  config: ViewConfig,
  from: readonly T[] = allIndicators as unknown as readonly T[],
): string[] {
  const shown = filterIndicators(from, signFilterFor(config)).map((indicator) => indicator.id);
  return keySignsAmong(config, keySignChoices(), shown);
}
