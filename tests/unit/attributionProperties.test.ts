import fc from 'fast-check';
import { expect, test } from 'vitest';
import { attributeQuotations } from '../../src/bundle/attribution.ts';
import { findDirectQuotes, startsWithQuoteMark } from '../../src/bundle/quotes/directQuotes.ts';
import type { Span } from '../../src/bundle/schema.ts';

// Text made of the pieces that steer the finder, mixed with anything at all.
const piece = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      '"',
      '“',
      '”',
      '«',
      '»',
      "'",
      '‘',
      '’',
      ' kata ',
      ' ujarnya',
      ', tambahnya.',
      ' mengatakan ',
      ' bahwa ',
      'Menurut ',
      'Budi Santoso',
      ' dr. ',
      ', M.Kes.',
      ' Kepala Dinas ',
      ' tersebut',
      ' itu',
      'Hal itu disampaikan ',
      ', seperti dikutip Reuters',
      ', mengutip ',
      ' (21/10)',
      ', ',
      '. ',
      ': ',
      ' said ',
      ' according to ',
      ' yang ',
      ' dan ',
      'nya',
      '\u00a0',
    ),
    weight: 4,
  },
);
const paragraph = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('').trim());
const article = fc.array(fc.tuple(paragraph, fc.option(paragraph, { nil: undefined })), {
  maxLength: 8,
});

function inOrderWithin(spans: readonly Span[], length: number): void {
  let end = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(end);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(length);
    end = span.end;
  }
}

test('for any text, the direct quotation finder never throws and keeps its spans in order and in bounds', () => {
  fc.assert(
    fc.property(paragraph, fc.boolean(), (text, next) => {
      const { quotes } = findDirectQuotes(text, next);
      inOrderWithin(quotes, text.length);
    }),
    { numRuns: 500 },
  );
});

test('for any article, attribution never throws: quotes in bounds, in order, without overlap, with known speakers', () => {
  fc.assert(
    fc.property(article, (pairs) => {
      const paragraphs = pairs
        .filter(([text]) => text !== '')
        .map(([text, gloss], n) => ({
          id: `p${n}`,
          text,
          ...(gloss ? { gloss } : {}),
        }));
      const result = attributeQuotations(paragraphs);
      const ids = new Set(result.speakers.map((s) => s.id));
      expect(ids.size).toBe(result.speakers.length);
      for (const p of paragraphs) {
        const quotes = result.quotes.get(p.id) ?? [];
        inOrderWithin(quotes, p.text.length);
        for (const q of quotes) {
          expect(ids.has(q.speaker)).toBe(true);
          if (q.gloss) {
            expect(p.gloss).toBeDefined();
            expect(q.gloss.end).toBeLessThanOrEqual(p.gloss?.length ?? 0);
            expect(q.gloss.start).toBeLessThan(q.gloss.end);
          }
        }
        inOrderWithin(
          quotes.flatMap((q) => (q.gloss ? [q.gloss] : [])),
          p.gloss?.length ?? 0,
        );
      }
      for (const s of result.speakers) expect(s.id).toMatch(/^[a-z][a-z0-9-]*$/u);
    }),
    { numRuns: 300 },
  );
});

test('a stray opening mark never swallows the paragraphs after it', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (rest) => {
      const later = rest.filter((t) => t !== '').map((text, n) => ({ id: `p${n + 1}`, text }));
      const stray = { id: 'p0', text: 'Ia menyebut "kampanye itu sebagai gagasan lama.' };
      const withStray = attributeQuotations([stray, ...later]);
      const without = attributeQuotations(later);
      const spans = (quotes: typeof without.quotes, id: string) =>
        (quotes.get(id) ?? []).map((q) => [q.start, q.end, q.kind]);
      for (const p of later)
        expect(spans(withStray.quotes, p.id)).toEqual(spans(without.quotes, p.id));
      expect(withStray.warnings.some((w) => w.startsWith('paragraph p0: '))).toBe(
        !startsWithQuoteMark(later[0]?.text ?? ''),
      );
    }),
    { numRuns: 200 },
  );
});
