import { RULES } from './rules.ts';
import type { ParagraphKind, Span } from './schema.ts';

/** What a line of the article body is: a subheading, ordinary prose, or page furniture. */
export type LineKind = 'heading' | 'prose' | ParagraphKind;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/**
 * Classifies one body line (not the title). Furniture first ("Baca juga: …" is short and has
 * no full stop, like a subheading), then subheadings: short lines without closing punctuation,
 * or numbered subheads such as "1. Kronologi kejadian".
 */
export function classifyLine(text: string): LineKind {
  if (RULES.relatedLine.test(text)) return 'related';
  if (RULES.creditLine.test(text)) return 'credit';
  if (RULES.advertLine.test(text)) return 'advert';
  if (
    RULES.numberedHeading.test(text) &&
    text.length <= RULES.numberedHeadingMaxLength &&
    !/[.!]$/u.test(text)
  ) {
    return 'heading';
  }
  if (
    text.length <= RULES.headingMaxLength &&
    wordCount(text) <= RULES.headingMaxWords &&
    !RULES.closingPunctuation.test(text)
  ) {
    return 'heading';
  }
  return 'prose';
}

/** The dateline at the start of a lead paragraph ("PBB -", "JAKARTA, KOMPAS.com -"), if any. */
export function findDateline(text: string): Span | undefined {
  const match = RULES.dateline.exec(text);
  if (!match?.[1] || match[1].length > RULES.datelineMaxLength) return undefined;
  const place = match[1];
  // A dateline is a place, written in capitals or with each word capitalised, never a clause.
  const words = place.split(/[\s,]+/u).filter((w) => w !== '');
  if (!words.every((word) => /^\(?\p{Lu}/u.test(word))) return undefined;
  return { start: 0, end: match[0].trimEnd().length };
}
