/**
 * The guide's decision, over every jurisdiction × every answer, with and without partner channels. Each
 * property is a rule stated here and checked against the channel data directly, not against src/guide.ts:
 * "where one exists" is always read from channels.json, so the rules hold as channels are added.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { channels, GUIDE_FOLLOW_UPS, GUIDE_SITUATIONS, guideResult, isGuidePartnerChannel, jurisdictionChain } from '../src/index.js';
import type { Channel, ChannelKind, GuideAnswers, GuideReason, GuideResult, GuidePartnerChannel, GuideSituation, Jurisdiction, ParsedPartnerChannel } from '../src/index.js';
import { CHANNEL_KINDS, JURISDICTIONS } from '../src/schema/vocabulary.js';

/** Every answer a reader can give: each situation alone, or with each of its follow-up's answers. */
function everyAnswer(): GuideAnswers[] {
  return GUIDE_SITUATIONS.flatMap((situation) => {
    const followUp = GUIDE_FOLLOW_UPS[situation];
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
const applicable = (jurisdiction: Jurisdiction) => channels.filter((channel) => channel.kind !== 'emergency' && applies(channel, jurisdiction));
/** The paths on which someone may be in danger now: only what answers day and night may show. */
const inDanger = (answers: GuideAnswers) => answers.situation === 'danger-now' || (answers.situation === 'not-sure' && answers.followUp === 'yes');
const alwaysOpen = (channel: Channel) => channel.hours?.value.alwaysOpen === true;
/**
 * Kinds that serve one group only, and the path for that group: a child line is for a child, the labour
 * regulator for work. Elsewhere they would stand between the reader and the channels meant for them.
 */
const KIND_RESERVED_TO: Partial<Record<ChannelKind, GuideSituation>> = { child: 'child', regulator: 'work' };
/** Whether a path may offer a core channel: in danger only what answers day and night; a reserved kind only on its path. */
const allowedOn = (answers: GuideAnswers, channel: Channel) => {
  const reservedTo = KIND_RESERVED_TO[channel.kind];
  return (!inDanger(answers) || alwaysOpen(channel)) && (!reservedTo || reservedTo === answers.situation);
};

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
const coreRoutes = (result: Case['result']) =>
  result.routes.map((route) => route.channel).filter((channel): channel is Channel => !isGuidePartnerChannel(channel));
const partnerRoutes = (result: Case['result']) => result.routes.map((route) => route.channel).filter(isGuidePartnerChannel);
const ids = (result: Case['result']) => result.routes.map((route) => route.channel.id);

describe('guideResult: hand-checked paths', () => {
  it('a child in Cambridgeshire: the NSPCC and Childline first', () => {
    const result = guideResult({ situation: 'child' }, 'GB-CAM', channels);
    assert.equal(result.emergency.id, 'gb-emergency');
    assert.deepEqual(ids(result).slice(0, 2), ['gb-nspcc', 'gb-childline']);
  });

  it('danger now in England: 999, then only lines open day and night, each saying so first', () => {
    const result = guideResult({ situation: 'danger-now' }, 'GB-ENG', channels);
    assert.equal(result.emergency.phone?.value.tel, '999');
    assert.deepEqual(ids(result), ['gb-modern-slavery-helpline', 'gb-police-101', 'gb-crimestoppers']);
    for (const route of result.routes) assert.ok(route.reasons.includes('day-and-night'), route.channel.id);
  });

  it('danger now in Ireland: only the emergency number, as no other line is evidenced open day and night', () => {
    const result = guideResult({ situation: 'danger-now' }, 'IE', channels);
    assert.equal(result.emergency.phone?.value.tel, '999');
    assert.deepEqual(ids(result), []);
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

/**
 * Why a core channel may be said to fit, read from the data: each reason and the one fact it rests on. A
 * reason is given exactly when its fact holds (the reader is taken to read Polish, so `your-language` needs
 * Polish or an interpreter).
 */
const REASON_RESTS_ON: Record<Exclude<GuideReason, 'partner'>, (channel: Channel) => boolean> = {
  'trafficking-helpline': (c) => c.kind === 'helpline',
  'support-for-you': (c) => c.kind === 'victim-support' && c.for.value.includes('potential-victim'),
  'report-to-police': (c) => c.kind === 'police-non-emergency',
  'work-regulator': (c) => c.kind === 'regulator',
  'for-children': (c) => c.for.value.includes('child') || c.for.value.includes('adult-worried-about-child'),
  anonymous: (c) => c.anonymous?.value === true,
  'day-and-night': alwaysOpen,
  free: (c) => c.free?.value === true,
  'your-language': (c) => c.languages?.value.viaInterpreter === true || (c.languages?.value.spoken ?? []).some((code) => code.split('-')[0] === 'pl'),
  'asks-before-sharing': (c) => c.sharing?.value === 'asks-before-sharing',
};

/**
 * Where a partner's channel must show: on a path whose own need is the channel's declared kind. (It may show
 * elsewhere too, where routing finds room; the narrow kinds may not, see below.)
 */
const PARTNER_KIND_SHOWN_ON: Partial<Record<GuideSituation, ChannelKind[]>> = {
  child: ['child'],
  work: ['regulator'],
  'about-me': ['victim-support'],
  'not-sure': ['helpline', 'police-non-emergency', 'online-report'],
};

describe('guideResult: every path, properties', () => {
  it('offers at least one channel besides the emergency number wherever the jurisdiction has one the path allows', () => {
    let checked = 0;
    for (const { label, answers, jurisdiction, result } of everyCase()) {
      const allowed = applicable(jurisdiction).filter((channel) => allowedOn(answers, channel));
      if (allowed.length === 0) {
        assert.equal(coreRoutes(result).length, 0, label);
        continue;
      }
      assert.ok(coreRoutes(result).length >= 1, `${label}: only ${ids(result).join() || 'the emergency number'}`);
      checked += 1;
    }
    assert.ok(checked > 0);
  });

  it('keeps child-protection lines to the child path and the labour regulator to the work path', () => {
    for (const { label, answers, result } of everyCase())
      for (const channel of coreRoutes(result)) assert.ok(allowedOn(answers, channel), `${label}: ${channel.id}`);
  });

  it('on every child path, offers a child-protection channel wherever one serves the jurisdiction', () => {
    const seen = { with: 0, without: 0 };
    for (const { label, answers, jurisdiction, result } of everyCase()) {
      if (answers.situation !== 'child') continue;
      const exists = applicable(jurisdiction).some((channel) => channel.kind === 'child');
      assert.equal(coreRoutes(result).some((channel) => channel.kind === 'child'), exists, `${label}: ${ids(result).join()}`);
      seen[exists ? 'with' : 'without'] += 1;
    }
    assert.ok(seen.with > 0, JSON.stringify(seen));
  });

  it('on the anonymous path, puts first a channel evidenced as anonymous, or else the anonymous reporting line', () => {
    for (const { label, answers, jurisdiction, result } of everyCase()) {
      if (answers.situation !== 'anonymous') continue;
      const first = result.routes[0]?.channel;
      const offered = applicable(jurisdiction).filter((channel) => allowedOn(answers, channel));
      const evidenced = offered.some((channel) => channel.anonymous?.value === true);
      const anonymousLine = offered.some((channel) => channel.kind === 'anonymous');
      if (evidenced) assert.equal((first as Channel | undefined)?.anonymous?.value, true, label);
      else if (anonymousLine) assert.ok(first && !isGuidePartnerChannel(first) && first.kind === 'anonymous', label);
      assert.equal(partnerRoutes(result).length, 0, `${label}: nothing about a partner's channel is evidenced as anonymous`);
    }
  });

  it('in danger, shows only channels whose evidence says they answer day and night, and no partner channel', () => {
    for (const { label, answers, result } of everyCase()) {
      if (!inDanger(answers)) continue;
      assert.equal(partnerRoutes(result).length, 0, label);
      for (const channel of coreRoutes(result)) assert.ok(alwaysOpen(channel), `${label}: ${channel.id}`);
    }
  });

  it('on a path about one kind of channel, offers one of that kind wherever one serves the jurisdiction', () => {
    // Child protection for a child, the labour regulator for work, victim support for oneself, the anonymous
    // line for anonymity. A partner's channel counts where it may show at all (not on the anonymous path).
    const pathKind: Partial<Record<GuideSituation, ChannelKind>> = { child: 'child', work: 'regulator', 'about-me': 'victim-support', anonymous: 'anonymous' };
    const seen = new Set<string>();
    for (const { label, answers, jurisdiction, partners, result } of everyCase()) {
      const kind = pathKind[answers.situation];
      if (!kind) continue;
      const exists =
        applicable(jurisdiction).some((channel) => channel.kind === kind) || (answers.situation !== 'anonymous' && partners.some((p) => p.kind === kind));
      assert.equal(result.routes.some((route) => route.channel.kind === kind), exists, `${label}: ${ids(result).join()}`);
      if (exists) seen.add(answers.situation);
    }
    assert.deepEqual([...seen].sort(), ['about-me', 'anonymous', 'child', 'work']);
  });

  it('gives each core channel exactly the reasons its data supports, in any path', () => {
    for (const { label, result } of everyCase()) {
      for (const route of result.routes) {
        if (isGuidePartnerChannel(route.channel)) continue;
        const channel = route.channel;
        const expected = Object.entries(REASON_RESTS_ON)
          .filter(([, holds]) => holds(channel))
          .map(([reason]) => reason)
          .sort();
        assert.deepEqual([...route.reasons].sort(), expected, `${label}: ${channel.id}`);
      }
    }
  });

  it('says nothing of the reader\'s language when it is not known', () => {
    for (const jurisdiction of JURISDICTIONS)
      for (const answers of everyAnswer()) {
        const result = guideResult(answers, jurisdiction, channels);
        assert.ok(result.routes.every((route) => !route.reasons.includes('your-language')), `${jurisdiction} ${answers.situation}`);
      }
  });

  it("shows at most one partner channel, as the partner's, with no claim about it", () => {
    for (const { label, result } of everyCase()) {
      assert.ok(partnerRoutes(result).length <= 1, label);
      for (const route of result.routes) if (isGuidePartnerChannel(route.channel)) assert.deepEqual(route.reasons, ['partner'], label);
    }
  });

  it("shows a partner's channel on the path its declared kind is for, and its narrow kinds nowhere else", () => {
    for (const { label, answers, partners, result } of everyCase()) {
      if (partners.length !== 1 || inDanger(answers)) continue;
      const kind = (partners[0] as ParsedPartnerChannel).kind;
      const shown = partnerRoutes(result).length === 1;
      if (PARTNER_KIND_SHOWN_ON[answers.situation]?.includes(kind)) assert.ok(shown, `${label}: ${ids(result).join()}`);
      const narrowTo = KIND_RESERVED_TO[kind];
      if (narrowTo && answers.situation !== narrowTo) assert.ok(!shown, label);
      if (kind === 'emergency') assert.ok(!shown, `${label}: the emergency number is core's`);
    }
  });
});

describe('guideResult: the questions', () => {
  it('asks no follow-up in danger, about oneself, about a child or to stay anonymous: one tap to a number', () => {
    for (const situation of ['danger-now', 'about-me', 'child', 'anonymous'] as const)
      assert.ok(!(situation in GUIDE_FOLLOW_UPS), situation);
  });

  it('asks a follow-up only where its answers change the channels somewhere', () => {
    for (const [situation, followUp] of Object.entries(GUIDE_FOLLOW_UPS) as [GuideSituation, { answers: readonly string[] }][]) {
      const differs = JURISDICTIONS.some((jurisdiction) => {
        const results = followUp.answers.map((answer) =>
          JSON.stringify(ids(guideResult({ situation, followUp: answer }, jurisdiction, channels))),
        );
        return new Set(results).size > 1;
      });
      assert.ok(differs, situation);
    }
  });

  it('treats an unknown answer as no answer, and an unknown situation as "not sure"', () => {
    const plain = guideResult({ situation: 'not-sure' }, 'GB-ENG', channels);
    assert.deepEqual(guideResult({ situation: 'not-sure', followUp: 'perhaps' }, 'GB-ENG', channels), plain);
    assert.deepEqual(guideResult({ situation: 'nonsense' as GuideSituation }, 'GB-ENG', channels), plain);
  });
});

describe('guideResult: claims the data does not make yet', () => {
  // No channel's anonymity is evidenced today (see channels.json `unconfirmed`); these copies check the rule
  // that will apply when one is.
  const evidence = [{ source: 'test', locator: 'a copy made for this test', checkedAt: '2026-01-01' }];
  const withClaim = (id: string, claim: Partial<Channel>) => channels.map((channel) => (channel.id === id ? { ...channel, ...claim } : channel));

  it('puts a channel evidenced as anonymous before the anonymous reporting line, and says so first', () => {
    const data = withClaim('gb-modern-slavery-helpline', { anonymous: { value: true, evidence } });
    const result = guideResult({ situation: 'anonymous' }, 'GB-ENG', data);
    assert.equal(result.routes[0]?.channel.id, 'gb-modern-slavery-helpline');
    // What the channel is, then the claim the reader asked about before the others.
    assert.deepEqual(result.routes[0]?.reasons.slice(0, 2), ['trafficking-helpline', 'anonymous']);
  });

  it('puts a channel that says you must give your name after the others on the anonymous path', () => {
    const data = withClaim('gb-crimestoppers', { anonymous: { value: false, evidence } });
    const routes = ids(guideResult({ situation: 'anonymous' }, 'GB-ENG', data));
    assert.notEqual(routes[0], 'gb-crimestoppers', routes.join());
  });
});
