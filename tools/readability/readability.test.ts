import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables, EXEMPT_BELOW_WORDS, kindReport, readability, sentencesOf, tooHard, wordsOf } from './readability.js';
import { corpusReport, englishItems, KINDS, PUBLIC_AGE, VICTIM_AGE } from './corpus.js';
import type { Kind } from './corpus.js';

describe('syllable counter', () => {
  // Counts as a British English dictionary gives them; each rule and exception of the counter is here.
  const expected: Record<string, number> = {
    // one vowel group, short words, a y at the start
    a: 1, the: 1, you: 1, young: 1, year: 1, yourself: 2, help: 1, thing: 1, strong: 1, rhythm: 1,
    // silent final e, and a final e that is a syllable of its own
    make: 1, home: 1, whole: 1, house: 1, care: 1, there: 1, free: 1, table: 2, people: 2, little: 2, centre: 2, argue: 2,
    // -ed and -es
    moved: 1, worked: 1, used: 1, called: 1, covered: 2, wanted: 2, handled: 2, needed: 2, tried: 1, played: 1,
    makes: 1, clothes: 1, times: 1, places: 2, changes: 2, houses: 2, boxes: 2, wishes: 2, tables: 2, goes: 1, lies: 1, families: 3,
    // silent e before a suffix, compounds
    safely: 2, lonely: 2, homeless: 2, basement: 2, enforcement: 3, statement: 2, agreement: 3, careful: 2,
    someone: 2, something: 2, sometimes: 2, somewhere: 2, anyone: 3, everyone: 3, everything: 3, housework: 2, household: 2,
    // vowels side by side that are two syllables
    being: 2, going: 2, seeing: 2, saying: 2, trying: 2, carrying: 3, player: 2, employer: 3,
    media: 3, romanian: 4, trial: 2, social: 2, special: 2, asian: 2,
    violence: 3, period: 3, nation: 2, region: 2, million: 2, serious: 3, anxious: 2, religious: 3, behaviour: 3,
    usual: 3, actual: 3, situation: 4, language: 2, equal: 2, lithuanian: 5, easier: 3, earlier: 3, mechanism: 4,
    // exceptions
    police: 2, every: 2, area: 3, idea: 3, quiet: 2, client: 2, maybe: 2, business: 2, family: 3, different: 3, elsewhere: 2,
    // longer words
    vulnerable: 4, interpreter: 4, organisations: 5, exploitation: 4, emergency: 4, referral: 3, electricity: 5, trafficking: 3,
  };

  for (const [word, syllables] of Object.entries(expected)) {
    it(`${word}: ${syllables}`, () => assert.equal(countSyllables(word), syllables));
  }

  // Tokens that are not plain words, grouped by the rule that counts them.
  const special: [rule: string, cases: [token: string, syllables: number][]][] = [
    ['capitals are read letter by letter', [['NRM', 3], ['UK', 2], ["UK's", 2], ['WWF', 7]]],
    ['numbers and placeholders count as one', [['999', 1], ['8am', 1], ['{{count}}', 1]]],
    ['a hyphenated word adds its parts', [['hi-vis', 2], ['anti-social', 4]]],
    ['possessives and contractions', [["boss's", 2], ["person's", 2], ['don’t', 1], ["doesn't", 2], ["wouldn't", 2]]],
  ];
  for (const [rule, cases] of special) {
    it(rule, () => {
      for (const [token, syllables] of cases) assert.equal(countSyllables(token), syllables, token);
    });
  }
});

describe('Flesch–Kincaid reading age', () => {
  it('splits words and sentences, a placeholder being one word', () => {
    assert.deepEqual(wordsOf('Call {{number}} now.'), ['Call', '0', 'now']);
    assert.deepEqual(wordsOf("Someone else's hi-vis."), ['Someone', "else's", 'hi-vis']);
    assert.equal(sentencesOf('One. Two? Three! Four…').length, 4);
    assert.equal(sentencesOf('No end mark').length, 1);
    assert.equal(sentencesOf('Line one\nLine two').length, 2);
  });

  it('is the formula: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, and grade + 5', () => {
    // 11 words, 2 sentences, 14 syllables: 0.39 × 5.5 + 11.8 × 14 ÷ 11 − 15.59 = 1.57
    const result = readability('You can get help now. Nobody will be angry with you.');
    assert.deepEqual(
      { words: result.words, sentences: result.sentences, syllables: result.syllables },
      { words: 11, sentences: 2, syllables: 14 },
    );
    assert.equal(result.grade, 1.6);
    assert.equal(result.readingAge, 6.6);
  });

  it('counts a name inside a sentence as one syllable, and in full when it starts the sentence', () => {
    assert.equal(readability('Some staff speak Lithuanian and Romanian here.').syllables, 7);
    assert.equal(readability('Lithuanian staff can help you.').syllables, 9);
    assert.equal(readability('You can call Crimestoppers. Crimestoppers is a charity.').syllables, 4 + 3 + 1 + 1 + 3);
  });

  it(`exempts items of fewer than ${EXEMPT_BELOW_WORDS} words`, () => {
    assert.equal(readability('Considerable psychological difficulties communicating').exempt, true);
    assert.equal(tooHard('Considerable psychological difficulties communicating', VICTIM_AGE), false);
    assert.equal(readability('You can get help, even if you are not sure.').exempt, false);
  });

  it('fails a hard sentence and passes a plain one', () => {
    const hard = 'Individuals experiencing exploitation frequently encounter considerable psychological difficulties communicating with governmental authorities.';
    assert.ok(readability(hard).readingAge > 20, String(readability(hard).readingAge));
    assert.equal(tooHard(hard, VICTIM_AGE), true);
    assert.equal(tooHard(hard, PUBLIC_AGE), true);
    const plain = 'You can get help. It is not your fault. You can call us at any time.';
    assert.equal(tooHard(plain, VICTIM_AGE), false);
    // The check over a kind of text fails as the corpus check would.
    const report = kindReport([{ key: 'hard', text: hard }, { key: 'plain', text: plain }], VICTIM_AGE);
    assert.equal(report.over, 1);
    assert.equal(report.worstKey, 'hard');
  });
});

describe('the English text is plain', () => {
  const { items, unknown } = englishItems();
  const report = corpusReport(items);

  it('knows the kind of every string it shows', () => {
    assert.deepEqual(unknown, []);
  });

  it('reports count, median and worst reading age for each kind of text', (t) => {
    for (const [kind, line] of Object.entries(report)) {
      t.diagnostic(
        `${kind}: ${line.count} items, ${line.measured} measured; median reading age ${line.median ?? '-'}, worst ${line.worst ?? '-'} (${line.worstKey ?? '-'}); limit ${line.limit}, ${line.over} over`,
      );
    }
    assert.ok(items.length > 300);
  });

  for (const kind of Object.keys(KINDS) as Kind[]) {
    const limit = KINDS[kind];
    it(`${kind}: every item reads at age ${limit} or under (items under ${EXEMPT_BELOW_WORDS} words exempt)`, () => {
      const over = items
        .filter((item) => item.kind === kind)
        .map((item) => ({ ...item, age: readability(item.text).readingAge }))
        .filter((item) => tooHard(item.text, limit))
        .map((item) => `${item.key} (${item.age}): ${item.text}`);
      assert.deepEqual(over, []);
    });
  }
});
