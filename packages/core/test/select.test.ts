import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupByCategory, indicators, selectIndicators } from '../src/index.js';

describe('selectIndicators', () => {
  it('returns everything without a filter', () => {
    assert.equal(selectIndicators().length, indicators.length);
  });

  it('general shows only the signs that can be seen anywhere', () => {
    const general = selectIndicators({ setting: 'general' });
    assert.ok(general.length > 0);
    assert.ok(general.every((i) => i.settings.includes('any')));
  });

  it('a setting adds its own signs to the general ones', () => {
    const home = selectIndicators({ setting: 'home' });
    const homeOnly = selectIndicators({ setting: 'home', onlySpecific: true });
    assert.ok(homeOnly.length > 0 && homeOnly.every((i) => i.settings.includes('home')));
    assert.ok(home.length > homeOnly.length);
    assert.ok(home.some((i) => i.settings.includes('any') && !i.settings.includes('home')));
    assert.ok(!home.some((i) => i.settings.includes('car-wash') && !i.settings.includes('any') && !i.settings.includes('home')));
  });

  it('filters by audience', () => {
    const landlord = selectIndicators({ audience: 'landlord' });
    assert.ok(landlord.length > 0 && landlord.every((i) => i.audiences.includes('landlord')));
  });

  it('criminal exploitation includes county lines and cannabis cultivation', () => {
    const criminal = new Set(selectIndicators({ exploitationType: 'criminal' }).map((i) => i.id));
    for (const type of ['county-lines', 'cannabis-cultivation'] as const) {
      const narrow = selectIndicators({ exploitationType: type });
      assert.ok(narrow.length > 0, `the data has ${type} signs to check`);
      for (const sign of narrow) assert.ok(criminal.has(sign.id), sign.id);
    }
  });

  it('filters by category and subject', () => {
    const physical = selectIndicators({ category: 'physical' });
    assert.ok(physical.length > 0 && physical.every((i) => i.category === 'physical'));
    const children = selectIndicators({ subject: 'child' });
    assert.ok(children.length > 0 && children.every((i) => i.subjects.includes('child')));
  });

  it('combines filters: exactly the signs that every filter alone selects', () => {
    const filters = [{ setting: 'home' }, { audience: 'neighbour' }, { category: 'environmental' }] as const;
    const combined = selectIndicators(Object.assign({}, ...filters)).map((i) => i.id);
    const inEvery = filters.map((filter) => new Set(selectIndicators(filter).map((i) => i.id)));
    assert.ok(combined.length > 0, 'the combination selects something');
    assert.deepEqual(combined, indicators.map((i) => i.id).filter((id) => inEvery.every((selected) => selected.has(id))));
    // Each filter narrows: the combination is not just one of them.
    for (const selected of inEvery) assert.ok(selected.size > combined.length);
  });
});

describe('groupByCategory', () => {
  it('groups in the Home Office order and drops empty groups', () => {
    const groups = groupByCategory(indicators);
    assert.deepEqual(groups.map((g) => g.category), ['physical', 'psychological', 'situational', 'environmental']);
    assert.equal(groups.reduce((n, g) => n + g.indicators.length, 0), indicators.length);
    assert.deepEqual(groupByCategory(selectIndicators({ category: 'physical' })).map((g) => g.category), ['physical']);
  });
});
