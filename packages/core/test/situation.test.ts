/**
 * What a configuration implies for routing and for the signs shown, over every jurisdiction, setting,
 * audience and view. The expectations come from rules stated here, not from src/situation.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { channels, jurisdictionChain, routeChannels, selectIndicators, signFilterFor, situationFor } from '../src/index.js';
import type { Jurisdiction, SituationConfig } from '../src/index.js';
import { AUDIENCES, JURISDICTIONS, VIEWS, WIDGET_SETTINGS } from '../src/schema/vocabulary.js';
import type { WidgetSetting } from '../src/schema/vocabulary.js';

/**
 * The rule: a setting is a workplace when people are employed there to do the work the signs are about.
 * A new setting fails the test below until it is placed here, with its reason.
 */
const IS_WORKPLACE: Record<WidgetSetting, [boolean, string]> = {
  general: [false, 'no place in particular'],
  home: [false, 'a private home or HMO: many kinds of exploitation, not mainly work'],
  street: [false, 'a public place'],
  online: [false, 'not a place of work'],
  'car-wash': [true, 'hand car washes employ the people the signs are about'],
  'nail-bar': [true, 'nail bars employ them'],
  agriculture: [true, 'farms and packhouses employ them'],
  'food-processing': [true, 'food factories employ them'],
  construction: [true, 'building sites employ them'],
  hospitality: [true, 'hotels and restaurants employ them'],
  care: [true, 'care homes and home care employ them'],
};
/** Readers who see a workplace from the inside. */
const INSIDE_A_WORKPLACE = new Set(['worker', 'employer']);

/** Whether any labour regulator answers for a jurisdiction or a wider one, read from the channel data. */
const hasRegulator = (jurisdiction: Jurisdiction) =>
  channels.some((channel) => channel.kind === 'regulator' && channel.jurisdictions.some((j) => jurisdictionChain(jurisdiction).includes(j)));
const hasChildChannel = (jurisdiction: Jurisdiction) =>
  channels.some((channel) => channel.kind === 'child' && channel.jurisdictions.some((j) => jurisdictionChain(jurisdiction).includes(j)));
/** The rule: a sign is about children when children are its only subject (child exploitation, not adults'). */
const isAboutChildren = (sign: { subjects: readonly string[] }) => sign.subjects.length > 0 && sign.subjects.every((subject) => subject === 'child');
const hasSupport = (jurisdiction: Jurisdiction) =>
  channels.some((channel) => channel.kind === 'victim-support' && channel.jurisdictions.some((j) => jurisdictionChain(jurisdiction).includes(j)));

function* everyConfig(): Generator<SituationConfig> {
  for (const jurisdiction of JURISDICTIONS)
    for (const setting of WIDGET_SETTINGS)
      for (const audience of AUDIENCES) for (const view of VIEWS) yield { jurisdiction, setting, audience, view };
}
const name = (config: SituationConfig) => `${config.jurisdiction} / ${config.setting} / ${config.audience} / ${config.view}`;

describe('situationFor', () => {
  it('every setting is classed as a workplace or not, with a reason', () => {
    const unclassed = WIDGET_SETTINGS.filter((setting) => !IS_WORKPLACE[setting]);
    assert.deepEqual(unclassed, [], 'add the setting to IS_WORKPLACE');
  });

  it('keeps the jurisdiction, sets forSelf exactly for view="me", and never assumes danger, a child involved or anonymity', () => {
    for (const config of everyConfig()) {
      const situation = situationFor(config);
      assert.equal(situation.jurisdiction, config.jurisdiction, name(config));
      assert.equal(situation.forSelf, config.view === 'me', name(config));
      assert.ok(!situation.immediateDanger && !situation.childInvolved && !situation.anonymous, name(config));
    }
  });

  it('routes the labour regulator for a workplace, or a worker or employer, wherever one exists, and only then', () => {
    const seen = { with: 0, without: 0 };
    for (const config of everyConfig()) {
      const atWork = IS_WORKPLACE[config.setting][0] || INSIDE_A_WORKPLACE.has(config.audience);
      const expected = atWork && hasRegulator(config.jurisdiction);
      const routed = routeChannels(situationFor(config));
      assert.equal(routed.some((entry) => entry.channel.kind === 'regulator'), expected, name(config));
      seen[expected ? 'with' : 'without'] += 1;
    }
    // Both outcomes occur, so neither half of the rule is checked on nothing.
    assert.ok(seen.with > 0 && seen.without > 0, JSON.stringify(seen));
  });

  it('puts support before reporting for a reader asking about themself, and reporting first otherwise', () => {
    let checked = 0;
    for (const config of everyConfig()) {
      const reasons = routeChannels(situationFor(config)).map((entry) => entry.reason);
      assert.equal(reasons[0], 'immediate-danger', name(config));
      const support = reasons.indexOf('support');
      const report = reasons.indexOf('report');
      if (support < 0 || report < 0) continue;
      assert.equal(support < report, config.view === 'me', name(config));
      checked += 1;
    }
    assert.ok(checked > 0, 'no jurisdiction has both a support and a reporting channel');
    assert.ok(JURISDICTIONS.some(hasSupport));
  });
});

describe('situationFor: signs about children', () => {
  it('there are signs about children, in more than one setting', () => {
    const settings = new Set(selectIndicators().filter(isAboutChildren).flatMap((sign) => sign.settings));
    assert.ok(settings.size > 1, [...settings].join());
  });

  it('marks exactly the views that show a sign about children', () => {
    const seen = { with: 0, without: 0 };
    for (const config of everyConfig()) {
      const shows = selectIndicators(signFilterFor(config)).some(isAboutChildren);
      assert.equal(Boolean(situationFor(config).childSignsShown), shows, name(config));
      seen[shows ? 'with' : 'without'] += 1;
    }
    assert.ok(seen.with > 0 && seen.without > 0, JSON.stringify(seen));
  });

  it('routes a child-protection channel in exactly those views, wherever one serves the jurisdiction, after the general helpline', () => {
    let checked = 0;
    for (const config of everyConfig()) {
      const shows = selectIndicators(signFilterFor(config)).some(isAboutChildren);
      const routed = routeChannels(situationFor(config));
      const kinds = routed.map((entry) => entry.channel.kind);
      assert.equal(kinds.includes('child'), shows && hasChildChannel(config.jurisdiction), name(config));
      // No child is known to be involved: the general helpline keeps its place before the child channels.
      if (kinds.includes('child') && kinds.includes('helpline')) {
        assert.ok(kinds.indexOf('helpline') < kinds.indexOf('child'), name(config));
        checked += 1;
      }
    }
    assert.ok(checked > 0);
  });
});

describe('signFilterFor', () => {
  const selections = () =>
    WIDGET_SETTINGS.flatMap((setting) => AUDIENCES.flatMap((audience) => VIEWS.map((view) => ({ setting, audience, view }))));

  it('shows signs in every setting, audience and view, each seen in that setting', () => {
    for (const config of selections()) {
      const shown = selectIndicators(signFilterFor(config));
      const label = `${config.setting} / ${config.audience} / ${config.view}`;
      assert.ok(shown.length > 0, `${label}: no signs`);
      const place = config.setting === 'general' ? ['any'] : ['any', config.setting];
      assert.ok(shown.every((sign) => sign.settings.some((setting) => place.includes(setting))), label);
    }
  });

  it("about oneself, shows the worker's signs whatever the audience", () => {
    for (const config of selections().filter((c) => c.view === 'me')) {
      const shown = selectIndicators(signFilterFor(config));
      const workers = selectIndicators({ setting: config.setting, audience: 'worker' });
      assert.deepEqual(shown.map((sign) => sign.id), workers.map((sign) => sign.id), `${config.setting} / ${config.audience}`);
    }
  });

  it("about someone else, shows the audience's signs, and every sign of the setting to the public", () => {
    for (const config of selections().filter((c) => c.view === 'someone-else')) {
      const shown = selectIndicators(signFilterFor(config)).map((sign) => sign.id);
      const ofSetting = selectIndicators({ setting: config.setting });
      const expected = ofSetting.filter((sign) => config.audience === 'public' || sign.audiences.includes(config.audience)).map((sign) => sign.id);
      assert.deepEqual(shown, expected, `${config.setting} / ${config.audience}`);
    }
  });
});
