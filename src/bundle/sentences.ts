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

/**
 * Splits one paragraph into sentences: Intl.Segmenter, then the repairs Indonesian news needs
 * (abbreviations and initials before names, a sentence that goes on in lower case after a
 * quotation, an ellipsis inside a quotation). Spans cover every non-space character, in order,
 * without overlap; trailing spaces belong to no sentence.
 *
 * Segment one paragraph at a time: Intl.Segmenter is quadratic on one long string in Node 20.
 */
export function splitSentences(text: string): Span[] {
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
  const spans: Span[] = [];
  for (const span of merged) {
    let end = span.end;
    while (end > span.start && /\s/u.test(text[end - 1] ?? '')) end--;
    let start = span.start;
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
