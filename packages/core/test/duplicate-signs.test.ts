/**
 * One sign, one id: no widget view shows two signs that say the same thing in other words.
 *
 * "The same" is the measure in src/similar-signs.ts (concept overlap of the English text, weighted by
 * rarity, read together with the ILO and Palermo facts). The views are the widget's: every setting, for
 * someone else (as any audience) and for the reader themself, selected by core's signFilterFor as the
 * widget's view model selects them. Selection reads no jurisdiction, so one jurisdiction stands for all.
 *
 * A pair the measure flags but that says different things is kept on purpose in ALLOWED, with the reason.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../scripts/dataset.js';
import { filterIndicators, indicators, signFilterFor } from '../src/index.js';
import type { Indicator } from '../src/index.js';
import { AUDIENCES, VIEWS, WIDGET_SETTINGS } from '../src/schema/vocabulary.js';
import type { Audience, View, WidgetSetting } from '../src/schema/vocabulary.js';
import { compareSigns, conceptWeights, sameMeaningPairs } from '../src/similar-signs.js';
import type { ComparableSign } from '../src/similar-signs.js';

interface SignText {
  title: string;
  detail: string;
  self?: string;
}

/** Pairs the measure calls the same that are kept on purpose: related, but each says something the other does not. */
const ALLOWED: readonly { pair: readonly [string, string]; reason: string }[] = [
  { pair: ['does-not-know-own-address', 'home-rubbish-and-noise'], reason: 'They share only the word "address": a person who cannot say where they live, and trouble outside a house.' },
  { pair: ['phone-controlled-by-someone-else', 'child-several-phones'], reason: 'Opposites: an adult whose phone is taken or checked, and a child given extra phones by a gang.' },
  { pair: ['debt-they-cannot-pay-off', 'care-recruitment-debt'], reason: 'A debt that never shrinks, and the big fee a care worker paid an agency for the job or visa before starting.' },
  { pair: ['wages-held-back-or-taken', 'farm-rent-and-travel-taken-from-pay'], reason: 'Pay kept back or handed to someone else, and a wage cut down by deductions for a bed and the ride to work.' },
  { pair: ['bank-account-controlled-by-someone-else', 'benefits-claimed-in-their-name'], reason: 'Their own pay and bank card controlled, and benefits claimed with their name and papers: separate on the NRM form.' },
  { pair: ['job-not-as-promised', 'online-job-offer-too-good-to-be-true'], reason: 'Before and after: an online offer that looks too good, and finding the job or life is not what was promised.' },
  { pair: ['unsafe-or-degrading-work', 'poor-living-conditions'], reason: 'Conditions at work, and conditions where they live.' },
  { pair: ['home-overcrowded', 'home-mattresses-on-floor'], reason: 'HMO signs 1 and 3: more people than the home has room for, and rooms holding only floor mattresses.' },
  { pair: ['home-beds-shared-in-shifts', 'home-mattresses-on-floor'], reason: 'HMO signs 2 and 3: one bed used in turns by shift workers, and mattresses on the floor.' },
  { pair: ['child-unexplained-money-or-new-things', 'child-older-friends'], reason: 'Two grooming signs the county-lines guidance names apart: unexplained money or gifts, and new older friends.' },
];

const english = readJson<{ indicators: Record<string, SignText> }>('locales/en-GB/content.json').indicators;
const comparable = (indicator: Indicator): ComparableSign & Indicator => ({ ...indicator, text: english[indicator.id] ?? { title: '', detail: '' } });
const signs = indicators.map(comparable);
const weights = conceptWeights(signs);
const pairKey = (a: string, b: string) => [a, b].sort().join(' ~ ');
const allowed = new Map(ALLOWED.map((entry) => [pairKey(...entry.pair), entry.reason]));

interface WidgetView {
  name: string;
  setting: WidgetSetting;
  view: View;
  audience: Audience | 'public';
}

/** Every view the widget can show: each setting, about someone else as each audience, and about oneself. */
function widgetViews(): WidgetView[] {
  const views: WidgetView[] = [];
  for (const setting of WIDGET_SETTINGS) {
    for (const view of VIEWS) {
      const audiences = view === 'me' ? (['public'] as const) : AUDIENCES;
      for (const audience of audiences) views.push({ name: `${setting} / ${view} / ${audience}`, setting, view, audience });
    }
  }
  return views;
}

/** The signs a view shows, chosen as the widget's view model chooses them. */
function shown(view: WidgetView): (ComparableSign & Indicator)[] {
  return filterIndicators(signs, signFilterFor(view));
}

/** Every flagged pair shown together somewhere, with the views that show it. */
function flaggedPairs(): Map<string, { views: string[]; detail: string }> {
  const found = new Map<string, { views: string[]; detail: string }>();
  for (const view of widgetViews()) {
    for (const { a, b, similarity } of sameMeaningPairs(shown(view), weights)) {
      const key = pairKey(a.id, b.id);
      const entry = found.get(key) ?? {
        views: [],
        detail: `title overlap ${similarity.title.toFixed(2)}, text overlap ${similarity.text.toFixed(2)}, shared: ${similarity.shared.slice(0, 6).join(', ')}${similarity.sharedIlo.length ? `; ILO ${similarity.sharedIlo.join(', ')}` : ''}`,
      };
      entry.views.push(view.name);
      found.set(key, entry);
    }
  }
  return found;
}

describe('one sign, one id', () => {
  const flagged = flaggedPairs();

  it('no widget view shows two signs that say the same thing (or the pair is allowed, with a reason)', () => {
    const problems = [...flagged]
      .filter(([key]) => !allowed.has(key))
      .map(([key, { views, detail }]) => `${key}: ${detail}\n    shown together in ${views.length} view(s), e.g. ${views.slice(0, 3).join('; ')}`);
    assert.deepEqual(
      problems,
      [],
      'Merge the two signs (keep one id, retire the other with replacedBy), rewrite one so they say different things, or add the pair to ALLOWED with a reason.',
    );
  });

  it('every allowed pair is still flagged and still shown together, and says why in one line', () => {
    for (const { pair, reason } of ALLOWED) {
      assert.ok(flagged.has(pairKey(...pair)), `${pair.join(' ~ ')} is no longer flagged: remove it from ALLOWED`);
      assert.ok(reason.length >= 20 && reason.length <= 200 && !reason.includes('\n'), `${pair.join(' ~ ')}: give a one-line reason`);
    }
  });

  it('checks every setting, both views and every audience', () => {
    const views = widgetViews();
    assert.equal(views.length, WIDGET_SETTINGS.length * (AUDIENCES.length + 1));
    assert.ok(views.every((view) => shown(view).length > 0));
    assert.ok(signs.every((sign) => sign.text.title && sign.text.detail), 'every sign has English text to compare');
  });
});

describe('the same-meaning measure', () => {
  // Pairs that stood side by side in the home view before they were merged, in their English of the time.
  const before = (id: string, category: Indicator['category'], ilo: Indicator['ilo'], palermo: Indicator['palermo'], text: SignText): ComparableSign => ({ id, category, ilo, palermo, text });
  const merged = [
    before('home-someone-else-holds-ids', 'situational', ['retention-of-identity-documents'], 'means', {
      title: "One person holds everyone's passports or ID",
      detail: 'One person may bring or keep the ID for all the tenants. People should hold their own papers. Keeping them from someone is a way to control them.',
      self: 'Someone else keeps your passport or ID card and will not give it back when you ask.',
    }),
    before('home-someone-answers-for-tenants', 'situational', ['isolation'], 'means', {
      title: 'Someone else always speaks for the tenants',
      detail: 'One person may answer every question or insist on interpreting, even when a tenant is asked directly. It can mean the tenant is not free to say what is happening.',
      self: 'Someone else always talks for you, or tells you what to say to the landlord or to officials.',
    }),
    before('home-tenants-rarely-go-out', 'situational', ['restriction-of-movement', 'isolation'], 'means', {
      title: 'Tenants rarely go out and seem scared or controlled',
      detail: 'People may hardly ever leave the house except to be taken to work. Some do not seem to know their own address. They may look nervous when a certain person is near.',
      self: 'You are rarely allowed out on your own. Or you do not know the address of the place where you live.',
    }),
    before('domestic-worker-paid-little-or-nothing', 'situational', ['withholding-of-wages'], 'purpose', {
      title: 'Does housework or childcare for little or no pay',
      detail: 'They cook, clean or look after children for a family but get little or no pay. Being called one of the family does not make this fair.',
      self: 'You cook, clean or look after children for a family. You get little or no pay.',
    }),
  ];
  const replacement: Record<string, string> = {
    'home-someone-else-holds-ids': 'identity-documents-held-by-someone-else',
    'home-someone-answers-for-tenants': 'someone-else-speaks-for-them',
    'home-tenants-rarely-go-out': 'rarely-allowed-out-alone',
    'domestic-worker-paid-little-or-nothing': 'paid-little-or-nothing',
  };

  it('calls each merged sign the same as the sign that replaced it, so the test fails if one comes back', () => {
    const withOld = conceptWeights([...signs, ...merged]);
    for (const old of merged) {
      const kept = signs.find((sign) => sign.id === replacement[old.id]);
      assert.ok(kept, replacement[old.id]);
      assert.ok(compareSigns(old, kept, withOld).same, `${old.id} ~ ${kept.id} is not flagged`);
    }
  });

  it('does not call unrelated signs the same', () => {
    const byId = (id: string) => signs.find((sign) => sign.id === id) as ComparableSign;
    for (const [a, b] of [
      ['injuries-without-explanation', 'online-job-offer-too-good-to-be-true'],
      ['identity-documents-held-by-someone-else', 'cannabis-strong-smell'],
      ['someone-else-speaks-for-them', 'rarely-allowed-out-alone'],
      ['very-long-hours', 'paid-little-or-nothing'],
    ] as const) {
      assert.equal(compareSigns(byId(a), byId(b), weights).same, false, `${a} ~ ${b}`);
    }
  });
});
