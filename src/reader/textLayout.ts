import type { Paragraph, QuoteKind, Span } from '../bundle/schema.ts';

/** A quotation as it is marked on one side of a paragraph. */
export interface QuoteMark {
  /** The quotation's index in `Paragraph.quotes`. */
  index: number;
  speaker: string;
  kind: QuoteKind;
}

/** A stretch of text with one set of marks: the innermost level of the rendered text. */
export interface TextPiece {
  text: string;
  quote: QuoteMark | null;
  dateline: boolean;
}

/** A sentence (or text outside any sentence, `sentence: null`) made of pieces. */
export interface TextChunk {
  /** The index of the (first) Indonesian sentence this chunk is or translates. */
  sentence: number | null;
  pieces: TextPiece[];
}

/** The English sentence(s) translating one or more Indonesian sentences. */
export interface GlossGroup extends Span {
  /** The Indonesian sentences it translates, in order. */
  sentences: number[];
}

interface Marked<T> extends Span {
  value: T;
}

function covering<T>(spans: readonly Marked<T>[], at: number): T | null {
  for (const span of spans) if (span.start <= at && at < span.end) return span.value;
  return null;
}

/**
 * Cuts a text at every boundary of its sentences, quotations and dateline, and nests the pieces
 * sentence > quotation > dateline. Sentences and quotations may cross each other; a quotation that
 * crosses a sentence boundary is split into one piece on each side, so the markup always nests.
 */
export function layoutText(
  text: string,
  sentences: readonly Marked<number>[],
  quotes: readonly Marked<QuoteMark>[],
  dateline?: Span,
): TextChunk[] {
  const cuts = new Set<number>([0, text.length]);
  const datelines: Marked<true>[] = dateline ? [{ ...dateline, value: true }] : [];
  for (const span of [...sentences, ...quotes, ...datelines]) {
    cuts.add(Math.min(Math.max(span.start, 0), text.length));
    cuts.add(Math.min(Math.max(span.end, 0), text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const chunks: TextChunk[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const sentence = covering(sentences, start);
    const piece: TextPiece = {
      text: text.slice(start, end),
      quote: covering(quotes, start),
      dateline: covering(datelines, start) ?? false,
    };
    const last = chunks.at(-1);
    if (last && last.sentence === sentence) {
      const previous = last.pieces.at(-1);
      if (previous && previous.quote === piece.quote && previous.dateline === piece.dateline)
        previous.text += piece.text;
      else last.pieces.push(piece);
    } else {
      chunks.push({ sentence, pieces: [piece] });
    }
  }
  return chunks;
}

/**
 * The English side's sentences: the gloss spans of the Indonesian sentences, merged where they
 * are shared (two Indonesian sentences translated by one English one) or overlap.
 */
export function glossGroups(paragraph: Paragraph): GlossGroup[] {
  const spans = paragraph.sentences
    .flatMap((sentence, index) => (sentence.gloss ? [{ ...sentence.gloss, index }] : []))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const groups: GlossGroup[] = [];
  for (const span of spans) {
    const last = groups.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.sentences.push(span.index);
    } else {
      groups.push({ start: span.start, end: span.end, sentences: [span.index] });
    }
  }
  for (const group of groups) group.sentences.sort((a, b) => a - b);
  return groups;
}

function quoteMarks(paragraph: Paragraph, side: 'text' | 'gloss'): Marked<QuoteMark>[] {
  return paragraph.quotes.flatMap((quote, index) => {
    const span = side === 'text' ? quote : quote.gloss;
    if (!span) return [];
    return [
      {
        start: span.start,
        end: span.end,
        value: { index, speaker: quote.speaker, kind: quote.kind },
      },
    ];
  });
}

export function layoutIndonesian(paragraph: Paragraph): TextChunk[] {
  return layoutText(
    paragraph.text,
    paragraph.sentences.map((sentence, index) => ({ ...sentence, value: index })),
    quoteMarks(paragraph, 'text'),
    paragraph.dateline,
  );
}

export function layoutEnglish(paragraph: Paragraph): TextChunk[] {
  if (paragraph.gloss === undefined) return [];
  return layoutText(
    paragraph.gloss,
    glossGroups(paragraph).map((group) => ({
      start: group.start,
      end: group.end,
      value: group.sentences[0] ?? 0,
    })),
    quoteMarks(paragraph, 'gloss'),
  );
}

export function sentenceKey(paragraphId: string, index: number): string {
  return `${paragraphId}:${index}`;
}

/**
 * For each sentence key, every key marked with it: the sentence, the Indonesian sentences that
 * share its English translation, and so the English element (which carries the first one's key).
 */
export function sentencePartners(paragraphs: readonly Paragraph[]): Map<string, string[]> {
  const partners = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    paragraph.sentences.forEach((_sentence, index) => {
      partners.set(sentenceKey(paragraph.id, index), [sentenceKey(paragraph.id, index)]);
    });
    for (const group of glossGroups(paragraph)) {
      const keys = group.sentences.map((index) => sentenceKey(paragraph.id, index));
      for (const key of keys) partners.set(key, keys);
    }
  }
  return partners;
}
