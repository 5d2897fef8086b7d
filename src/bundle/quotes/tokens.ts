import { RULES } from '../rules.ts';
import type { Span } from '../schema.ts';

/**
 * A paragraph as the attribution rules read it: words and punctuation of the narration, with
 * each direct quotation folded into one token so that no rule looks inside what was said.
 */
export interface Token {
  start: number;
  end: number;
  /** The token as written; for a quotation, its text including the marks. */
  text: string;
  /** Lower case, for lexicon lookups. */
  lower: string;
  type: 'word' | 'punct' | 'quote';
  /** Index of the quotation in the paragraph's list, for quote tokens. */
  quote: number;
  /** The word starts with a capital letter (or digit-free acronym). */
  capital: boolean;
  /** Its lexicon bits (lexicon.ts, lexOf), -1 until first asked; 0 for a quotation. */
  lex: number;
}

/** A sentence of tokens, `first` inclusive and `end` exclusive indices into the token list. */
export interface TokenSentence {
  first: number;
  end: number;
}

// A word: letters and digits, with inner hyphens, apostrophes and dots ("mata-mata", "Jum'at",
// "M.Kes", "1.500", "Kompas.com"); anything else that is not a space is one punctuation token.
export const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*/uy;
/** Any space outside ASCII and NBSP (U+1680, U+2000–U+200A, U+3000…), checked only past the fast path. */
const SPACE = /\s/u;
/** A capital outside ASCII ("Ça", "Łódź"), checked only past the fast path. */
const CAPITAL = /^\p{Lu}/u;
/** Punctuation that ends a sentence of narration. */
const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** A quotation that ends with its own sentence's full stop ("…tahun."). */
const QUOTE_ENDS_SENTENCE = /[.!?…]\P{L}?$/u;
/** What a new sentence starts with: a capital, a digit, a quotation mark or a parenthesis. */
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"“”«„(]/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Where WORD, matched from `i`, ends, or -1 if no word starts there. */
function patternEnd(text: string, i: number): number {
  WORD.lastIndex = i;
  // test(), not exec(): a sticky test leaves the match's end in lastIndex and allocates nothing.
  return WORD.test(text) ? WORD.lastIndex : -1;
}

/**
 * Where the word starting at `i` ends, or -1 if none starts there: WORD, read by hand while the
 * text is ASCII (most of it, and a regex call per token was a tenth of the parser's time), by
 * WORD itself from `i` as soon as anything else comes up.
 */
function wordEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!isAsciiLetterOrDigit(first)) return first >= 128 ? patternEnd(text, i) : -1;
  let j = i + 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isAsciiLetterOrDigit(c)) {
      j++;
      continue;
    }
    // An apostrophe, hyphen or dot joins two words' characters: "Jum'at", "M.Kes", "ia’s".
    const joiner = c === 39 || c === 45 || c === 46 || c === 0x2019;
    const after = joiner ? text.charCodeAt(j + 1) : c;
    if (joiner && isAsciiLetterOrDigit(after)) {
      j += 2;
      continue;
    }
    // At ASCII or past the end (NaN) the word ends here; past ASCII only WORD can tell.
    return after >= 128 ? patternEnd(text, i) : j;
  }
}

function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

/**
 * Splits a paragraph into tokens, each quotation span (sorted, non-overlapping) one token.
 * Linear in the paragraph's length.
 */
export function tokenize(text: string, quotes: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    const quote = quotes[q];
    if (quote && i >= quote.start) {
      // No rule reads inside a quotation: its text is kept as written, its lower case is not needed.
      const quoteText = text.slice(quote.start, quote.end);
      tokens.push({
        start: quote.start,
        end: quote.end,
        text: quoteText,
        lower: '',
        type: 'quote',
        quote: q,
        capital: false,
        lex: 0,
      });
      i = Math.max(i, quote.end);
      q++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (
      code === 32 ||
      (code <= 13 && code >= 9) ||
      code === 0xa0 ||
      // U+1680 is the lowest space past NBSP: below it only the checks above can match.
      (code >= 0x1680 && SPACE.test(text.charAt(i)))
    ) {
      i++;
      continue;
    }
    const wordEndsAt = wordEnd(text, i);
    const match = wordEndsAt !== -1;
    let end = match ? wordEndsAt : i + 1;
    // A quotation never starts inside a word; cut the word where the next quotation opens.
    if (quote && end > quote.start) end = Math.max(quote.start, i + 1);
    const word = text.slice(i, end);
    tokens.push({
      start: i,
      end,
      text: word,
      lower: word.toLowerCase(),
      type: match ? 'word' : 'punct',
      quote: -1,
      capital: match ? isCapital(word) : false,
      lex: -1,
    });
    i = end;
  }
  return tokens;
}

function isAbbreviation(token: Token | undefined): boolean {
  if (!token || token.type !== 'word') return false;
  if (token.text.includes('.')) return true;
  if (token.text.length === 1 && token.capital) return true;
  return RULES.abbreviations.has(token.lower);
}

/**
 * Sentences over tokens: a full stop, "!" or "?" ends one unless it closes an abbreviation or
 * an initial ("dr.", "M.Kes.", "J.") or what follows starts in lower case. Quotations are single
 * tokens, so a full stop inside one never ends the sentence around it.
 */
export function splitTokenSentences(tokens: readonly Token[]): TokenSentence[] {
  const sentences: TokenSentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    // A quotation that ends its own sentence ("…tahun.") ends the narration's too when a capital follows.
    if (
      token.type === 'quote' &&
      QUOTE_ENDS_SENTENCE.test(token.text) &&
      next?.type === 'word' &&
      next.capital
    ) {
      sentences.push({ first, end: i + 1 });
      first = i + 1;
      continue;
    }
    if (token.type !== 'punct' || !SENTENCE_END.has(token.text)) continue;
    if (next && !STARTS_SENTENCE.test(next.text)) continue;
    if (token.text === '.' && isAbbreviation(tokens[i - 1]) && next?.type === 'word') continue;
    sentences.push({ first, end: i + 1 });
    first = i + 1;
  }
  if (first < tokens.length) sentences.push({ first, end: tokens.length });
  return sentences;
}
