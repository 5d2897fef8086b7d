import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ParseError } from '../../src/bundle/errors.ts';
import { parseArticle } from '../../src/bundle/parseArticle.ts';
import { bundleSchema, type Bundle, type Paragraph } from '../../src/bundle/schema.ts';

/** The SPEC's "nothing is lost": title, then each section's heading and paragraphs, in order. */
function linesOf(bundle: Bundle): string[] {
  const lines = [bundle.title.text];
  for (const section of bundle.sections) {
    if (section.heading) lines.push(section.heading.text);
    for (const paragraph of section.paragraphs) lines.push(paragraph.text);
  }
  return lines;
}

function nonBlankLines(text: string): string[] {
  return text
    .replace(/^\ufeff/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '');
}

function paragraphsOf(bundle: Bundle): Paragraph[] {
  return [bundle.title, ...bundle.sections.flatMap((section) => section.paragraphs)];
}

const word = fc.stringMatching(/^[A-Za-z]{1,9}$/u);
const punctuation = fc.constantFrom(
  '.',
  ',',
  '?',
  '!',
  '...',
  '"',
  '“',
  '”',
  ' -',
  ':',
  '(21/10)',
  '1.500',
  'dr.',
  'S.H.',
  ' ',
);
const sentenceLike = fc
  .array(fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: punctuation, weight: 1 }), {
    minLength: 1,
    maxLength: 25,
  })
  .map((tokens) => tokens.join(' '));
const newsLine = fc.oneof(
  { arbitrary: sentenceLike, weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'Baca juga: Judul lain',
      '(ant/rid)',
      'ADVERTISEMENT',
      '1. Kronologi kejadian',
      '',
      '   ',
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
);
const article = fc
  .array(newsLine, { minLength: 0, maxLength: 12 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

test('for any text the parser keeps every line, or throws its own located error', () => {
  fc.assert(
    fc.property(article, (text) => {
      try {
        const bundle = parseArticle({ id: 'property', text });
        expect(linesOf(bundle)).toEqual(nonBlankLines(text));
        expect(bundleSchema.safeParse(bundle).error).toBeUndefined();
      } catch (error) {
        expect(error).toBeInstanceOf(ParseError);
        if (error instanceof ParseError) {
          expect(error.problems.length).toBeGreaterThan(0);
          for (const problem of error.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('sentence spans never overlap and cover every non-space character of their paragraph', () => {
  fc.assert(
    fc.property(article, (text) => {
      let bundle: Bundle;
      try {
        bundle = parseArticle({ id: 'property', text });
      } catch {
        return;
      }
      for (const paragraph of paragraphsOf(bundle)) {
        const covered = new Array<boolean>(paragraph.text.length).fill(false);
        let previousEnd = 0;
        for (const sentence of paragraph.sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          for (let i = sentence.start; i < sentence.end; i++) covered[i] = true;
          previousEnd = sentence.end;
        }
        for (let i = 0; i < paragraph.text.length; i++) {
          if (!/\s/u.test(paragraph.text[i] ?? ''))
            expect(covered[i], `character ${i} of "${paragraph.text}"`).toBe(true);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('with a gloss, every sentence has a counterpart inside the gloss, and every gloss sentence is claimed', () => {
  const linePairs = fc.array(fc.tuple(sentenceLike, sentenceLike), { minLength: 1, maxLength: 8 });
  fc.assert(
    fc.property(linePairs, (pairs) => {
      const kept = pairs.filter(([a, b]) => a.trim() !== '' && b.trim() !== '');
      if (kept.length === 0) return;
      let bundle: Bundle;
      try {
        bundle = parseArticle({
          id: 'property',
          text: kept.map(([a]) => a).join('\n'),
          gloss: kept.map(([, b]) => b).join('\n'),
        });
      } catch (error) {
        expect(error).toBeInstanceOf(ParseError);
        return;
      }
      for (const paragraph of paragraphsOf(bundle)) {
        const gloss = paragraph.gloss ?? '';
        for (const sentence of paragraph.sentences) {
          expect(sentence.gloss).toBeDefined();
          if (!sentence.gloss) continue;
          expect(sentence.gloss.start).toBeGreaterThanOrEqual(0);
          expect(sentence.gloss.end).toBeLessThanOrEqual(gloss.length);
          expect(sentence.gloss.end).toBeGreaterThan(sentence.gloss.start);
        }
        // Every non-space character of the gloss belongs to some sentence's counterpart.
        for (let i = 0; i < gloss.length; i++) {
          if (/\s/u.test(gloss[i] ?? '')) continue;
          const claimed = paragraph.sentences.some(
            (s) => s.gloss && s.gloss.start <= i && i < s.gloss.end,
          );
          expect(claimed, `gloss character ${i} of "${gloss}"`).toBe(true);
        }
      }
    }),
    { numRuns: 300 },
  );
});
