import { attributeQuotations, type Attribution } from '../../src/bundle/attribution.ts';

/** One paragraph's quotations, read for a test: the quoted text, its kind and its speaker's name. */
export interface ReadQuote {
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string;
  gloss?: string;
}

/** Attributes paragraphs given as lines (and their glosses) and reads the result back as text. */
export function attribute(
  lines: readonly string[],
  glosses?: readonly string[],
): { quotes: ReadQuote[][]; attribution: Attribution } {
  const paragraphs = lines.map((text, n) => ({
    id: `p${n}`,
    text,
    ...(glosses?.[n] === undefined ? {} : { gloss: glosses[n] }),
  }));
  const attribution = attributeQuotations(paragraphs);
  const names = new Map(attribution.speakers.map((s) => [s.id, s.name]));
  const quotes = paragraphs.map((p) =>
    (attribution.quotes.get(p.id) ?? []).map((q) => ({
      text: p.text.slice(q.start, q.end),
      kind: q.kind,
      speaker: names.get(q.speaker) ?? `?${q.speaker}`,
      ...(q.gloss && p.gloss ? { gloss: p.gloss.slice(q.gloss.start, q.gloss.end) } : {}),
    })),
  );
  return { quotes, attribution };
}

/** The direct quotations of every paragraph, as "speaker: text". */
export function directOf(quotes: readonly ReadQuote[][]): string[] {
  return quotes
    .flat()
    .filter((q) => q.kind === 'direct')
    .map((q) => `${q.speaker}: ${q.text}`);
}

/** The reported speech of every paragraph, as "speaker: text". */
export function reportedOf(quotes: readonly ReadQuote[][]): string[] {
  return quotes
    .flat()
    .filter((q) => q.kind === 'indirect')
    .map((q) => `${q.speaker}: ${q.text}`);
}
