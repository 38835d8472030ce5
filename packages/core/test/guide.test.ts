/**
 * The guide's decision, over every jurisdiction × every answer, with and without partner channels. Each
 * property is a rule stated here and checked against the channel data directly, not against src/guide.ts:
 * "where one exists" is always read from channels.json, so the rules hold as channels are added.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { channels, GUIDE_FOLLOW_UPS, GUIDE_SITUATIONS, guideResult, isGuidePartnerChannel, jurisdictionChain } from '../src/index.js';
import type { Channel, GuideAnswers, GuideResult, GuidePartnerChannel, Jurisdiction, ParsedPartnerChannel } from '../src/index.js';
import { CHANNEL_KINDS, JURISDICTIONS } from '../src/schema/vocabulary.js';

/** Every answer a reader can give: each situation alone, or with each of its follow-up's answers. */
function everyAnswer(): GuideAnswers[] {
  return GUIDE_SITUATIONS.flatMap((situation) => {
    const followUp = (GUIDE_FOLLOW_UPS as Partial<Record<string, { answers: readonly string[] }>>)[situation];
    return [{ situation }, ...(followUp?.answers ?? []).map((answer) => ({ situation, followUp: answer }))];
  });
}

/** A partner channel of every kind, as a council might add them. */
const partnerOfEveryKind: ParsedPartnerChannel[] = CHANNEL_KINDS.map((kind) => ({
  id: `partner-${kind}`,
  name: `Partner ${kind}`,
  kind,
  url: 'https://example.org/report',
}));
const partnerSets: [string, ParsedPartnerChannel[]][] = [
  ['no partner channels', []],
  ...CHANNEL_KINDS.map((kind): [string, ParsedPartnerChannel[]] => [`a partner ${kind}`, partnerOfEveryKind.filter((p) => p.kind === kind)]),
  ['a partner channel of every kind', partnerOfEveryKind],
];

const applies = (channel: Channel, jurisdiction: Jurisdiction) => channel.jurisdictions.some((j) => jurisdictionChain(jurisdiction).includes(j));

interface Case {
  label: string;
  answers: GuideAnswers;
  jurisdiction: Jurisdiction;
  partners: ParsedPartnerChannel[];
  result: GuideResult<Channel, Channel | GuidePartnerChannel>;
}
function* everyCase(): Generator<Case> {
  for (const jurisdiction of JURISDICTIONS)
    for (const answers of everyAnswer())
      for (const [partnerLabel, partners] of partnerSets)
        yield {
          label: `${jurisdiction} / ${answers.situation}${answers.followUp ? ` → ${answers.followUp}` : ''} / ${partnerLabel}`,
          answers,
          jurisdiction,
          partners,
          result: guideResult(answers, jurisdiction, channels, { partnerChannels: partners, language: 'pl' }),
        };
}
const ids = (result: Case['result']) => result.routes.map((route) => route.channel.id);

describe('guideResult: hand-checked paths', () => {
  it('a child in Cambridgeshire: the NSPCC and Childline first', () => {
    const result = guideResult({ situation: 'child' }, 'GB-CAM', channels);
    assert.equal(result.emergency.id, 'gb-emergency');
    assert.deepEqual(ids(result).slice(0, 2), ['gb-nspcc', 'gb-childline']);
  });

  it('staying anonymous in England: Crimestoppers first', () => {
    const result = guideResult({ situation: 'anonymous' }, 'GB-ENG', channels);
    assert.equal(ids(result)[0], 'gb-crimestoppers');
  });

  it("someone else's work in England: the helpline, then the labour regulator", () => {
    const result = guideResult({ situation: 'work', followUp: 'someone-else' }, 'GB-ENG', channels);
    assert.deepEqual(ids(result).slice(0, 2), ['gb-modern-slavery-helpline', 'gb-glaa']);
  });

  it('about me in England: Victim Support first', () => {
    const result = guideResult({ situation: 'about-me' }, 'GB-ENG', channels);
    assert.equal(ids(result)[0], 'gb-victim-support');
    assert.ok(result.routes[0]?.reasons.includes('support-for-you'));
  });

  it("a council's own reporting team on Cambridgeshire's \"not sure\" path, marked as the partner's", () => {
    const council: ParsedPartnerChannel = { id: 'council-hmo', name: 'HMO team', kind: 'online-report', url: 'https://example.org' };
    const result = guideResult({ situation: 'not-sure', followUp: 'no' }, 'GB-CAM', channels, { partnerChannels: [council] });
    const route = result.routes.find((r) => r.channel.id === 'council-hmo');
    assert.ok(route && isGuidePartnerChannel(route.channel), ids(result).join());
    assert.deepEqual(route.reasons, ['partner']);
  });
});

describe('guideResult: every jurisdiction × every answer, with and without partner channels', () => {
  it('gives the emergency channel of the jurisdiction, separately, and never among the routes', () => {
    for (const { label, jurisdiction, result } of everyCase()) {
      assert.equal(result.emergency.kind, 'emergency', label);
      assert.ok(applies(result.emergency, jurisdiction), label);
      assert.ok(result.routes.every((route) => route.channel.kind !== 'emergency'), label);
      assert.ok(result.routes.length <= 3, label);
    }
  });
});
