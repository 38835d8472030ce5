import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emergencyChannel, jurisdictionChain, routeChannels } from '../src/index.js';
import type { Situation } from '../src/index.js';
import { JURISDICTIONS } from '../src/schema/vocabulary.js';

const ids = (situation: Situation) => routeChannels(situation).map((r) => r.channel.id);

describe('jurisdictionChain', () => {
  it('falls back county → nation → country', () => {
    assert.deepEqual(jurisdictionChain('GB-CAM'), ['GB-CAM', 'GB-ENG', 'GB']);
    assert.deepEqual(jurisdictionChain('GB-PTE'), ['GB-PTE', 'GB-ENG', 'GB']);
    assert.deepEqual(jurisdictionChain('GB-SCT'), ['GB-SCT', 'GB']);
    assert.deepEqual(jurisdictionChain('US'), ['US']);
  });
});

describe('routeChannels', () => {
  it('puts the emergency number first in every jurisdiction and situation', () => {
    const flags = [{}, { childInvolved: true }, { anonymous: true }, { forSelf: true }, { workerExploitation: true }];
    for (const jurisdiction of JURISDICTIONS) {
      for (const extra of flags) {
        const routed = routeChannels({ jurisdiction, ...extra });
        assert.equal(routed[0]?.channel.kind, 'emergency', `${jurisdiction} ${JSON.stringify(extra)}`);
        assert.equal(routed[0]?.reason, 'immediate-danger');
      }
    }
  });

  it('uses 999 in the UK, 911 in the US and Canada, 000 in Australia and 112 in the EU', () => {
    assert.equal(emergencyChannel('GB-WLS').phone?.value.tel, '999');
    assert.equal(emergencyChannel('GB-CAM').phone?.value.tel, '999');
    assert.equal(emergencyChannel('IE').phone?.value.tel, '999');
    assert.equal(emergencyChannel('US').phone?.value.tel, '911');
    assert.equal(emergencyChannel('CA').phone?.value.tel, '911');
    assert.equal(emergencyChannel('AU').phone?.value.tel, '000');
    assert.equal(emergencyChannel('EU').phone?.value.tel, '112');
  });

  it('adds local channels before national ones for a county, and keeps the national ones', () => {
    const cambs = ids({ jurisdiction: 'GB-CAM' });
    assert.ok(cambs.includes('cambs-police-online'));
    assert.ok(cambs.includes('gb-modern-slavery-helpline'));
    assert.ok(cambs.indexOf('cambs-police-online') < cambs.indexOf('gb-police-101'));
    assert.ok(!ids({ jurisdiction: 'GB-ENG' }).includes('cambs-police-online'));
  });

  it('does not offer channels from another country', () => {
    const scotland = routeChannels({ jurisdiction: 'GB-SCT' });
    assert.ok(scotland.every((r) => jurisdictionChain('GB-SCT').includes(r.matchedJurisdiction)));
    assert.ok(!ids({ jurisdiction: 'US' }).some((id) => id.startsWith('gb-')));
  });

  it('brings child channels up when a child is involved, and only then', () => {
    const child = ids({ jurisdiction: 'GB-ENG', childInvolved: true });
    assert.deepEqual(child.slice(1, 3).sort(), ['gb-childline', 'gb-nspcc']);
    assert.ok(!ids({ jurisdiction: 'GB-ENG' }).includes('gb-nspcc'));
  });

  it('adds child channels after the general ones when the reader sees signs about children', () => {
    const routed = ids({ jurisdiction: 'GB-ENG', childSignsShown: true });
    assert.ok(routed.includes('gb-nspcc') && routed.includes('gb-childline'), routed.join());
    assert.ok(routed.indexOf('gb-modern-slavery-helpline') < routed.indexOf('gb-nspcc'), routed.join());
    assert.equal(routed[0], 'gb-emergency');
  });

  it('adds the labour regulator for worker exploitation where it has powers', () => {
    assert.ok(ids({ jurisdiction: 'GB-ENG', workerExploitation: true }).includes('gb-glaa'));
    assert.ok(ids({ jurisdiction: 'GB-WLS', workerExploitation: true }).includes('gb-glaa'));
    assert.ok(!ids({ jurisdiction: 'GB-SCT', workerExploitation: true }).includes('gb-glaa'));
    assert.ok(!ids({ jurisdiction: 'GB-ENG' }).includes('gb-glaa'));
  });

  it('puts the anonymous route straight after the emergency number when asked', () => {
    assert.equal(ids({ jurisdiction: 'GB-ENG', anonymous: true })[1], 'gb-crimestoppers');
    assert.equal(ids({ jurisdiction: 'AU', anonymous: true })[1], 'au-crime-stoppers');
  });

  it('puts support before reporting for someone asking for help for themself', () => {
    const routed = routeChannels({ jurisdiction: 'GB-CAM', forSelf: true });
    assert.equal(routed[1]?.reason, 'support');
    assert.equal(routed[1]?.channel.id, 'gb-victim-support');
  });

  it('in immediate danger, keeps only channels that answer day and night', () => {
    const routed = routeChannels({ jurisdiction: 'GB-ENG', immediateDanger: true });
    assert.equal(routed[0]?.channel.id, 'gb-emergency');
    assert.ok(routed.every((r) => r.channel.kind === 'emergency' || r.channel.hours?.value.alwaysOpen));
    // No evidenced hours, no place in an emergency route: "open day and night" is never assumed.
    assert.ok(!routed.some((r) => r.channel.id === 'gb-glaa'));
  });

  it('offers both 999 and 112 in Ireland', () => {
    const routed = ids({ jurisdiction: 'IE' });
    assert.deepEqual(routed.slice(0, 2), ['ie-emergency', 'eu-112']);
  });
});
