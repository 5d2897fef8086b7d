import { compact } from './arrays.ts';
import { RULES } from './rules.ts';
import type { Span } from './schema.ts';

let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  // Created on first use, not at import time: modules stay free of work until called.
  segmenter ??= new Intl.Segmenter('id', { granularity: 'sentence' });
  return segmenter;
}

const STARTS_LOWERCASE = /^[\s"'“”‘’«»(]*\p{Ll}/u;
/**
 * A word longer than this is no title, initial or short form such as "S.H." or "M.Kes.": the
 * abbreviation check looks back no further, so a long run of dotted text costs linear time.
 */
const ABBREVIATION_MAX_LENGTH = 64;
const WHITESPACE = /\s/u;

/** Where the text from `start` to `end` ends once trailing whitespace is dropped. */
function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && WHITESPACE.test(text[at - 1] ?? '')) at--;
  return at;
}

/**
 * Whether the sentence from `start` to `end` ends in an abbreviation or an initial, so the full
 * stop does not end it. Looks only at its last word, so the cost does not grow with the sentence.
 */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const last = trimmedEnd(text, start, end);
  if (text[last - 1] !== '.') return false;
  let wordStart = last;
  while (wordStart > start && !WHITESPACE.test(text[wordStart - 1] ?? '')) {
    if (last - wordStart >= ABBREVIATION_MAX_LENGTH) return false;
    wordStart--;
  }
  // The word starts the sentence or follows a space, so `^` in these rules finds the same match.
  const word = text.slice(wordStart, last);
  if (RULES.initial.test(word) || RULES.dottedAbbreviation.test(word)) return true;
  const bare = word
    .replace(/^[("'“‘]+/u, '')
    .slice(0, -1)
    .toLowerCase();
  return RULES.abbreviations.has(bare);
}

function endsWithEllipsis(text: string, start: number, end: number): boolean {
  const last = trimmedEnd(text, start, end);
  return text[last - 1] === '…' || (last - start >= 3 && text.startsWith('...', last - 3));
}

/**
 * Whether a quotation is open at a position, for positions asked in increasing order: it counts
 * the quotation marks once, from where the previous question stopped, not from the start each time.
 */
function createQuoteTracker(text: string): (end: number) => boolean {
  let position = 0;
  let straight = 0;
  let curlyDepth = 0;
  return (end) => {
    if (end < position) {
      position = 0;
      straight = 0;
      curlyDepth = 0;
    }
    for (; position < end; position++) {
      const c = text[position];
      if (c === '"') straight++;
      else if (c === '“' || c === '«') curlyDepth++;
      else if ((c === '”' || c === '»') && curlyDepth > 0) curlyDepth--;
    }
    return straight % 2 === 1 || curlyDepth > 0;
  };
}

// Characters after which Intl.Segmenter may end a sentence (UAX #29: STerm, ATerm, separators).
const TERMINATORS = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\u2028\u2029\u0085]/gu;
// A full stop directly before a digit or a lower-case letter never ends a sentence (UAX #29 SB6, SB8).
const FULL_STOP = /[.\u2024\ufe52\uff0e]/u;
const NEVER_AFTER_FULL_STOP = /[\p{Nd}\p{Ll}]/u;
// How a sentence may end (UAX #29: terminators, then closing marks, then spaces). Spaces here
// exclude the line and paragraph separators, after which the segmenter always breaks.
const TRAILING_SPACE = /[^\S\u2028\u2029]/u;
const TERMINATOR_OR_CLOSE = /[\p{Sentence_Terminal}\p{Pe}\p{Pf}\p{Pi}"']/u;

/**
 * Whether the segmenter could find more than one sentence: a terminator other than the closing
 * run at the very end. Most news paragraphs are one sentence, and the segmenter is the parser's
 * slowest step, so the common case skips it. Linear in the paragraph.
 */
function mayHoldSeveralSentences(text: string): boolean {
  let closingRun = text.length;
  while (closingRun > 0 && TRAILING_SPACE.test(text[closingRun - 1] ?? '')) closingRun--;
  while (closingRun > 0 && TERMINATOR_OR_CLOSE.test(text[closingRun - 1] ?? '')) closingRun--;
  // One regular-expression scan (by code point, so terminators outside the BMP count too), not
  // a test per character: this runs on every paragraph and was the parser's hottest loop. A
  // terminator is one code point and the closing run is cut after one, so a match that starts
  // before the run ends before it: no substring and no iterator are needed.
  TERMINATORS.lastIndex = 0;
  for (let match = TERMINATORS.exec(text); match; match = TERMINATORS.exec(text)) {
    if (match.index >= closingRun) break;
    const next = String.fromCodePoint(text.codePointAt(match.index + match[0].length) ?? 0x20);
    if (FULL_STOP.test(match[0]) && NEVER_AFTER_FULL_STOP.test(next)) continue;
    return true;
  }
  return false;
}

/**
 * Splits one paragraph into sentences: Intl.Segmenter, then the repairs Indonesian news needs
 * (abbreviations and initials before names, a sentence that goes on in lower case after a
 * quotation, an ellipsis inside a quotation). Spans cover every non-space character, in order,
 * without overlap; trailing spaces belong to no sentence.
 *
 * Segment one paragraph at a time: Intl.Segmenter is quadratic on one long string in Node 20.
 */
export function splitSentences(text: string): Span[] {
  if (!mayHoldSeveralSentences(text)) {
    // One sentence, in a list of one: not through trimSpans, whose list grows by push and is
    // then copied to its size, for each of the article's and the gloss's paragraphs.
    const only = trimmedSpan(text, { start: 0, end: text.length });
    return only ? [only] : [];
  }
  return segmentSentences(text);
}

/**
 * Intl.Segmenter in Node 20 spends time proportional to the whole string on every sentence it
 * yields, so a long paragraph is fed to it in windows of about this many code units: long enough
 * to hold several sentences of news, short enough that the cost stays linear.
 */
const SEGMENTER_WINDOW = 1024;

/**
 * The segmenter's sentences of a paragraph, found window by window. The last boundary in a window
 * may have been decided without the text that follows it, so each window's last two pieces are
 * segmented again as the start of the next window; a window with fewer than three grows.
 */
function segmenterPieces(text: string): Span[] {
  const pieces: Span[] = [];
  let position = 0;
  let size = SEGMENTER_WINDOW;
  while (position < text.length) {
    const end = Math.min(text.length, position + size);
    const found: Span[] = [];
    const segments = sentenceSegmenter().segment(text.slice(position, end));
    // Segment after segment by containing(), not by the iterator: the same segments (checked on
    // random text), at about half the iterator's cost in Node 20.
    for (let at = 0; at < end - position;) {
      const piece = segments.containing(at);
      if (!piece) break;
      found.push({
        start: position + piece.index,
        end: position + piece.index + piece.segment.length,
      });
      at = piece.index + piece.segment.length;
    }
    if (end === text.length) {
      pieces.push(...found);
      break;
    }
    const restart = found[found.length - 2];
    if (found.length < 3 || !restart) {
      size *= 2;
      continue;
    }
    pieces.push(...found.slice(0, -2));
    position = restart.start;
    size = SEGMENTER_WINDOW;
  }
  return pieces;
}

/** splitSentences without the shortcut for one-sentence paragraphs: always asks the segmenter. */
export function segmentSentences(text: string): Span[] {
  const quoteIsOpen = createQuoteTracker(text);
  const merged: Span[] = [];
  for (const piece of segmenterPieces(text)) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const join =
        endsWithAbbreviation(text, previous.start, previous.end) ||
        STARTS_LOWERCASE.test(text.slice(piece.start, piece.end)) ||
        (endsWithEllipsis(text, previous.start, previous.end) && quoteIsOpen(previous.end));
      if (join) {
        previous.end = piece.end;
        continue;
      }
    }
    // The piece itself, not a copy: segmenterPieces made it for this list alone.
    merged.push(piece);
  }
  return trimSpans(text, merged);
}

/**
 * `span` without the spaces at its ends, or undefined if nothing else is left. A span with no
 * spaces to trim is itself, not a copy: every span given here was made for the list it goes to.
 */
function trimmedSpan(text: string, span: Span): Span | undefined {
  let end = span.end;
  while (end > span.start && WHITESPACE.test(text[end - 1] ?? '')) end--;
  let start = span.start;
  while (start < end && WHITESPACE.test(text[start] ?? '')) start++;
  if (end <= start) return undefined;
  return start === span.start && end === span.end ? span : { start, end };
}

function trimSpans(text: string, spans: readonly Span[]): Span[] {
  const trimmed: Span[] = [];
  for (const span of spans) {
    const kept = trimmedSpan(text, span);
    if (kept) trimmed.push(kept);
  }
  return compact(trimmed);
}
