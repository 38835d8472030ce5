/**
 * Readability of English text, for the tests that hold the widget's words to plain English (dev only:
 * nothing here ships to readers).
 *
 * The measure is the Flesch–Kincaid grade level (Kincaid et al., 1975):
 *
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * and the UK reading age is that US school grade plus 5 (a grade-4 text suits a reader of about 9). It
 * rewards short sentences and short words, which is what a frightened reader in a second language needs.
 *
 * Why our own code rather than a package: the formula is one line, the only hard part is counting syllables,
 * and our text is small and known. A counter we can read and test against every word the widget uses is
 * easier to trust than a dependency (and adds nothing to the install). Its rules are below; its known
 * mistakes are corrected by a short list of exceptions, and the test checks it word by word.
 *
 * Conventions, chosen so that a rewrite cannot "pass" by tricks of the counter:
 * - a placeholder such as {{number}}, and any token with a digit in it (999, 8am, 200), counts as one word
 *   of one syllable: it stands for a number or a name the reader already has in front of them;
 * - an abbreviation in capitals (NRM, UK, ID) is read letter by letter: one syllable a letter, W three:
 *   it is jargon to most readers;
 * - a name (a word in Title case that does not start its sentence: Lithuanian, Peterborough, Shift) counts as one
 *   syllable, as proper nouns are "familiar" in Dale–Chall and never "complex" in Gunning's fog index: the reader
 *   needs the name as it is, and a rewrite cannot make it shorter. A name that starts a sentence counts in full;
 * - a hyphenated word (hi-vis, anti-social) is one word with the syllables of its parts;
 * - sentences end at . ! ? … or a line break; text without an end mark is one sentence;
 * - an item of fewer than EXEMPT_BELOW_WORDS (8) words is exempt: headings and labels are short by nature, and
 *   on so few words the formula measures one long word rather than the text.
 */

/** Items with fewer words than this are exempt (see above). */
export const EXEMPT_BELOW_WORDS = 8;

/** One syllable a letter, when an abbreviation is read out. */
const LETTER_SYLLABLES: Record<string, number> = { w: 3 };

/**
 * Words the rules below count wrongly, with their syllables in British English as a dictionary gives them.
 * Add to this list (with a test) rather than bending the rules for one word.
 */
const EXCEPTIONS: Record<string, number> = {
  any: 2,
  safety: 2,
  area: 3,
  idea: 3,
  create: 2,
  created: 3,
  client: 2,
  clients: 2,
  quiet: 2,
  society: 4,
  anxiety: 4,
  variety: 4,
  science: 2,
  hundred: 2,
  maybe: 2,
  video: 3,
  police: 2,
  poem: 2,
  cruel: 2,
  fuel: 2,
  coerce: 2,
  coerced: 2,
  coercion: 3,
  reuse: 2,
  react: 2,
  naive: 2,
  via: 2,
  million: 2,
  millions: 2,
  opinion: 3,
  familiar: 3,
  businesses: 3,
  business: 2,
  every: 2,
  evening: 2,
  different: 3,
  interest: 3,
  several: 3,
  general: 3,
  camera: 3,
  cameras: 3,
  chocolate: 2,
  vegetable: 3,
  family: 3,
  families: 3,
  definitely: 4,
  separate: 3,
  favourite: 3,
  temperature: 4,
  toward: 2,
  towards: 2,
  eye: 1,
  eyes: 1,
  ok: 2,
  okay: 2,
  whatsapp: 3,
  cuckooing: 3,
  hmo: 3,
  acas: 2,
  wherever: 3,
  elsewhere: 2,
  cambridgeshire: 3,
  crimestoppers: 3,
};

/** Syllables of one word (letters, apostrophes and hyphens; anything else is ignored). */
export function countSyllables(token: string): number {
  if (/\d/.test(token) || /^\{\{.*\}\}$/.test(token)) return 1;
  const plain = token.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'");
  if (plain.includes('-')) {
    return plain
      .split('-')
      .filter((part) => /[a-z]/i.test(part))
      .reduce((sum, part) => sum + countSyllables(part), 0);
  }
  // camelCase as in "emergencySMS": the parts are words.
  const camel = /^([a-z]+)([A-Z].*)$/.exec(plain);
  if (camel) return countSyllables(camel[1] as string) + countSyllables(camel[2] as string);
  const letters = plain.replace(/[^A-Za-z']/g, '');
  if (/^[A-Z]{2,6}(?:s|'s)?$/.test(letters) && !(letters.replace(/'?s$/, '').toLowerCase() in EXCEPTIONS)) {
    const caps = letters.replace(/'?s$/, '');
    return [...caps.toLowerCase()].reduce((sum, letter) => sum + (LETTER_SYLLABLES[letter] ?? 1), 0);
  }
  let word = letters.toLowerCase();
  // Possessive 's adds a syllable only after a hissing sound (boss's, church's).
  let extra = 0;
  if (word.endsWith("'s")) {
    word = word.slice(0, -2);
    if (/(?:s|x|z|ch|sh|ce|ge|se|ze)$/.test(word)) extra = 1;
  }
  // Contractions: don't, can't, won't are one syllable; doesn't, isn't, wouldn't add one to their verb.
  if (word.endsWith("n't")) {
    const verb = word.slice(0, -3);
    return ['do', 'ca', 'wo', 'sha', 'ai'].includes(verb) ? 1 : countWord(verb.replace(/'/g, '')) + 1;
  }
  word = word.replace(/'/g, '');
  if (!word) return 0;
  return countWord(word) + extra;
}

/** Words that are often the first part of a compound whose e is silent: someone, housework, careful. */
const COMPOUND_HEADS = ['some', 'any', 'every', 'home', 'house', 'life', 'time', 'care', 'safe', 'fire', 'where', 'there', 'here', 'side', 'whole', 'more', 'name', 'wise', 'one'];

function countWord(word: string): number {
  if (word in EXCEPTIONS) return EXCEPTIONS[word] as number;
  if (word.length <= 3) return 1;
  const head = COMPOUND_HEADS.find((part) => word.startsWith(part) && word.length - part.length >= 3 && /[aeiouy]/.test(word.slice(part.length)));
  if (head) return countWord(head) + countWord(word.slice(head.length));
  // A y at the start is a consonant (you, young, year).
  const body = word.startsWith('y') ? `_${word.slice(1)}` : word;
  let count = body.match(/[aeiouy]+/g)?.length ?? 0;

  // Silent endings. A final e is silent (make, whole, care) except in a syllable of its own (table, centre).
  if (/[^aeiouy]e$/.test(body) && !/[^aeiouy]re$/.test(body) && !/[^aeioul]le$/.test(body)) count -= 1;
  // -ed is silent (moved, worked, covered) except after t or d (wanted) and in a syllable of its own (handled, hundred).
  if (/[^aeiouy]ed$/.test(body) && !/[td]ed$/.test(body) && !/[^aeioul]led$/.test(body) && !/[^aeiouy]red$/.test(body)) count -= 1;
  // -es is silent (makes, clothes, cares) except after a hissing sound (places, changes, houses) and in a syllable of its own (tables, centres).
  if (/[^aeiouy]es$/.test(body) && !/(?:s|x|z|ch|sh|c|g)es$/.test(body) && !/[^aeioul]les$/.test(body) && !/[^aeiouy]res$/.test(body)) count -= 1;
  // A silent e before a suffix: safely, homeless, basement, enforcement.
  if (/[aeiouy][^aeiouy]{1,2}e(?:ly|ful|fully|less|ment|ments|ness)$/.test(body)) count -= 1;

  // Vowels side by side that are two syllables.
  if (/[aeiouy]ings?$/.test(body)) count += 1; // being, going, saying, trying
  count += body.match(/[aeiou]y(?:[ao]|e(?![ds]$))/g)?.length ?? 0; // player, employer, loyal (not played, stays)
  count += body.match(/[^cgqst]ia/g)?.length ?? 0; // media, Romanian, trial (not social, Asia)
  count += body.match(/[^cgqstynl]io(?!u)/g)?.length ?? 0; // violence, period (not nation, region, million)
  count += body.match(/[^cgqtx]iou(?!r)/g)?.length ?? 0; // serious, various (not anxious, religious, behaviour)
  count += body.match(/[^gq]ua/g)?.length ?? 0; // usual, actual, situation (not language, equal)
  count += body.match(/iu/g)?.length ?? 0; // medium
  if (/[^aeiou]i(?:er|est)$/.test(body)) count += 1; // easier, earliest
  if (/[^aeiou]isms?$/.test(body)) count += 1; // mechanism, racism
  return Math.max(1, count);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level (US school grade). */
  grade: number;
  /** UK reading age: grade + 5. */
  readingAge: number;
  /** Fewer than EXEMPT_BELOW_WORDS words: the formula is not applied to it. */
  exempt: boolean;
}

const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}][\p{L}\p{N}'’]*)*/gu;

/** The words of a text, a placeholder being one word. */
export function wordsOf(text: string): string[] {
  return text.replace(PLACEHOLDER, ' 0 ').match(WORD) ?? [];
}

/** Sentences that hold at least one word. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(PLACEHOLDER, ' 0 ')
    .split(/(?<=[.!?…])\s+|\n+|(?<=[.!?…])$/)
    .filter((sentence) => wordsOf(sentence).length > 0);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A word in Title case after the first word of its sentence: a name (Crimestoppers, Lithuanian, Shift). */
const NAME = /^\p{Lu}\p{Ll}/u;

/** Syllables of the words of one sentence, a name counting as one. */
function sentenceSyllables(words: readonly string[]): number {
  return words.reduce((sum, word, index) => sum + (index > 0 && NAME.test(word) ? 1 : countSyllables(word)), 0);
}

export function readability(text: string): Readability {
  const sentenceWords = sentencesOf(text).map(wordsOf);
  const words = sentenceWords.reduce((sum, list) => sum + list.length, 0);
  const sentences = Math.max(1, sentenceWords.length);
  const syllables = sentenceWords.reduce((sum, list) => sum + sentenceSyllables(list), 0);
  if (words === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0, readingAge: 5, exempt: true };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return {
    words,
    sentences,
    syllables,
    grade: round(grade),
    readingAge: round(grade + 5),
    exempt: words < EXEMPT_BELOW_WORDS,
  };
}

/** True when a text is not exempt and reads above the reading age given. */
export function tooHard(text: string, maxReadingAge: number): boolean {
  const result = readability(text);
  return !result.exempt && result.readingAge > maxReadingAge;
}

export interface KindReport {
  /** Items of this kind. */
  count: number;
  /** Items measured (not exempt). */
  measured: number;
  /** Median reading age of the measured items. */
  median: number | null;
  /** Highest reading age, and the key that has it. */
  worst: number | null;
  worstKey: string | null;
  /** The limit for this kind, and how many measured items are over it. */
  limit: number;
  over: number;
}

export function kindReport(items: readonly { key: string; text: string }[], limit: number): KindReport {
  const measured = items
    .map((item) => ({ key: item.key, ...readability(item.text) }))
    .filter((item) => !item.exempt)
    .sort((a, b) => a.readingAge - b.readingAge);
  const ages = measured.map((item) => item.readingAge);
  const middle = Math.floor(ages.length / 2);
  const median = ages.length === 0 ? null : ages.length % 2 ? (ages[middle] as number) : round(((ages[middle - 1] as number) + (ages[middle] as number)) / 2);
  const last = measured[measured.length - 1];
  return {
    count: items.length,
    measured: measured.length,
    median,
    worst: last?.readingAge ?? null,
    worstKey: last?.key ?? null,
    limit,
    over: measured.filter((item) => item.readingAge > limit).length,
  };
}

