import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_FILES, monthsBetween, readJson, schemaProblems, STALE_AFTER_MONTHS } from '../scripts/dataset.js';
import type { DataFileName, PublishedIds } from '../scripts/dataset.js';
import { channels, emergencyChannel, indicators, localeManifest, publishedIdsSchema, sources, supportItems } from '../src/index.js';
import { JURISDICTIONS } from '../src/schema/vocabulary.js';

const today = new Date().toISOString().slice(0, 10);

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

  it('every cited source exists', () => {
    const known = new Set(sources.map((source) => source.id));
    const missing = [...indicators, ...channels, ...supportItems].flatMap((item) =>
      item.sources.filter((id) => !known.has(id)).map((id) => `${item.id} → ${id}`),
    );
    assert.deepEqual(missing, []);
  });

  it('every source is cited by something', () => {
    const cited = new Set([...indicators, ...channels, ...supportItems].flatMap((item) => item.sources));
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

describe('channels', () => {
  it('every channel has a source and a verifiedAt date that is not in the future', () => {
    for (const channel of channels) {
      assert.ok(channel.sources.length > 0, channel.id);
      assert.ok(channel.verifiedAt <= today, `${channel.id} verifiedAt is in the future`);
    }
  });

  it(`reports channels checked more than ${STALE_AFTER_MONTHS} months ago`, (t) => {
    const stale = channels.filter((channel) => monthsBetween(channel.verifiedAt, today) > STALE_AFTER_MONTHS);
    for (const channel of stale) {
      // A report, not a failure: a date passing must not block unrelated work, but it must be seen.
      t.diagnostic(`STALE: ${channel.id} was last checked on ${channel.verifiedAt}; re-check it against its source`);
      console.warn(`[stale channel] ${channel.id} last checked ${channel.verifiedAt}`);
    }
    assert.ok(Array.isArray(stale));
  });

  it('the staleness rule counts calendar months', () => {
    assert.equal(monthsBetween('2025-05-28', '2026-11-28'), 18);
    assert.equal(monthsBetween('2025-05-29', '2026-11-28'), 17);
    assert.equal(monthsBetween('2024-01-01', '2026-11-28'), 34);
  });

  it('every supported jurisdiction has an emergency number', () => {
    for (const jurisdiction of JURISDICTIONS) {
      assert.equal(emergencyChannel(jurisdiction).kind, 'emergency', jurisdiction);
    }
  });

  it('numbers in E.164 are written consistently with their display form', () => {
    for (const channel of channels) {
      for (const number of [channel.phone, channel.textRelay, channel.sms]) {
        if (!number) continue;
        const displayDigits = number.display.replace(/\D/g, '');
        const telDigits = number.tel.replace(/\D/g, '');
        // +44 8000 121 700 is displayed 08000 121 700: compare the national significant number.
        const national = displayDigits.replace(/^0/, '').replace(/^1(?=\d{10}$)/, '');
        assert.ok(telDigits.endsWith(national), `${channel.id}: ${number.tel} vs ${number.display}`);
      }
    }
  });

  it('links are https only', () => {
    for (const channel of channels) if (channel.url) assert.match(channel.url, /^https:\/\//, channel.id);
  });

  it('never lists the retired Salvation Army number', () => {
    const all = JSON.stringify(channels);
    assert.ok(!all.includes('3038151'), 'the 0300 303 8151 number was replaced on 4 January 2021');
  });
});
