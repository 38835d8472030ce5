import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indicators, selectIndicators } from '../src/index.js';
import {
  CAMPAIGN_SIGNS,
  HMO_SIGN_COUNT,
  HOME_OFFICE_PUBLIC_SIGNS,
  ILO_INDICATORS,
} from '../src/schema/vocabulary.js';

const covered = <T>(values: readonly T[], found: Iterable<T>) => {
  const set = new Set(found);
  return values.filter((value) => !set.has(value));
};

describe('indicator coverage', () => {
  it('has at least 70 indicators', () => {
    // 101 until signs that said the same thing were merged (one sign, one id: see duplicate-signs.test.ts).
    assert.ok(indicators.length >= 70, `only ${indicators.length}`);
  });

  it('references all 11 ILO forced-labour indicators', () => {
    assert.deepEqual(covered(ILO_INDICATORS, indicators.flatMap((i) => i.ilo)), []);
  });

  it('covers the 7 Home Office public signs', () => {
    assert.deepEqual(covered(HOME_OFFICE_PUBLIC_SIGNS, indicators.flatMap((i) => i.lists?.homeOffice ?? [])), []);
  });

  it('covers the 19 residential and HMO signs', () => {
    const all = Array.from({ length: HMO_SIGN_COUNT }, (_, n) => n + 1);
    assert.deepEqual(covered(all, indicators.flatMap((i) => i.lists?.hmo ?? [])), []);
  });

  it('covers the 5 signs of the campaign this project comes from', () => {
    assert.deepEqual(covered(CAMPAIGN_SIGNS, indicators.flatMap((i) => i.lists?.campaign ?? [])), []);
  });

  for (const type of ['sexual', 'labour', 'domestic-servitude', 'criminal', 'county-lines', 'cannabis-cultivation', 'organ-removal', 'financial'] as const) {
    it(`has indicators for ${type} exploitation`, () => {
      assert.ok(selectIndicators({ exploitationType: type }).length > 0);
    });
  }

  it('has child criminal exploitation signs', () => {
    assert.ok(selectIndicators({ exploitationType: 'county-lines', subject: 'child' }).length > 0);
  });

  it('has cuckooing signs', () => {
    assert.ok(indicators.some((i) => i.id.startsWith('cuckooing') && i.settings.includes('home')));
  });

  for (const setting of ['car-wash', 'nail-bar', 'agriculture', 'food-processing', 'construction', 'hospitality', 'care', 'home', 'street', 'online'] as const) {
    it(`has signs specific to ${setting}`, () => {
      assert.ok(selectIndicators({ setting, onlySpecific: true }).length > 0);
    });
  }

  for (const audience of ['public', 'neighbour', 'landlord', 'housing-officer', 'employer', 'health-worker', 'worker'] as const) {
    it(`has signs for the ${audience} audience`, () => {
      assert.ok(selectIndicators({ audience }).length > 0);
    });
  }

  it('does not grade strength without a confirmed source', () => {
    // The ILO-EC Delphi grading is unconfirmed in our references; a grade needs a source first.
    assert.deepEqual(indicators.filter((i) => i.strength !== undefined).map((i) => i.id), []);
  });
});
