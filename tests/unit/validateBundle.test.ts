import { expect, test } from 'vitest';
import { parseArticle } from '../../src/bundle/parseArticle.ts';
import type { Bundle } from '../../src/bundle/schema.ts';
import { validateBundleText, type OpenProblem } from '../../src/bundle/validateBundle.ts';

/** A valid bundle with a speaker and two quotations, made by the parser and then annotated. */
function validBundle(): Bundle {
  const bundle = parseArticle({
    id: 'uji',
    text: 'Judul berita\nJAKARTA - "Kami siap," kata Budi. "Kami juga," kata Ani.\nParagraf kedua.',
    gloss:
      'News title\nJAKARTA - "We are ready," said Budi. "Us too," said Ani.\nSecond paragraph.',
  });
  bundle.speakers = [{ id: 'budi', name: 'Budi', aliases: [] }];
  const paragraph = bundle.sections[0]?.paragraphs[0];
  if (!paragraph) throw new Error('the parser made no paragraph');
  paragraph.quotes = [
    { start: 9, end: 21, speaker: 'budi', kind: 'direct', gloss: { start: 9, end: 24 } },
    { start: 34, end: 46, speaker: 'budi', kind: 'direct', gloss: { start: 37, end: 47 } },
  ];
  return bundle;
}

function textOf(bundle: unknown): string {
  return JSON.stringify(bundle, null, 2);
}

function problemsOf(text: string): OpenProblem[] {
  const result = validateBundleText(text);
  if (result.ok) throw new Error('the bundle was accepted');
  return result.problems;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineContaining(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

test('a valid bundle is accepted as it is', () => {
  const bundle = validBundle();
  const result = validateBundleText(textOf(bundle));
  expect(result).toEqual({ ok: true, bundle });
});

test('a byte-order mark before the JSON is ignored', () => {
  expect(validateBundleText(`\ufeff${textOf(validBundle())}`).ok).toBe(true);
});

test('broken JSON is reported with its line and column', () => {
  const [problem, ...rest] = problemsOf('{\n  "id": "uji",\n  "lang": }\n');
  expect(rest).toEqual([]);
  expect(problem).toMatchObject({ code: 'json-syntax', line: 3, column: 11 });
  expect(problem?.message).toMatch(/^line 3, column 11: not valid JSON: unexpected "\}"/u);
});

test('each kind of broken JSON is located where it breaks', () => {
  expect(problemsOf('{"a": [1, 2,]}')[0]).toMatchObject({ line: 1, column: 13 });
  expect(problemsOf('{"a": "no end')[0]).toMatchObject({ line: 1, column: 14 });
  expect(problemsOf('{"a": 1}\n\n{"b": 2}')[0]).toMatchObject({ line: 3, column: 1 });
  expect(problemsOf('{\r\n"a": 01}')[0]).toMatchObject({ line: 2, column: 7 });
  expect(problemsOf('{"a":\r"tab\there"}')[0]).toMatchObject({ line: 2, column: 5 });
  expect(problemsOf("{'a': 1}")[0]).toMatchObject({ line: 1, column: 2 });
  expect(problemsOf('{"a": 1')[0]?.detail).toMatch(/the end of the text/u);
});

test('an empty text and a text of only whitespace are empty, on line 1', () => {
  for (const text of ['', '   ', '\n\n\t\r\n', '\ufeff'])
    expect(problemsOf(text)).toEqual([
      { code: 'empty', line: 1, message: 'line 1: the file is empty' },
    ]);
});

test('JSON that is not an object is the wrong shape at the root', () => {
  for (const text of ['[]', '"bundle"', '42', 'null']) {
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ code: 'schema', path: '(root)', line: 1 }),
    ]);
  }
});

test('another version of the format is named as such, with its line', () => {
  const text = textOf({ ...validBundle(), schemaVersion: 2, extra: true });
  expect(problemsOf(text)).toEqual([
    {
      code: 'wrong-version',
      path: 'schemaVersion',
      line: 2,
      detail: 'version 2; this reader knows version 1',
      message: 'line 2: schemaVersion: version 2; this reader knows version 1',
    },
  ]);
  expect(problemsOf(textOf({ ...validBundle(), schemaVersion: '1' }))[0]?.code).toBe(
    'wrong-version',
  );
});

test('a field of the wrong type is named by its JSON path and line', () => {
  const bundle = validBundle();
  const text = textOf(bundle).replace('"lang": "id"', '"lang": 7');
  expect(problemsOf(text)).toEqual([
    expect.objectContaining({ code: 'schema', path: 'lang', line: lineContaining(text, '"lang"') }),
  ]);
});

test('a missing field is named by its path, on the line of the object that lacks it', () => {
  const bundle: Record<string, unknown> = { ...validBundle() };
  delete bundle.title;
  const [problem] = problemsOf(textOf(bundle));
  expect(problem).toMatchObject({ code: 'schema', path: 'title', line: 1 });
});

test('an unknown field is named with its own path and line', () => {
  const bundle = validBundle();
  const text = textOf({ ...bundle, sections: [{ ...bundle.sections[0], colour: 'red' }] });
  expect(problemsOf(text)).toEqual([
    expect.objectContaining({
      code: 'schema',
      path: 'sections[0].colour',
      line: lineContaining(text, '"colour"'),
    }),
  ]);
});

test('an offset outside its text is named by path, such as sections[0].paragraphs[0].quotes[1].end', () => {
  const bundle = validBundle();
  const quote = bundle.sections[0]?.paragraphs[0]?.quotes[1];
  if (quote) quote.end = 999;
  const text = textOf(bundle);
  const [problem, ...rest] = problemsOf(text);
  expect(rest).toEqual([]);
  expect(problem).toMatchObject({
    code: 'schema',
    path: 'sections[0].paragraphs[0].quotes[1].end',
    line: lineContaining(text, '"end": 999'),
  });
  expect(problem?.message).toMatch(/past the end of its text/u);
});

test('a negative or fractional offset is rejected with its path', () => {
  const bundle = validBundle();
  const sentence = bundle.title.sentences[0];
  if (sentence) sentence.start = -1;
  expect(problemsOf(textOf(bundle))[0]?.path).toBe('title.sentences[0].start');
  if (sentence) sentence.start = 0.5;
  expect(problemsOf(textOf(bundle))[0]?.path).toBe('title.sentences[0].start');
});

test('overlapping quotations are rejected, in the text and in the gloss', () => {
  const bundle = validBundle();
  const quotes = bundle.sections[0]?.paragraphs[0]?.quotes ?? [];
  const [first, second] = quotes;
  if (!first || !second) throw new Error('no quotes');
  second.start = 15;
  expect(problemsOf(textOf(bundle))).toEqual([
    expect.objectContaining({ path: 'sections[0].paragraphs[0].quotes[1].start' }),
  ]);
  second.start = 34;
  second.gloss = { start: 20, end: 30 };
  expect(problemsOf(textOf(bundle))).toEqual([
    expect.objectContaining({ path: 'sections[0].paragraphs[0].quotes[1].gloss.start' }),
  ]);
});

test('a quotation by a speaker who is not in the bundle is rejected', () => {
  const bundle = validBundle();
  const quote = bundle.sections[0]?.paragraphs[0]?.quotes[0];
  if (quote) quote.speaker = 'nobody';
  const text = textOf(bundle);
  expect(problemsOf(text)).toEqual([
    expect.objectContaining({
      path: 'sections[0].paragraphs[0].quotes[0].speaker',
      line: lineContaining(text, '"nobody"'),
      detail: 'unknown speaker "nobody"',
    }),
  ]);
});

test('duplicate ids of paragraphs and of speakers are rejected with the second one', () => {
  const bundle = validBundle();
  const [first, second] = bundle.sections[0]?.paragraphs ?? [];
  if (first && second) second.id = first.id;
  bundle.speakers.push({ id: 'budi', name: 'Budi lagi', aliases: [] });
  const paths = problemsOf(textOf(bundle)).map((problem) => problem.path);
  expect(paths).toEqual(['speakers[1].id', 'sections[0].paragraphs[1].id']);
});

test('problems come in the order of their lines, each with a path and a line', () => {
  const bundle = validBundle();
  bundle.title.text = '';
  const quote = bundle.sections[0]?.paragraphs[0]?.quotes[0];
  if (quote) quote.kind = 'shouted' as 'direct';
  const problems = problemsOf(textOf(bundle));
  expect(problems.length).toBeGreaterThanOrEqual(2);
  const lines = problems.map((problem) => problem.line ?? 0);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  for (const problem of problems) {
    expect(problem.path).toBeTruthy();
    expect(problem.line).toBeGreaterThanOrEqual(1);
  }
});

test('hostile strings are data: HTML, scripts and javascript: URLs pass as plain strings', () => {
  const bundle = validBundle();
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
  ];
  bundle.title.text = hostile.join(' ');
  bundle.source = { name: '<b>bold</b>', url: 'javascript:alert(1)' };
  bundle.warnings = hostile;
  const speaker = bundle.speakers[0];
  if (speaker) speaker.name = '<iframe src="javascript:alert(1)">';
  const result = validateBundleText(textOf(bundle));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.bundle.title.text).toBe(hostile.join(' '));
  expect(result.bundle.source?.url).toBe('javascript:alert(1)');
  expect(result.bundle.speakers[0]?.name).toBe('<iframe src="javascript:alert(1)">');
});

test('a key named __proto__ is an unknown field, not a way into the object model', () => {
  const text = textOf(validBundle()).replace('{', '{\n  "__proto__": { "polluted": true },');
  expect(problemsOf(text)).toEqual([
    expect.objectContaining({ code: 'schema', path: '__proto__', line: 2 }),
  ]);
  expect(Object.prototype).not.toHaveProperty('polluted');
});

test('a deeply nested value is rejected without running out of stack', () => {
  const depth = 100_000;
  const text = `{"schemaVersion": 1, "title": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
  expect(problemsOf(text)[0]).toMatchObject({ code: 'schema' });
  expect(problemsOf(`${'['.repeat(depth)}`)[0]).toMatchObject({ code: 'json-syntax', line: 1 });
});
