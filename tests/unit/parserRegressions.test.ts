import { expect, test } from 'vitest';
import { alignProportionally, alignSentences } from '../../src/bundle/align.ts';
import { ParseError } from '../../src/bundle/errors.ts';
import { parseArticle } from '../../src/bundle/parseArticle.ts';
import { bundleSchema } from '../../src/bundle/schema.ts';
import { segmentSentences } from '../../src/bundle/sentences.ts';

// Bugs the fuzzer (npm run fuzz) found, each kept as the smallest input that showed it.

function sentencesOf(text: string): string[] {
  return segmentSentences(text).map((span) => text.slice(span.start, span.end));
}

test('a paragraph of many sentences in both languages parses instead of running out of memory', () => {
  // Found: 20,000 sentences a side made the sentence alignment ask for a 3 GB table (RangeError).
  const line = 'Kata satu. '.repeat(20_000).trim();
  const bundle = parseArticle({ id: 'long', text: `Judul\n${line}`, gloss: `Title\n${line}` });
  const paragraph = bundle.sections[0]?.paragraphs[0];
  expect(paragraph?.sentences).toHaveLength(20_000);
  expect(paragraph?.sentences.every((sentence) => sentence.gloss !== undefined)).toBe(true);
  expect(bundle.warnings?.[0]).toMatch(/aligned by position/u);
  expect(bundleSchema.safeParse(bundle).error).toBeUndefined();
});

test('alignment by position pairs every sentence of two long paragraphs in one pass', () => {
  const spans = (count: number) =>
    Array.from({ length: count }, (_, k) => ({ start: k * 3, end: k * 3 + 2 }));
  const beads = alignProportionally(spans(100_000), spans(50_000));
  expect(beads.reduce((sum, bead) => sum + bead.source.count, 0)).toBe(100_000);
  expect(beads.reduce((sum, bead) => sum + bead.target.count, 0)).toBe(50_000);
  expect(alignSentences(spans(1_000), spans(1_000))).toBeNull();
});

test('a very long word before a full stop does not stall the abbreviation check', () => {
  // Found: "aaa…a b. Next one." took 19 s for 100,000 letters (a backtracking regular expression).
  const word = 'a'.repeat(200_000);
  expect(sentencesOf(`${word} b. Next one.`)).toEqual([`${word} b.`, 'Next one.']);
});

test('a long run of abbreviations and open quotations stays one sentence, quickly', () => {
  // Found: each join re-read the whole sentence so far ("Dr. Dr. …" and '"Aku... "Aku...').
  const titles = 'Dr. '.repeat(50_000).trim();
  expect(sentencesOf(titles)).toEqual([titles]);
  // An ellipsis inside an open quotation goes on; the next quotation mark closes it.
  const ellipses = '"Aku... '.repeat(20_000).trim();
  expect(sentencesOf(ellipses)).toEqual(new Array<string>(10_000).fill('"Aku... "Aku...'));
});

test('a long paragraph is segmented in windows exactly as its sentences are alone', () => {
  const units = Array.from(
    { length: 400 },
    (_, k) => `Kalimat ${k} dari dr. Siti, "Ya... tidak." kata dia. J. Smith pergi? Ya!`,
  );
  const text = units.join(' ');
  expect(text.length).toBeGreaterThan(20_000);
  expect(sentencesOf(units[0] ?? '')).toEqual([
    'Kalimat 0 dari dr. Siti, "Ya... tidak." kata dia.',
    'J. Smith pergi?',
    'Ya!',
  ]);
  expect(sentencesOf(text)).toEqual(units.flatMap(sentencesOf));
});

test('a gloss of the wrong length with a thousand long lines is reported, not stalled on', () => {
  // Found: comparing every pair of lines re-read both lines each time (10 s for 0.5 MB).
  const line =
    'Menteri Sergei Lavrov, pada 12 Oktober 2024, mengatakan 1.500 tentara "tidak" ada. ';
  const text = Array.from({ length: 1_000 }, (_, k) => `${k} ${line.repeat(5)}`);
  const gloss = text.slice(0, 500).concat(text.slice(501));
  let error: unknown;
  try {
    parseArticle({ id: 'long', text: text.join('\n'), gloss: gloss.join('\n') });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ParseError);
  expect(error instanceof ParseError ? error.problems[0] : undefined).toMatchObject({
    input: 'gloss',
    line: 501,
  });
});
