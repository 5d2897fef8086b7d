import { RULES } from './rules.ts';
import type { Span } from './schema.ts';

let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  // Created on first use, not at import time: modules stay free of work until called.
  segmenter ??= new Intl.Segmenter('id', { granularity: 'sentence' });
  return segmenter;
}

const LAST_WORD = /(\S+)\s*$/u;
const STARTS_LOWERCASE = /^[\s"'“”‘’«»(]*\p{Ll}/u;
const ENDS_WITH_ELLIPSIS = /(\.\.\.|…)\s*$/u;

function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  if (RULES.initial.test(trimmed) || RULES.dottedAbbreviation.test(trimmed)) return true;
  const word = LAST_WORD.exec(trimmed)?.[1] ?? '';
  const bare = word
    .replace(/^[("'“‘]+/u, '')
    .slice(0, -1)
    .toLowerCase();
  return RULES.abbreviations.has(bare);
}

function quoteIsOpen(text: string, end: number): boolean {
  let straight = 0;
  let curlyDepth = 0;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') straight++;
    else if (c === '“' || c === '«') curlyDepth++;
    else if ((c === '”' || c === '»') && curlyDepth > 0) curlyDepth--;
  }
  return straight % 2 === 1 || curlyDepth > 0;
}

// Characters after which Intl.Segmenter may end a sentence (UAX #29: STerm, ATerm, separators).
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\u2028\u2029\u0085]/u;
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
  for (let i = 0; i < closingRun; i++) {
    const c = text[i] ?? '';
    if (!TERMINATOR.test(c)) continue;
    if (FULL_STOP.test(c) && NEVER_AFTER_FULL_STOP.test(text[i + 1] ?? '')) continue;
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
  if (!mayHoldSeveralSentences(text)) return trimSpans(text, [{ start: 0, end: text.length }]);
  return segmentSentences(text);
}

/** splitSentences without the shortcut for one-sentence paragraphs: always asks the segmenter. */
export function segmentSentences(text: string): Span[] {
  const pieces: Span[] = [];
  for (const { index, segment } of sentenceSegmenter().segment(text)) {
    pieces.push({ start: index, end: index + segment.length });
  }
  const merged: Span[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const previousText = text.slice(previous.start, previous.end);
      const pieceText = text.slice(piece.start, piece.end);
      const join =
        endsWithAbbreviation(previousText) ||
        STARTS_LOWERCASE.test(pieceText) ||
        (ENDS_WITH_ELLIPSIS.test(previousText) && quoteIsOpen(text, previous.end));
      if (join) {
        previous.end = piece.end;
        continue;
      }
    }
    merged.push({ ...piece });
  }
  return trimSpans(text, merged);
}

function trimSpans(text: string, spans: readonly Span[]): Span[] {
  const trimmed: Span[] = [];
  for (const span of spans) {
    let end = span.end;
    while (end > span.start && /\s/u.test(text[end - 1] ?? '')) end--;
    let start = span.start;
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    if (end > start) trimmed.push({ start, end });
  }
  return trimmed;
}
