import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ParseError } from '../../src/bundle/errors.ts';
import { parseArticle } from '../../src/bundle/parseArticle.ts';

const dir = 'seeds/korea-utara-pasukan-rusia';
const text = readFileSync(`${dir}/id.txt`, 'utf8');

function metaOf(speakers: unknown): string {
  return JSON.stringify({ speakers }, null, 2);
}

function parseWith(speakers: unknown) {
  return parseArticle({ id: 'seed', text, meta: metaOf(speakers) });
}

/** The 1-based line of meta.json that holds this string value. */
function lineOf(json: string, value: string): number {
  return json.split('\n').findIndex((line) => line.includes(JSON.stringify(value))) + 1;
}

function speakerOfQuote(
  bundle: ReturnType<typeof parseArticle>,
  piece: string,
): string | undefined {
  for (const p of bundle.sections.flatMap((s) => s.paragraphs)) {
    for (const q of p.quotes) if (p.text.slice(q.start, q.end).includes(piece)) return q.speaker;
  }
  return undefined;
}

test('merge gives every quotation of one speaker to another, whose aliases grow', () => {
  const bundle = parseWith({
    merge: [{ into: 'pemerintah-korea-selatan', from: ['dewan-keamanan-nasional'] }],
  });
  expect(speakerOfQuote(bundle, 'Korea Utara, yang telah menyediakan')).toBe(
    'pemerintah-korea-selatan',
  );
  expect(bundle.speakers.map((s) => s.id)).not.toContain('dewan-keamanan-nasional');
  expect(bundle.speakers.find((s) => s.id === 'pemerintah-korea-selatan')?.aliases).toContain(
    'Dewan Keamanan Nasional',
  );
});

test('attribute moves one quotation, to a known speaker or to a new one by name', () => {
  const bundle = parseWith({
    attribute: [
      { quote: 'Jika benar', speaker: 'perwakilan-korea-utara' },
      { quote: 'Mengenai apa yang disebut', name: 'Kim Song' },
    ],
  });
  expect(speakerOfQuote(bundle, 'Jika benar')).toBe('perwakilan-korea-utara');
  expect(speakerOfQuote(bundle, 'Mengenai apa yang disebut')).toBe('kim-song');
  expect(bundle.speakers.find((s) => s.id === 'kim-song')?.name).toBe('Kim Song');
});

test('rename keeps the id and keeps the old name as an alias', () => {
  const bundle = parseWith({
    rename: [{ speaker: 'robert-wood', name: 'Robert A. Wood', roleGloss: 'US deputy envoy' }],
  });
  const wood = bundle.speakers.find((s) => s.id === 'robert-wood');
  expect(wood).toMatchObject({ name: 'Robert A. Wood', roleGloss: 'US deputy envoy' });
  expect(wood?.aliases).toContain('Robert Wood');
});

test('a correction naming a speaker or a quotation that is not there fails on its line of meta.json', () => {
  const corrections = {
    merge: [{ into: 'robert-wood', from: ['nobody-here'] }],
    attribute: [{ quote: 'Korea', speaker: 'robert-wood' }],
  };
  let error: unknown;
  try {
    parseWith(corrections);
  } catch (e) {
    error = e;
  }
  const json = metaOf(corrections);
  expect(error).toBeInstanceOf(ParseError);
  const problems = error instanceof ParseError ? error.problems : [];
  expect(problems.map((p) => [p.input, p.line])).toEqual([
    ['meta', lineOf(json, 'nobody-here')],
    ['meta', lineOf(json, 'Korea')],
  ]);
  expect(lineOf(json, 'nobody-here')).toBeGreaterThan(1);
  expect(problems[0]?.message).toMatch(
    /speakers\.merge\[0\]\.from\[0\]: no speaker "nobody-here"/u,
  );
  expect(problems[1]?.message).toMatch(/quotations contain "Korea"/u);
});

test('a malformed correction is refused by the meta.json schema', () => {
  expect(() => parseWith({ attribute: [{ quote: 'Jika benar' }] })).toThrow(ParseError);
  expect(() => parseWith({ rename: [{ speaker: 'Not An Id' }] })).toThrow(ParseError);
});
