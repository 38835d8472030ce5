import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AUDIENCES,
  KEY_SIGNS_MAX,
  KEY_SIGNS_MIN,
  VIEWS,
  WIDGET_SETTINGS,
  indicators,
  keySignListFor,
  keySignListSchema,
  keySignLists,
  keySignsFor,
  selectIndicators,
  signFilterFor,
  sources,
} from '../src/index.js';

const views = WIDGET_SETTINGS.flatMap((setting) => VIEWS.flatMap((view) => AUDIENCES.map((audience) => ({ setting, audience, view }))));
const name = (config: (typeof views)[number]) => `${config.setting} / ${config.audience} / ${config.view}`;

describe('key signs: every setting × audience × view', () => {
  for (const config of views) {
    it(`${name(config)}: 5 to 7 headline signs, all shown in the view, each once, each evidenced`, () => {
      const keys = keySignsFor(config);
      assert.ok(keys.length >= KEY_SIGNS_MIN && keys.length <= KEY_SIGNS_MAX, `${keys.length}: ${keys.join(', ')}`);
      assert.equal(new Set(keys).size, keys.length, 'a headline sign is listed twice');
      const shown = new Set(selectIndicators(signFilterFor(config)).map((indicator) => indicator.id));
      assert.deepEqual(keys.filter((id) => !shown.has(id)), [], 'a headline sign the view does not show');
      const list = keySignListFor(config, keySignLists);
      const evidenced = new Set(list?.signs.filter((sign) => sign.evidence.length > 0).map((sign) => sign.indicator));
      assert.deepEqual(keys.filter((id) => !evidenced.has(id)), [], 'a headline sign without evidence');
    });
  }
});

describe('key signs: the data', () => {
  it('data/key-signs.json passes its schema', () => {
    for (const list of keySignLists) {
      const result = keySignListSchema.safeParse(list);
      assert.ok(result.success, result.success ? '' : `${list.id}: ${JSON.stringify(result.error.issues)}`);
    }
  });

  it('the schema refuses a list that names a sign twice, or a sign without evidence', () => {
    const [list] = keySignLists;
    const sign = list!.signs[0]!;
    assert.equal(keySignListSchema.safeParse({ ...list, signs: [...list!.signs, sign] }).success, false);
    assert.equal(keySignListSchema.safeParse({ ...list, signs: [{ ...sign, evidence: [] }, ...list!.signs.slice(1)] }).success, false);
  });

  it('names only published indicators, and each list id once', () => {
    const known = new Set(indicators.map((indicator) => indicator.id));
    const unknown = keySignLists.flatMap((list) => list.signs.filter((sign) => !known.has(sign.indicator)).map((sign) => `${list.id}/${sign.indicator}`));
    assert.deepEqual(unknown, []);
    assert.equal(new Set(keySignLists.map((list) => list.id)).size, keySignLists.length);
  });

  it('ends with a list for every view, so no view is left without one', () => {
    const last = keySignLists.at(-1)!;
    assert.equal(last.settings, undefined);
    assert.equal(last.view, undefined);
  });

  it('rests each choice on the campaign, the Home Office list or a national campaign, with the copy date', () => {
    const sourceById = new Map(sources.map((source) => [source.id, source]));
    const wrong = keySignLists.flatMap((list) =>
      list.signs.flatMap((sign) =>
        sign.evidence
          .filter((e) => !sourceById.has(e.source) || e.checkedAt !== sourceById.get(e.source)?.copy.date)
          .map((e) => `${list.id}/${sign.indicator}: ${e.source} ${e.checkedAt ?? 'undated'}`),
      ),
    );
    assert.deepEqual(wrong, []);
  });

  it('opens every view but "me" with the campaign\'s signs where the view shows them', () => {
    // The campaign's five signs come first: a view that shows a sign the campaign names leads with one.
    const campaignSigns = new Set(indicators.filter((indicator) => indicator.lists?.campaign).map((indicator) => indicator.id));
    const without = views
      .filter((config) => config.view !== 'me')
      .filter((config) => selectIndicators(signFilterFor(config)).some((indicator) => campaignSigns.has(indicator.id)))
      .filter((config) => !campaignSigns.has(keySignsFor(config)[0]!))
      .map(name);
    assert.deepEqual(without, []);
  });
});
