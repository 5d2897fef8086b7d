import { expect, test } from 'vitest';
import { LEX, lexiconBits, lexOf, OFFICE, ROLE_START } from '../../src/bundle/quotes/lexicon.ts';
import { QUOTE_RULES as R } from '../../src/bundle/quotes/quoteRules.ts';
import { tokenize } from '../../src/bundle/quotes/tokens.ts';

/** Each bit stands for exactly the words of one rule lexicon; `cue` for every cue word. */
const MEANING: Record<keyof typeof LEX, (word: string) => boolean> = {
  cue: (w) =>
    R.postCues.has(w) ||
    (w.endsWith('nya') && R.postCues.has(w.slice(0, -3))) ||
    R.speechVerbs.has(w) ||
    R.weakSpeechVerbs.has(w) ||
    w === R.accordingTo ||
    w === `${R.accordingTo}nya` ||
    R.sentenceInitialCues.has(w) ||
    R.passiveCues.has(w),
  places: (w) => R.places.has(w),
  outletNames: (w) => R.outletNames.has(w),
  outletHeads: (w) => R.outletHeads.has(w),
  dayNames: (w) => R.dayNames.has(w),
  titles: (w) => R.titles.has(w),
  shortTitles: (w) => R.shortTitles.has(w),
  anaphoricDeterminers: (w) => R.anaphoricDeterminers.has(w),
  otherMarkers: (w) => R.otherMarkers.has(w),
  namingWords: (w) => R.namingWords.has(w),
  roleLinkers: (w) => R.roleLinkers.has(w),
  mentionStops: (w) => R.mentionStops.has(w),
  adverbs: (w) => R.adverbs.has(w),
  negations: (w) => R.negations.has(w),
  connectives: (w) => R.connectives.has(w),
  roleHeads: (w) => R.roleHeads.has(w),
  twoWordRoleStarts: (w) => R.twoWordRoleHeads.has(w),
  institutionHeads: (w) => R.institutionHeads.has(w),
  officeWords: (w) => R.officeWords.has(w),
  englishSpeechVerbs: (w) => R.englishSpeechVerbs.has(w),
};

/** The unions the readers ask for, as masks of the bits above. */
const MASKS: [string, number, (word: string) => boolean][] = [
  [
    'OFFICE',
    OFFICE,
    (w) =>
      R.officeWords.has(w) ||
      R.roleHeads.has(w) ||
      R.institutionHeads.has(w) ||
      R.outletHeads.has(w) ||
      R.shortTitles.has(w),
  ],
  ['ROLE_START', ROLE_START, (w) => R.roleHeads.has(w) || R.twoWordRoleHeads.has(w)],
];

test('every lexicon bit answers exactly as the rules’ own lexicons do', () => {
  // Every word of every rule lexicon, their "-nya" forms, and words of none.
  const words = new Set<string>(['', ',', 'rumah', 'mengatakannya', 'Kata', 'nya']);
  for (const value of Object.values(R)) {
    if (value instanceof Set) for (const w of value) words.add(String(w));
    if (value instanceof Map) for (const w of value.keys()) words.add(String(w));
  }
  for (const w of [...words]) words.add(`${w}nya`);
  const bits = Object.values(LEX);
  expect(new Set(bits).size).toBe(bits.length);
  for (const word of words) {
    for (const [name, means] of Object.entries(MEANING)) {
      const bit = LEX[name as keyof typeof LEX];
      expect((lexiconBits(word) & bit) !== 0, `${name} of "${word}"`).toBe(means(word));
    }
    for (const [name, mask, means] of MASKS)
      expect((lexiconBits(word) & mask) !== 0, `${name} of "${word}"`).toBe(means(word));
  }
});

test('a token’s bits are looked up on the first question and kept', () => {
  const [word, comma, quote] = tokenize('Kata, "Ya"', [{ start: 6, end: 10 }]);
  expect(word?.lex).toBe(-1);
  expect(lexOf(word ?? { lower: '', lex: -1 }) & LEX.cue).not.toBe(0);
  expect(word?.lex).toBe(lexiconBits('kata'));
  expect(lexOf(comma ?? { lower: '', lex: -1 })).toBe(0);
  // A quotation is never a word of a lexicon: its bits are known from the start.
  expect(quote?.type).toBe('quote');
  expect(quote?.lex).toBe(0);
});
