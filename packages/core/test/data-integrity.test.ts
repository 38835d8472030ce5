import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_FILES, readJson, schemaProblems } from '../scripts/dataset.js';
import type { DataFileName, PublishedIds } from '../scripts/dataset.js';
import {
  channelClaims,
  channelSchema,
  channels,
  citedSourceIds,
  claimFreshness,
  DUE_AFTER_MONTHS,
  emergencyChannel,
  indicators,
  keySignLists,
  localeManifest,
  publishedIdsSchema,
  monthsBetween,
  SAFETY_LIMIT_MONTHS,
  sources,
  supportItems,
} from '../src/index.js';
import { JURISDICTIONS } from '../src/schema/vocabulary.js';

const today = new Date().toISOString().slice(0, 10);
/** Each headline sign's choice, as an item that rests on evidence. */
const keySignChoices = keySignLists.flatMap((list) => list.signs.map((sign) => ({ id: `key sign ${list.id}/${sign.indicator}`, evidence: sign.evidence })));

/** A bulk stamp shows as one date on a large share of claims, or too few dates for the claims there are. */
function bulkDateProblems(dates: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date, (counts.get(date) ?? 0) + 1);
  const problems = [...counts].filter(([, n]) => n * 3 > dates.length).map(([date, n]) => `${date} is the date of ${n} of ${dates.length} claims`);
  if (dates.length >= 20 && counts.size < 5) problems.push(`only ${counts.size} distinct dates for ${dates.length} claims`);
  return problems;
}

describe('data files', () => {
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    it(`${DATA_FILES[name].path} passes its schema`, () => {
      assert.deepEqual(schemaProblems(name), []);
    });
  }

  it('ids are unique within each file', () => {
    for (const [name, list] of Object.entries({ indicators, channels, supportItems, sources })) {
      const ids = list.map((item) => item.id);
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      assert.deepEqual(duplicates, [], `duplicate ids in ${name}`);
    }
    const codes = localeManifest.map((entry) => entry.code);
    assert.equal(new Set(codes).size, codes.length);
  });

  it('every piece of evidence cites a source that exists', () => {
    const known = new Set(sources.map((source) => source.id));
    const missing = [...indicators, ...channels, ...supportItems, ...keySignChoices].flatMap((item) =>
      citedSourceIds(item).filter((id) => !known.has(id)).map((id) => `${item.id} → ${id}`),
    );
    assert.deepEqual(missing, []);
  });

  it('every source is cited by something', () => {
    const cited = new Set([...indicators, ...channels, ...supportItems, ...keySignChoices].flatMap((item) => citedSourceIds(item)));
    const unused = sources.filter((source) => !cited.has(source.id)).map((source) => source.id);
    assert.deepEqual(unused, []);
  });

  it('support items name channels that exist', () => {
    const known = new Set(channels.map((channel) => channel.id));
    const missing = supportItems.flatMap((item) => (item.channels ?? []).filter((id) => !known.has(id)));
    assert.deepEqual(missing, []);
  });
});

describe('published ids', () => {
  const published = readJson<PublishedIds>('data/published-ids.json');
  const retired = new Set(published.retired.map((entry) => `${entry.kind}:${entry.id}`));

  const cases = [
    ['indicator', published.indicators, indicators],
    ['channel', published.channels, channels],
    ['support', published.support, supportItems],
  ] as const;

  for (const [kind, ids, current] of cases) {
    it(`no published ${kind} id disappears unless it is marked retired`, () => {
      const present = new Set(current.map((item) => item.id));
      const gone = ids.filter((id) => !present.has(id) && !retired.has(`${kind}:${id}`));
      assert.deepEqual(gone, [], `removed or renamed without a "retired" entry in data/published-ids.json`);
    });

    it(`every ${kind} is in the published list`, () => {
      const listed = new Set(ids);
      const unlisted = current.map((item) => item.id).filter((id) => !listed.has(id));
      assert.deepEqual(unlisted, [], 'add new ids to data/published-ids.json (npm run data:publish-ids)');
    });

    it(`every retired ${kind} was published, is gone from the data, and points to an id that exists`, () => {
      const present = new Set(current.map((item) => item.id));
      const entries = published.retired.filter((entry) => entry.kind === kind);
      const retiredIds = new Set(entries.map((entry) => entry.id));
      const problems = entries.flatMap((entry) => [
        ...(ids.includes(entry.id) ? [] : [`${entry.id}: was never published`]),
        ...(present.has(entry.id) ? [`${entry.id}: is retired but still in the data`] : []),
        ...(entry.replacedBy === undefined || present.has(entry.replacedBy) || retiredIds.has(entry.replacedBy)
          ? []
          : [`${entry.id}: replacedBy "${entry.replacedBy}" is neither a current nor a retired ${kind}`]),
      ]);
      assert.deepEqual(problems, []);
    });

    it(`chains of retired ${kind} ids end at a current id, without loops`, () => {
      const present = new Set(current.map((item) => item.id));
      const next = new Map(published.retired.filter((entry) => entry.kind === kind).map((entry) => [entry.id, entry.replacedBy]));
      const broken = [...next.keys()].filter((start) => {
        const seen = new Set<string>();
        let id: string | undefined = start;
        while (id !== undefined && !present.has(id)) {
          if (seen.has(id)) return true;
          seen.add(id);
          id = next.get(id);
        }
        return false;
      });
      assert.deepEqual(broken, [], 'a replacedBy chain loops');
    });
  }

  it('data/published-ids.json passes its schema, and no id is retired twice', () => {
    const result = publishedIdsSchema.safeParse(published);
    assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues));
    const keys = published.retired.map((entry) => `${entry.kind}:${entry.id}`);
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('evidence and dates', () => {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const claimEvidence = [
    ...channels.flatMap((channel) => channelClaims(channel).flatMap(([field, claim]) => claim.evidence.map((e) => ({ at: `${channel.id}.${field}`, e })))),
    ...supportItems.flatMap((item) => item.evidence.map((e) => ({ at: `support ${item.id}`, e }))),
  ];

  it('a claim is checked on the date of the copy it was read from, never a stamp of its own', () => {
    const wrong = claimEvidence
      .filter(({ e }) => sourceById.get(e.source)?.copy.date !== e.checkedAt)
      .map(({ at, e }) => `${at}: ${e.source} checkedAt ${e.checkedAt}, copy ${sourceById.get(e.source)?.copy.date ?? 'undated'}`);
    assert.deepEqual(wrong, []);
  });

  it("a sign's evidence carries the date of its copy, where the copy is dated", () => {
    const wrong = [...indicators, ...keySignChoices].flatMap((indicator) =>
      indicator.evidence
        .filter((e) => e.checkedAt !== sourceById.get(e.source)?.copy.date)
        .map((e) => `${indicator.id}: ${e.source} checkedAt ${e.checkedAt ?? 'none'}, copy ${sourceById.get(e.source)?.copy.date ?? 'undated'}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('no date is in the future, and no copy is dated after the day it was read', () => {
    for (const source of sources) {
      assert.ok(source.readOn <= today, `${source.id} read in the future`);
      if (source.copy.date) assert.ok(source.copy.date <= source.readOn, `${source.id}: copy dated after it was read`);
    }
  });

  it('dates are real checks, not a bulk stamp: no one date covers a third of the claims', () => {
    assert.deepEqual(bulkDateProblems(claimEvidence.map(({ e }) => e.checkedAt)), []);
  });

  it('the bulk-stamp check fails on a stamped data set', () => {
    assert.notDeepEqual(bulkDateProblems(Array.from({ length: 40 }, (_, i) => (i < 30 ? '2026-11-28' : `2024-0${(i % 9) + 1}-01`))), []);
  });

  it(`reports claims due for a fresh check (older than ${DUE_AFTER_MONTHS} months)`, (t) => {
    const judged = claimFreshness(channels, supportItems, today);
    const due = judged.filter((claim) => claim.status !== 'current');
    // A report, not a failure: a date passing must not block unrelated work, but it must be seen.
    for (const claim of due) t.diagnostic(`DUE: ${claim.item} ${claim.claim} last confirmed ${claim.checkedAt} (${claim.ageMonths} months)`);

    // What the report must hold, read from the data here: every dated claim, once, at its newest check.
    const newestCheck = (evidence: readonly { checkedAt?: string | undefined }[]) =>
      evidence.map((e) => e.checkedAt).filter((date): date is string => date !== undefined).sort().at(-1);
    const expected = new Map<string, string>();
    for (const channel of channels) {
      for (const [field, value] of Object.entries(channel)) {
        const evidence = (value as { evidence?: unknown } | null)?.evidence;
        const date = Array.isArray(evidence) ? newestCheck(evidence) : undefined;
        if (date) expected.set(`channel:${channel.id} ${field}`, date);
      }
    }
    for (const item of supportItems) {
      const date = newestCheck(item.evidence);
      if (date) expected.set(`support:${item.id} statement`, date);
    }
    assert.ok(expected.size > 0, 'the data has dated claims');
    assert.deepEqual(new Map(judged.map((claim) => [`${claim.item} ${claim.claim}`, claim.checkedAt])), expected);
    assert.equal(judged.length, expected.size, 'each claim once');

    // Due means checked more than DUE_AFTER_MONTHS whole months ago: on or before the same day of the month,
    // DUE_AFTER_MONTHS + 1 months back.
    const dueCutoff = (on: string) => {
      const [year, month, day] = on.split('-').map(Number) as [number, number, number];
      const back = year * 12 + (month - 1) - (DUE_AFTER_MONTHS + 1);
      return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    };
    const wrong = judged.filter((claim) => (claim.status !== 'current') !== (claim.checkedAt <= dueCutoff(today)));
    assert.deepEqual(wrong, [], `due on or before ${dueCutoff(today)}`);
    // The data may hold no claim near the line, so the line itself is checked on two made-up claims.
    const onTheLine = (checkedAt: string) =>
      claimFreshness([{ ...channels[0]!, phone: { value: { tel: '+441234567890', display: '01234 567890' }, evidence: [{ source: 'x', locator: 'p', checkedAt }] } }], [], '2026-11-28')
        .find((claim) => claim.claim === 'phone')?.status;
    assert.equal(onTheLine(dueCutoff('2026-11-28')), 'due');
    assert.equal(onTheLine('2025-04-29'), 'current');
  });

  it(`fails on a safety claim (operator, anonymity, sharing) older than ${SAFETY_LIMIT_MONTHS} months`, () => {
    const overdue = claimFreshness(channels, supportItems, today).filter((claim) => claim.status === 'overdue');
    assert.deepEqual(
      overdue.map((claim) => `${claim.item} ${claim.claim}: last confirmed ${claim.checkedAt}; re-check it against a current source or remove it`),
      [],
    );
  });

  it('the safety rule fires on an old safety claim, and only reports an old number', () => {
    const evidence = [{ source: 'x', locator: 'the page says so', checkedAt: '2023-01-15' }];
    const old = {
      ...channels[0]!,
      id: 'old-line',
      sharing: { value: 'asks-before-sharing' as const, evidence },
      phone: { value: { tel: '+441234567890', display: '01234 567890' }, evidence },
    };
    const judged = claimFreshness([old], [], '2026-12-03').filter((claim) => claim.item === 'channel:old-line');
    assert.equal(judged.find((claim) => claim.claim === 'sharing')?.status, 'overdue');
    assert.equal(judged.find((claim) => claim.claim === 'phone')?.status, 'due');
    assert.equal(claimFreshness([old], [], '2024-06-01').find((claim) => claim.claim === 'sharing')?.status, 'current');
  });

  it('the staleness rules count calendar months', () => {
    assert.equal(monthsBetween('2025-05-28', '2026-11-28'), 18);
    assert.equal(monthsBetween('2025-05-29', '2026-11-28'), 17);
    assert.equal(monthsBetween('2024-01-01', '2026-11-28'), 34);
  });

  it('the schema refuses a fact without evidence', () => {
    const bare = { ...channels[0]!, anonymous: true };
    assert.equal(channelSchema.safeParse(bare).success, false);
    const noEvidence = { ...channels[0]!, anonymous: { value: true, evidence: [] } };
    assert.equal(channelSchema.safeParse(noEvidence).success, false);
    const undatedEvidence = { ...channels[0]!, anonymous: { value: true, evidence: [{ source: 'x', locator: 'the page says so' }] } };
    assert.equal(channelSchema.safeParse(undatedEvidence).success, false);
    assert.equal(channelSchema.safeParse({ ...channels[0]!, verifiedAt: '2026-11-28' }).success, false, 'unknown fields are refused');
  });
});

describe('channels', () => {
  it('every supported jurisdiction has an emergency number', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const emergency = emergencyChannel(jurisdiction);
      assert.equal(emergency.kind, 'emergency', jurisdiction);
      // The widget always shows the emergency number: it must be evidenced, never left out for want of a source.
      assert.ok(emergency.phone, `${jurisdiction}: the emergency channel has no evidenced number`);
    }
  });

  it('numbers in E.164 are written consistently with their display form', () => {
    for (const channel of channels) {
      for (const claim of [channel.phone, channel.textRelay, channel.sms]) {
        if (!claim) continue;
        const number = claim.value;
        const displayDigits = number.display.replace(/\D/g, '');
        const telDigits = number.tel.replace(/\D/g, '');
        // +44 8000 121 700 is displayed 08000 121 700: compare the national significant number.
        const national = displayDigits.replace(/^0/, '').replace(/^1(?=\d{10}$)/, '');
        assert.ok(telDigits.endsWith(national), `${channel.id}: ${number.tel} vs ${number.display}`);
      }
    }
  });

  it('every channel has an evidenced way to reach it (a number, a text line, an address or a page)', () => {
    const unreachable = channels.filter((channel) => !channel.phone && !channel.textRelay && !channel.sms && !channel.email && !channel.url);
    assert.deepEqual(unreachable.map((channel) => channel.id), []);
  });

  it('the US hotline promises nothing on the old operator\'s word (operator changed in 2025)', () => {
    const hotline = channels.find((channel) => channel.id === 'us-trafficking-hotline')!;
    assert.notEqual(hotline.sharing?.value, 'asks-before-sharing');
    assert.doesNotMatch(hotline.operator?.value ?? '', /polaris/i);
    const cited = citedSourceIds(hotline);
    for (const id of ['polaris-consent', 'polaris-responding']) assert.ok(!cited.includes(id), `still rests on ${id}`);
  });

  it('links are https only', () => {
    for (const channel of channels) if (channel.url) assert.match(channel.url.value, /^https:\/\//, channel.id);
  });

  it('never lists the retired Salvation Army number', () => {
    const all = JSON.stringify(channels);
    assert.ok(!all.includes('3038151'), 'the 0300 303 8151 number was replaced on 4 January 2021');
  });
});
