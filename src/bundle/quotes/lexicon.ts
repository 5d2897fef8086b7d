import { QUOTE_RULES as R } from './quoteRules.ts';
import type { Token } from './tokens.ts';

/**
 * The lexicons the readers ask of nearly every word, as bits: a token's bits are looked up once
 * (lexOf) and every later question is a bit test. A `Set.has` on a token's text costs about 20 ns,
 * and a parse asked about three lookups a word, most of them of the same few lexicons.
 */
export const LEX = {
  /** Any word that may be a cue of speech, "-nya" forms included (reportedSpeech.ts, cueKindAt). */
  cue: 1 << 0,
  places: 1 << 1,
  outletNames: 1 << 2,
  outletHeads: 1 << 3,
  dayNames: 1 << 4,
  titles: 1 << 5,
  shortTitles: 1 << 6,
  anaphoricDeterminers: 1 << 7,
  otherMarkers: 1 << 8,
  namingWords: 1 << 9,
  roleLinkers: 1 << 10,
  mentionStops: 1 << 11,
  adverbs: 1 << 12,
  negations: 1 << 13,
  connectives: 1 << 14,
  roleHeads: 1 << 15,
  /** The first word of a two-word role head ("juru" of "juru bicara"). */
  twoWordRoleStarts: 1 << 16,
  institutionHeads: 1 << 17,
  officeWords: 1 << 18,
  englishSpeechVerbs: 1 << 19,
} as const;

/** A word of an office, a role, an institution, an outlet or a short title. */
export const OFFICE =
  LEX.officeWords | LEX.roleHeads | LEX.institutionHeads | LEX.outletHeads | LEX.shortTitles;
/** A role head, or the first word of a two-word one. */
export const ROLE_START = LEX.roleHeads | LEX.twoWordRoleStarts;

/** The words that may be a cue of speech, with their "-nya" forms. */
function cueWords(): string[] {
  return [
    ...R.postCues,
    ...[...R.postCues].map((w) => `${w}nya`),
    ...R.speechVerbs,
    ...R.weakSpeechVerbs,
    R.accordingTo,
    `${R.accordingTo}nya`,
    ...R.sentenceInitialCues,
    ...R.passiveCues,
  ];
}

let table: Map<string, number> | undefined;

/** Every word of the lexicons above with its bits, made on first use. */
function lexicon(): Map<string, number> {
  if (table) return table;
  const made = new Map<string, number>();
  const add = (bit: number, words: Iterable<string>) => {
    for (const word of words) made.set(word, (made.get(word) ?? 0) | bit);
  };
  add(LEX.cue, cueWords());
  add(LEX.places, R.places);
  add(LEX.outletNames, R.outletNames);
  add(LEX.outletHeads, R.outletHeads);
  add(LEX.dayNames, R.dayNames);
  add(LEX.titles, R.titles);
  add(LEX.shortTitles, R.shortTitles.keys());
  add(LEX.anaphoricDeterminers, R.anaphoricDeterminers);
  add(LEX.otherMarkers, R.otherMarkers);
  add(LEX.namingWords, R.namingWords);
  add(LEX.roleLinkers, R.roleLinkers);
  add(LEX.mentionStops, R.mentionStops);
  add(LEX.adverbs, R.adverbs);
  add(LEX.negations, R.negations);
  add(LEX.connectives, R.connectives);
  add(LEX.roleHeads, R.roleHeads);
  add(LEX.twoWordRoleStarts, R.twoWordRoleHeads.keys());
  add(LEX.institutionHeads, R.institutionHeads);
  add(LEX.officeWords, R.officeWords);
  add(LEX.englishSpeechVerbs, R.englishSpeechVerbs);
  table = made;
  return made;
}

/** The lexicon bits of a lower-case word: 0 for a word in none of them. */
export function lexiconBits(lower: string): number {
  return lexicon().get(lower) ?? 0;
}

/** A token's lexicon bits, looked up on the first question and kept on the token. */
export function lexOf(token: Pick<Token, 'lower' | 'lex'>): number {
  if (token.lex < 0) token.lex = lexiconBits(token.lower);
  return token.lex;
}
