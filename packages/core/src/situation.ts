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
 * Readers shown signs about children alone (an indicator whose `subjects` is only `child`), in every setting:
 * the signs of child criminal exploitation and county lines (Home Office county lines guidance, Cheshire
 * Police, the safeguarding partnerships in indicators.json), seen anywhere by the public, neighbours and
 * young people reading about themselves (`worker`, also `view="me"`); and children at a hand car wash
 * (Clewer), shown to the public. `public` narrows nothing, so it sees them all. Read from the indicator
 * data: situation.test.ts fails when a sign about children reaches another audience or setting.
 * No setting or audience is about children as such (no school or children's-services setting exists yet).
 */
export const CHILD_SIGN_AUDIENCES = ['public', 'neighbour', 'worker'] as const satisfies readonly Audience[];
const childSignAudiences: ReadonlySet<string> = new Set(CHILD_SIGN_AUDIENCES);

/**
 * The situation a configuration implies, for {@link routeAmong}. A workplace setting
 * ({@link WORKPLACE_SETTINGS}), or a reader who works or employs people there ({@link WORKPLACE_AUDIENCES}),
 * means exploitation at work: the labour regulator joins the route. `view="me"` means the reader asks for
 * themself: support comes before reporting. A view that shows signs about children
 * ({@link CHILD_SIGN_AUDIENCES}) adds the child-protection channels, after the general ones. Danger now, a
 * child known to be involved and wanting to stay anonymous are the reader's answers (the guide asks them),
 * not a partner's setup, so a configuration never implies them.
 */
export function situationFor(config: SituationConfig): Situation {
  const readerAudience = config.view === 'me' ? 'worker' : config.audience;
  return {
    jurisdiction: config.jurisdiction,
    workerExploitation: workplaceSettings.has(config.setting) || workplaceAudiences.has(config.audience),
    forSelf: config.view === 'me',
    childSignsShown: childSignAudiences.has(readerAudience),
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
