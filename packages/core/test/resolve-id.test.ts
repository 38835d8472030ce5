import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indicators, resolveIndicatorId, retiredIndicatorIds } from '../src/index.js';

describe('resolveIndicatorId', () => {
  it('returns a current id unchanged', () => {
    for (const { id } of indicators) assert.equal(resolveIndicatorId(id), id);
  });

  it('maps a retired id to the id that now carries its meaning', () => {
    assert.equal(resolveIndicatorId('home-someone-else-holds-ids'), 'identity-documents-held-by-someone-else');
    assert.equal(resolveIndicatorId('home-someone-answers-for-tenants'), 'someone-else-speaks-for-them');
    assert.equal(resolveIndicatorId('county-lines-vulnerable-adult-home-used'), 'cuckooing-someone-moved-in');
  });

  it('resolves every retired indicator id to a current one', () => {
    const current = new Set(indicators.map((indicator) => indicator.id));
    const retired = retiredIndicatorIds();
    assert.ok(retired.length > 0);
    for (const entry of retired) {
      const resolved = resolveIndicatorId(entry.id);
      if (entry.replacedBy === undefined) assert.equal(resolved, undefined, entry.id);
      else assert.ok(resolved !== undefined && current.has(resolved), `${entry.id} → ${resolved}`);
    }
  });

  it('follows a chain of replacements, and gives up on a loop, an unknown id or no replacement', () => {
    const current = [{ id: 'c' }];
    const retired = new Map<string, { replacedBy?: string }>([
      ['a', { replacedBy: 'b' }],
      ['b', { replacedBy: 'c' }],
      ['x', { replacedBy: 'y' }],
      ['y', { replacedBy: 'x' }],
      ['gone', {}],
    ]);
    assert.equal(resolveIndicatorId('a', current, retired), 'c');
    assert.equal(resolveIndicatorId('b', current, retired), 'c');
    assert.equal(resolveIndicatorId('x', current, retired), undefined);
    assert.equal(resolveIndicatorId('gone', current, retired), undefined);
    assert.equal(resolveIndicatorId('never-heard-of-it', current, retired), undefined);
  });
});
