/**
 * The guide shows core's ids (situations, follow-up questions and answers, reasons) through UI keys: each id core
 * can give has its English words, so a new reason in core cannot reach a reader as a bare key.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GUIDE_FOLLOW_UPS, GUIDE_REASONS, GUIDE_SITUATIONS } from '@spot-the-signs/core';

const ui = JSON.parse(readFileSync(new URL('../locales/en-GB/ui.json', import.meta.url), 'utf8')) as {
  guide: Record<string, Record<string, string>>;
};
const keys = (group: string) => Object.keys(ui.guide[group] ?? {}).sort();

describe('the guide\'s English words cover every id core gives', () => {
  it('every situation', () => assert.deepEqual(keys('situation'), [...GUIDE_SITUATIONS].sort()));
  it('every reason', () => assert.deepEqual(keys('reason'), [...GUIDE_REASONS].sort()));
  it('every follow-up question and answer', () => {
    const followUps = Object.values(GUIDE_FOLLOW_UPS);
    assert.deepEqual(keys('question'), ['situation', ...followUps.map((f) => f!.question)].sort());
    assert.deepEqual(keys('answer'), [...new Set(followUps.flatMap((f) => [...f!.answers]))].sort());
  });
});
