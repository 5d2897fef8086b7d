/** A word of a text, with UTF-16 offsets into that text (`end` exclusive), as the bundle's spans. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/**
 * Letters and digits, joined by an apostrophe (Jum'at) or a hyphen (kata-kata, pro-Rusia), so a
 * reduplicated word stays one token. Punctuation, spaces and symbols separate tokens.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;

/** The word tokens of a text: runs with at least one letter (pure numbers such as 2022 are not words). */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (!HAS_LETTER.test(match[0])) continue;
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The index of the token that covers `offset` (or ends right at it), or -1 between words. */
export function tokenIndexAt(tokens: readonly WordToken[], offset: number): number {
  return tokens.findIndex((token) => token.start <= offset && offset <= token.end);
}
