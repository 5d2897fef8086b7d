import { glossText } from './gloss.ts';
import type { Lexicon } from './lexicon.ts';

export interface GlossCoverage {
  /** Word tokens of the text (numbers are not word tokens). */
  tokens: number;
  /** Tokens counted: all but the person names set aside. */
  counted: number;
  /** Counted tokens with a root and a meaning (from the word, its root or its phrase). */
  covered: number;
  /** covered / counted, 0 to 1 (1 for a text with nothing to count). */
  share: number;
  /** The counted tokens left without a root or a meaning, in text order. */
  missed: string[];
}

/**
 * The share of a text's word tokens that get a root and a meaning. Person names are set aside by
 * the caller (`personNames`, matched token by token), as the measure asks; nothing else is.
 */
export function measureCoverage(
  text: string,
  lexicon: Lexicon,
  personNames: readonly string[] = [],
): GlossCoverage {
  const names = new Set(personNames.flatMap((name) => name.split(/\s+/u)));
  const all = glossText(text, lexicon);
  const glossed = all.filter((token) => !names.has(token.text));
  // A meaning comes from the word's own entry, its root's or its phrase's: each is a known unit.
  const missed = glossed.filter((token) => token.meanings === null).map((token) => token.text);
  const counted = glossed.length;
  const covered = counted - missed.length;
  return {
    tokens: all.length,
    counted,
    covered,
    share: counted === 0 ? 1 : covered / counted,
    missed,
  };
}
