import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseArticleWithStats } from '../../src/bundle/parseArticle.ts';
import { bundleSchema } from '../../src/bundle/schema.ts';

const dir = 'seeds/korea-utara-pasukan-rusia';
const { bundle, alignment } = parseArticleWithStats({
  id: 'korea-utara-pasukan-rusia',
  text: readFileSync(`${dir}/id.txt`, 'utf8'),
  gloss: readFileSync(`${dir}/en.txt`, 'utf8'),
});

test('the seed is kept byte for byte from the shared seed', () => {
  expect(readFileSync(`${dir}/id.txt`)).toEqual(
    readFileSync('../shared/seeds/000_abd0128a54f91a8f.txt'),
  );
});

test('the seed has a title, a lead and one subheaded section: 19 paragraphs in all', () => {
  expect(bundle.title.text).toMatch(/^Korea Utara tidak mengirimkan pasukan/u);
  expect(bundle.sections).toHaveLength(2);
  expect(bundle.sections[0]?.heading).toBeNull();
  expect(bundle.sections[1]?.heading?.text).toBe('Mendesak Penarikan Pasukan Segera');
  expect(bundle.sections.flatMap((s) => s.paragraphs)).toHaveLength(19);
});

test('every line of the seed is glossed and every sentence aligned', () => {
  const paragraphs = [bundle.title, ...bundle.sections.flatMap((s) => s.paragraphs)];
  for (const paragraph of paragraphs) {
    expect(paragraph.gloss).toBeTruthy();
    for (const sentence of paragraph.sentences) expect(sentence.gloss).toBeDefined();
  }
  expect(bundle.sections[1]?.heading?.gloss).toBeTruthy();
  expect(Object.values(alignment.byType).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(21);
});

test('the first paragraph starts with its dateline "PBB -"', () => {
  const first = bundle.sections[0]?.paragraphs[0];
  expect(first?.dateline && first.text.slice(first.dateline.start, first.dateline.end)).toBe(
    'PBB -',
  );
});

test('the seed bundle validates against the schema', () => {
  expect(bundleSchema.safeParse(bundle).error).toBeUndefined();
});
