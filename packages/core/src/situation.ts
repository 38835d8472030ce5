import type { Situation } from './route.js';
import type { IndicatorFilter } from './select.js';
import { WORKPLACE_AUDIENCES, WORKPLACE_SETTINGS } from './schema/vocabulary.js';
import type { Audience, Jurisdiction, View, WidgetSetting } from './schema/vocabulary.js';

/** The fields of a widget configuration that describe the reader's situation. */
export interface SituationConfig {
  jurisdiction: Jurisdiction;
  setting: WidgetSetting;
  audience: Audience;
  view: View;
}

const workplaceSettings: ReadonlySet<string> = new Set(WORKPLACE_SETTINGS);
const workplaceAudiences: ReadonlySet<string> = new Set(WORKPLACE_AUDIENCES);

/**
 * The situation a configuration implies, for {@link routeAmong}. A workplace setting
 * ({@link WORKPLACE_SETTINGS}), or a reader who works or employs people there ({@link WORKPLACE_AUDIENCES}),
 * means exploitation at work: the labour regulator joins the route. `view="me"` means the reader asks for
 * themself: support comes before reporting. Danger now, a child involved and wanting to stay anonymous are
 * the reader's answers, not a partner's setup, so a configuration never implies them.
 */
export function situationFor(config: SituationConfig): Situation {
  return {
    jurisdiction: config.jurisdiction,
    workerExploitation: workplaceSettings.has(config.setting) || workplaceAudiences.has(config.audience),
    forSelf: config.view === 'me',
  };
}

/**
 * The signs a configuration shows, as a filter for {@link filterIndicators}: the setting's signs, for the
 * configured audience. A reader asking about themself (`view="me"`) sees the signs they could recognise in
 * their own life, the worker's, whatever the audience; `public` is everyone, so it narrows nothing.
 */
export function signFilterFor(config: Pick<SituationConfig, 'setting' | 'audience' | 'view'>): IndicatorFilter {
  if (config.view === 'me') return { setting: config.setting, audience: 'worker' };
  if (config.audience === 'public') return { setting: config.setting };
  return { setting: config.setting, audience: config.audience };
}
