import { indicators as allIndicators } from './data.js';
import type { Indicator } from './schema/indicator.js';
import { EXPLOITATION_PARENT, INDICATOR_CATEGORIES } from './schema/vocabulary.js';
import type {
  Audience,
  ExploitationType,
  IndicatorCategory,
  Setting,
  Subject,
  WidgetSetting,
} from './schema/vocabulary.js';

export interface IndicatorFilter {
  /**
   * Where the reader is looking. Signs marked `any` are included too unless `onlySpecific` is set;
   * `general` (the widget's default) means only the signs that can be seen anywhere.
   */
  setting?: Setting | WidgetSetting;
  /** Leave out the signs that can be seen anywhere. */
  onlySpecific?: boolean;
  audience?: Audience;
  /** `criminal` also matches its narrower forms (county lines, cannabis cultivation). */
  exploitationType?: ExploitationType;
  category?: IndicatorCategory;
  subject?: Subject;
}

/** The fields selection reads: an embed may carry indicators with only these (and the ones it shows). */
export type SelectableIndicator = Pick<Indicator, 'category' | 'settings' | 'audiences' | 'exploitationTypes' | 'subjects'>;

function matchesExploitation(indicator: SelectableIndicator, wanted: ExploitationType): boolean {
  return indicator.exploitationTypes.some(
    (type) => type === wanted || (EXPLOITATION_PARENT as Record<string, string>)[type] === wanted,
  );
}

function matchesSetting(indicator: SelectableIndicator, wanted: Setting | WidgetSetting, onlySpecific: boolean): boolean {
  if (wanted === 'general' || wanted === 'any') return indicator.settings.includes('any');
  if (indicator.settings.includes(wanted)) return true;
  return !onlySpecific && indicator.settings.includes('any');
}

/** Indicators that match every given filter, in data order. */
export function selectIndicators(filter: IndicatorFilter = {}, from: readonly Indicator[] = allIndicators): Indicator[] {
  return filterIndicators(from, filter);
}

/**
 * {@link selectIndicators} over a given list, such as the packs of indicators an embed has loaded. It reads
 * no data of its own, so a bundle that uses only this carries none.
 */
export function filterIndicators<T extends SelectableIndicator>(from: readonly T[], filter: IndicatorFilter = {}): T[] {
  return from.filter(
    (indicator) =>
      (filter.setting === undefined || matchesSetting(indicator, filter.setting, filter.onlySpecific ?? false)) &&
      (filter.audience === undefined || indicator.audiences.includes(filter.audience)) &&
      (filter.exploitationType === undefined || matchesExploitation(indicator, filter.exploitationType)) &&
      (filter.category === undefined || indicator.category === filter.category) &&
      (filter.subject === undefined || indicator.subjects.includes(filter.subject)),
  );
}

/** Indicators grouped by Home Office category, in the order physical, psychological, situational, environmental. */
export function groupByCategory<T extends Pick<Indicator, 'category'>>(list: readonly T[]): { category: IndicatorCategory; indicators: T[] }[] {
  return INDICATOR_CATEGORIES.map((category) => ({
    category,
    indicators: list.filter((indicator) => indicator.category === category),
  })).filter((group) => group.indicators.length > 0);
}
