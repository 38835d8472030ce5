/**
 * "Do these two signs say the same thing?" A simple, explainable measure that the data tests use to keep one
 * meaning under one id (see test/duplicate-signs.test.ts). It is a maintenance tool, not part of the widget:
 * nothing the embed loads imports it, and the package index does not export it.
 *
 * The measure, in words:
 * 1. **Concepts.** A sign's English text (title, detail and the second-person `self` text) is lower-cased;
 *    phrases and words that name the same thing here are replaced by one concept ({@link CONCEPTS}: "passport",
 *    "ID" and "papers" are all `papers`; "answers for" and "translating" are `speaks-for`); function words and
 *    words nearly every sign uses ({@link STOP_WORDS}) are dropped; every other word is cut to a crude stem.
 * 2. **Rarity.** Each concept weighs ln((N + 1) / n), where N is the number of signs compared and n the number
 *    whose text uses it, so "passport" counts for much more than "home".
 * 3. **Overlap.** Title overlap is the weight of the concepts two titles share ÷ the weight of the lighter
 *    title (so a short title inside a longer one counts in full). Text overlap is the weighted Jaccard index of
 *    all their text: the weight of the concepts both use ÷ the weight of the concepts either uses.
 * 4. **Facts.** The facts agree when the signs share an ILO forced-labour indicator, or sit in the same
 *    Home Office category with the same Palermo element.
 * 5. **Verdict.** Two signs are *the same* when their titles share at least {@link MIN_SHARED_TITLE_WEIGHT} of
 *    weight (about one uncommon word) and overlap by {@link TITLE_SAME} (or {@link TITLE_SAME_IF_FACTS_AGREE} when
 *    the facts agree), or when their text overlaps by {@link TEXT_SAME} (or {@link TEXT_SAME_IF_FACTS_AGREE}).
 *
 * It is a screen, not a judge: it finds pairs a person should look at. Pairs that are related but say
 * different things are kept on purpose in the test's allow-list, each with its reason.
 */

/** What the measure reads of a sign: its facts and its English text. */
export interface ComparableSign {
  id: string;
  category: string;
  ilo: readonly string[];
  palermo?: string | undefined;
  text: { title: string; detail: string; self?: string | undefined };
}

/** Title overlap at which two signs are the same, whatever their facts. */
export const TITLE_SAME = 0.6;
/** Title overlap at which two signs whose facts agree are the same. */
export const TITLE_SAME_IF_FACTS_AGREE = 0.4;
/** The least weight two titles must share to count at all: one word used by about one sign in twenty. */
export const MIN_SHARED_TITLE_WEIGHT = 3;
/** Text overlap at which two signs are the same, whatever their facts. */
export const TEXT_SAME = 0.25;
/** Text overlap at which two signs whose facts agree are the same. */
export const TEXT_SAME_IF_FACTS_AGREE = 0.15;

/** Function words, and words nearly every sign uses, which say nothing about what a sign means. */
const STOP_WORDS = new Set(
  `a about after again all also always am an and any anyone anything are as at be because been before being
  but by can cannot could did do does doing done down each even ever every for from get gets getting give
  given gives go goes going got had has have having he her here hers him his how i if in into is it its just
  like made make makes many may me might more most much must my no nor not now of off on one only or other
  others our out over own person people same see seem seems she should so some someone something sometimes
  such than that the their theirs them then there these they this those through to too under until up us
  very was way we were what when where whether which while who whom why will with without would you your
  yours yourself themselves themself else often let lot lots thing things told tell tells said say says
  whatever wherever whenever usually really quite well back know work works working worked worker workers staff`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words and phrases that name the same thing in these texts, each replaced by one concept before the
 * words are compared, so that "passport" meets "ID", "answers for" meets "speaks for" and "picked up"
 * meets "dropped off". Applied in order, to lower-case text; an empty concept drops the phrase.
 */
export const CONCEPTS: readonly (readonly [RegExp, string])[] = [
  // Names of places say where a sign is seen, not what it means: dropped.
  [/\b(car wash(es)?|nail bars?|building sites?)\b/g, ''],
  [/\b(days? off|time off|free time|time of (their|your) own|holidays?|breaks?|rest)\b/g, 'rest'],
  [/\b(whenever (anyone|someone|they are|you are) calls?( them| you)?|always on call|on call)\b/g, 'on-call'],
  [/\b(long hours|all hours|all day|every day|early (morning )?(till|until|to) late( at night)?)\b/g, 'long-hours'],
  [/\b(speaks?|speaking|answers?|answering|talks?|talking) for\b|\b(translat|interpret)\w*/g, 'speaks-for'],
  [/\b(go|goes|going|went) (out|outside)\b|\bleaves? the house\b|\bseen (out|outside)\b/g, 'go-out'],
  [/\b(on (their|your) own|alone|escort\w*|guard\w*|accompan\w*|(always|goes|go|has to go) with (them|you))\b/g, 'not-alone'],
  [/\b(picked|pick|picks|drop|dropped|drops) (up|off)\b|\bcollect\w*|\bbrought back\b|\bdriven\b|\bdrives?\b|\bvans?\b|\bminibus\w*/g, 'transport'],
  [/\b(early|late|night|odd hours|odd times|mornings?)\b/g, 'odd-hours'],
  [/\b(live|lives|living|sleeps?|sleeping) (at|on|in|above) (the |a )?(site|premises|salon|car wash|restaurant|hotel|work|back room)\b|\bwhere (they|you) work\b|\bliving at work\b/g, 'live-at-work'],
  [/\b(passports?|ids?|identity|papers|documents?)\b/g, 'papers'],
  [/\b(pay|paid|wages?|money|earn\w*|tips|salary)\b/g, 'pay'],
  [/\b(debts?|owes?|owed|owing|fees?)\b/g, 'debt'],
  [/\b(bank|accounts?|cards?)\b/g, 'bank'],
  [/\b(homes?|house|houses|household|flats?|housing|accommodation)\b/g, 'home'],
  [/\b(beds?|mattress(es)?|bedding)\b/g, 'bed'],
  [/\b(boss(es)?|employers?|managers?|agency|agencies|gangmasters?|labour providers?)\b/g, 'boss'],
  [/\b(food|eat|hungry|underfed|meals?)\b/g, 'food'],
  [/\b(scared|afraid|frightened|fears?|anxious|nervous|worried|on edge)\b/g, 'fear'],
  [/\b(hurts?|hit|injur\w*|harm\w*|bruises|burns|abuse[sd]?)\b/g, 'hurt'],
  [/\b(locks?|locked|bolts?|barred)\b/g, 'lock'],
  [/\b(crowded|overcrowd\w*|cramped|too many (tenants|people))\b/g, 'crowded'],
  [/\b(promis\w*|false|lies|trick\w*)\b/g, 'promise'],
  [/\b(visits?|visitors?|visiting|callers?|coming and going)\b/g, 'visit'],
  [/\b(hours|shifts?)\b/g, 'hours'],
  [/\b(children|child|young)\b/g, 'child'],
  [/\b(tenants?|occupants?)\b/g, 'tenant'],
];

/** A crude English stem: plurals and -ing/-ed endings are cut; "holds"/"held" are not matched. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  // "shopping" → "shopp" → "shop"; "stopped" → "stopp" → "stop"
  if (w.length > 3 && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const conceptCache = new Map<string, ReadonlySet<string>>();

/** The set of concepts in a text: its phrases and words mapped by {@link CONCEPTS}, the rest stemmed. */
export function contentStems(text: string): ReadonlySet<string> {
  const cached = conceptCache.get(text);
  if (cached) return cached;
  const found = concepts(text);
  conceptCache.set(text, found);
  return found;
}

function concepts(text: string): Set<string> {
  let normalised = text.toLowerCase().replace(/['’]s\b/g, '');
  const found = new Set<string>();
  for (const [pattern, name] of CONCEPTS) {
    normalised = normalised.replace(pattern, () => {
      if (name) found.add(name);
      return ' ';
    });
  }
  for (const raw of normalised.split(/[^a-z]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    found.add(stem(raw));
  }
  return found;
}

/** How much each concept counts: ln((N + 1) / n), n being the number of the N signs whose text uses it. */
export type ConceptWeights = ReadonlyMap<string, number>;

function allConcepts(sign: ComparableSign): ReadonlySet<string> {
  return contentStems(`${sign.text.title} ${sign.text.detail} ${sign.text.self ?? ''}`);
}

/** The rarity weight of every concept used by a list of signs (the test passes all of them). */
export function conceptWeights(signs: readonly ComparableSign[]): ConceptWeights {
  const counts = new Map<string, number>();
  for (const sign of signs) for (const c of allConcepts(sign)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return new Map([...counts].map(([c, n]) => [c, Math.log((signs.length + 1) / n)]));
}

function weightOf(concepts: Iterable<string>, weights: ConceptWeights): number {
  let total = 0;
  // A concept the weights have not seen is as rare as can be: used by one sign.
  const rarest = Math.max(0, ...weights.values());
  for (const c of concepts) total += weights.get(c) ?? rarest;
  return total;
}

export interface Similarity {
  /** Weight of the concepts the titles share ÷ weight of the lighter title. */
  title: number;
  /** Weight of the concepts the titles share. */
  sharedTitleWeight: number;
  /** Weighted Jaccard index of all their text. */
  text: number;
  /** The concepts their text shares, heaviest first: what a reader of a failure should look at. */
  shared: string[];
  /** ILO forced-labour indicators both cite. */
  sharedIlo: string[];
  /** Same Home Office category and the same Palermo element. */
  sameCategoryAndElement: boolean;
  /** Whether the measure calls them the same. */
  same: boolean;
}

/** How alike two signs are, and whether the measure calls them the same (see the module comment). */
export function compareSigns(a: ComparableSign, b: ComparableSign, weights: ConceptWeights): Similarity {
  const titleA = contentStems(a.text.title);
  const titleB = contentStems(b.text.title);
  const sharedTitle = [...titleA].filter((c) => titleB.has(c));
  const sharedTitleWeight = weightOf(sharedTitle, weights);
  const lighter = Math.min(weightOf(titleA, weights), weightOf(titleB, weights));
  const title = lighter === 0 ? 0 : sharedTitleWeight / lighter;

  const textA = allConcepts(a);
  const textB = allConcepts(b);
  const shared = [...textA].filter((c) => textB.has(c));
  const either = weightOf(new Set([...textA, ...textB]), weights);
  const text = either === 0 ? 0 : weightOf(shared, weights) / either;

  const sharedIlo = a.ilo.filter((ref) => b.ilo.includes(ref));
  const sameCategoryAndElement = a.category === b.category && a.palermo !== undefined && a.palermo === b.palermo;
  const factsAgree = sharedIlo.length > 0 || sameCategoryAndElement;
  const titlesMatch =
    sharedTitleWeight >= MIN_SHARED_TITLE_WEIGHT && title >= (factsAgree ? TITLE_SAME_IF_FACTS_AGREE : TITLE_SAME);
  const textsMatch = text >= (factsAgree ? TEXT_SAME_IF_FACTS_AGREE : TEXT_SAME);
  const byWeight = (x: string, y: string) => (weights.get(y) ?? 0) - (weights.get(x) ?? 0);
  return {
    title,
    sharedTitleWeight,
    text,
    shared: shared.sort(byWeight),
    sharedIlo,
    sameCategoryAndElement,
    same: titlesMatch || textsMatch,
  };
}

/** Every pair in a list that the measure calls the same, each pair once, in list order. */
export function sameMeaningPairs<T extends ComparableSign>(
  signs: readonly T[],
  weights: ConceptWeights = conceptWeights(signs),
): { a: T; b: T; similarity: Similarity }[] {
  const pairs: { a: T; b: T; similarity: Similarity }[] = [];
  for (let i = 0; i < signs.length; i += 1) {
    for (let j = i + 1; j < signs.length; j += 1) {
      const a = signs[i] as T;
      const b = signs[j] as T;
      const similarity = compareSigns(a, b, weights);
      if (similarity.same) pairs.push({ a, b, similarity });
    }
  }
  return pairs;
}
