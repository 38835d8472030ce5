import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../scripts/dataset.js';
import { channels, indicators, supportItems } from '../src/index.js';

interface Content {
  about: Record<string, string>;
  indicators: Record<string, { title: string; detail: string; self?: string }>;
  channels: Record<string, { description: string }>;
  support: Record<string, { title: string; detail: string }>;
}

const content = readJson<Content>('locales/en-GB/content.json');

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Plain-English limits: GOV.UK aims for a reading age of 9 and sentences of about 15 words. */
function plainEnglishProblems(id: string, text: string, maxWords: number): string[] {
  const problems: string[] = [];
  if (/[<>]/.test(text)) problems.push(`${id}: contains markup`);
  if (/\{\{/.test(text)) problems.push(`${id}: contains a placeholder`);
  for (const sentence of sentences(text)) {
    if (words(sentence).length > maxWords) problems.push(`${id}: sentence of ${words(sentence).length} words: "${sentence}"`);
  }
  return problems;
}

describe('English content', () => {
  it('every indicator has a title and a detail', () => {
    const missing = indicators.filter((i) => !content.indicators[i.id]?.title || !content.indicators[i.id]?.detail);
    assert.deepEqual(missing.map((i) => i.id), []);
  });

  it('every sign a worker might recognise in their own life has a second-person version', () => {
    const missing = indicators.filter((i) => i.audiences.includes('worker') && !content.indicators[i.id]?.self);
    assert.deepEqual(missing.map((i) => i.id), []);
  });

  it('has no text for ids that do not exist', () => {
    const known = new Set(indicators.map((i) => i.id));
    assert.deepEqual(Object.keys(content.indicators).filter((id) => !known.has(id)), []);
    const knownChannels = new Set(channels.map((c) => c.id));
    assert.deepEqual(Object.keys(content.channels).filter((id) => !knownChannels.has(id)), []);
  });

  it('every channel and support item has text', () => {
    assert.deepEqual(channels.filter((c) => !content.channels[c.id]?.description).map((c) => c.id), []);
    assert.deepEqual(
      supportItems.filter((s) => !content.support[s.id]?.title || !content.support[s.id]?.detail).map((s) => s.id),
      [],
    );
  });

  it('says that signs are not proof', () => {
    assert.match(content.about.notProof ?? '', /not proof/i);
  });

  it('titles are short and details use short sentences', () => {
    const problems: string[] = [];
    for (const [id, text] of Object.entries(content.indicators)) {
      if (text.title.length > 70) problems.push(`${id}: title longer than 70 characters`);
      problems.push(...plainEnglishProblems(`${id}.detail`, text.detail, 25));
      if (text.self) problems.push(...plainEnglishProblems(`${id}.self`, text.self, 20));
    }
    for (const [id, text] of Object.entries(content.support)) problems.push(...plainEnglishProblems(id, text.detail, 25));
    for (const [id, text] of Object.entries(content.channels)) problems.push(...plainEnglishProblems(id, text.description, 25));
    assert.deepEqual(problems, []);
  });

  it('uses victim-first language', () => {
    const blamed = /\b(illegal (immigrant|alien)s?|prostitutes?|illegals)\b/i;
    const offenders = Object.entries(content.indicators)
      .filter(([, text]) => blamed.test(`${text.title} ${text.detail} ${text.self ?? ''}`))
      .map(([id]) => id);
    assert.deepEqual(offenders, []);
  });
});
