import type { Analysis } from './analyse.ts';
import type { Lexicon } from './lexicon.ts';
import { PARTICLE_SUFFIXES, POSSESSIVE_SUFFIXES, WORD_HYPHENS } from './rules.ts';
import { tokenizeWords, type WordToken } from './tokenize.ts';

/** Where a word's meanings came from: its own entry, its root's, or the phrase it belongs to. */
export type MeaningSource = 'word' | 'root' | 'compound' | 'phrase';

export interface WordGloss {
  word: string;
  analysis: Analysis;
  meanings: readonly string[] | null;
  meaningSource: MeaningSource | null;
  /** The meanings of the root itself, shown beside the word's own in the card. */
  rootMeanings: readonly string[] | null;
}

export interface PhraseMatch {
  /** The phrase as written in the text. */
  text: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  meanings: readonly string[];
}

export interface GlossedToken extends WordToken, WordGloss {
  phrase: PhraseMatch | null;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const INFLECTIONS = [
  ...PARTICLE_SUFFIXES,
  ...POSSESSIVE_SUFFIXES,
  ...POSSESSIVE_SUFFIXES.flatMap((possessive) =>
    PARTICLE_SUFFIXES.map((particle) => possessive + particle),
  ),
];

/** Keys of the lexicon are lower case except acronyms (AS, PBB), which keep their capitals. */
function lexiconKeys(word: string): string[] {
  const lower = word.toLowerCase();
  return ACRONYM.test(word) ? [word, lower] : [lower];
}

function ownMeanings(word: string, lexicon: Lexicon): readonly string[] | undefined {
  for (const key of lexiconKeys(word)) {
    const meanings = lexicon.meaningsOf(key);
    if (meanings) return meanings;
  }
  // A listed word with only a pronoun or particle after it: pertemuannya → pertemuan.
  const lower = word.toLowerCase();
  for (const ending of INFLECTIONS) {
    if (lower.length - ending.length < 3 || !lower.endsWith(ending)) continue;
    const meanings = lexicon.meaningsOf(lower.slice(0, -ending.length));
    if (meanings) return meanings;
  }
  return undefined;
}

function compoundMeanings(word: string, lexicon: Lexicon): string[] | undefined {
  const halves = word.split(WORD_HYPHENS);
  if (halves.length < 2) return undefined;
  const glossed = halves.map((half) => {
    const own = ownMeanings(half, lexicon);
    if (own) return own[0];
    const analysis = lexicon.analyse(half);
    return analysis.known ? lexicon.meaningsOf(analysis.root)?.[0] : undefined;
  });
  if (glossed.some((half) => half === undefined)) return undefined;
  return [glossed.join('-')];
}

/** The root and meaning of one word, without its context. */
export function glossWord(word: string, lexicon: Lexicon): WordGloss {
  const analysis = lexicon.analyse(word);
  const rootMeanings = analysis.known ? (lexicon.meaningsOf(analysis.root) ?? null) : null;
  const own = ownMeanings(word, lexicon);
  if (own) return { word, analysis, meanings: own, meaningSource: 'word', rootMeanings };
  if (rootMeanings)
    return { word, analysis, meanings: rootMeanings, meaningSource: 'root', rootMeanings };
  const compound = compoundMeanings(word, lexicon);
  if (compound)
    return { word, analysis, meanings: compound, meaningSource: 'compound', rootMeanings };
  return { word, analysis, meanings: null, meaningSource: null, rootMeanings };
}

/**
 * Multiword expressions by longest match, left to right, over tokens separated only by spaces
 * (a comma or a full stop ends a phrase): "Dewan Keamanan Nasional" before "Dewan Keamanan".
 */
export function findPhrases(
  text: string,
  tokens: readonly WordToken[],
  lexicon: Lexicon,
): PhraseMatch[] {
  const phrases: PhraseMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    let matched: PhraseMatch | null = null;
    for (
      let length = Math.min(lexicon.longestPhrase, tokens.length - index);
      length >= 2;
      length--
    ) {
      const span = tokens.slice(index, index + length);
      const joinedBySpaces = span.every(
        (token, i) => i === 0 || /^\s+$/u.test(text.slice(span[i - 1]?.end, token.start)),
      );
      if (!joinedBySpaces) continue;
      const meanings = lexicon.meaningsOf(span.map((token) => token.text.toLowerCase()).join(' '));
      const first = span[0];
      const last = span.at(-1);
      if (meanings && first && last) {
        matched = {
          text: text.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          firstToken: index,
          lastToken: index + length - 1,
          meanings,
        };
        break;
      }
    }
    if (matched) {
      phrases.push(matched);
      index = matched.lastToken + 1;
    } else {
      index += 1;
    }
  }
  return phrases;
}

/** Every word token of a text with its analysis, meanings and the phrase it belongs to. */
export function glossText(text: string, lexicon: Lexicon): GlossedToken[] {
  const tokens = tokenizeWords(text);
  const phrases = findPhrases(text, tokens, lexicon);
  const phraseOf = new Map<number, PhraseMatch>();
  for (const phrase of phrases)
    for (let i = phrase.firstToken; i <= phrase.lastToken; i++) phraseOf.set(i, phrase);
  return tokens.map((token, index) => {
    const phrase = phraseOf.get(index) ?? null;
    const gloss = glossWord(token.text, lexicon);
    if (gloss.meanings === null && phrase)
      return { ...token, ...gloss, meanings: phrase.meanings, meaningSource: 'phrase', phrase };
    return { ...token, ...gloss, phrase };
  });
}
