import { expect, test } from 'vitest';
import { ParseError } from '../../src/bundle/errors.ts';
import { parseMeta } from '../../src/bundle/meta.ts';

function problemsOf(json: string) {
  try {
    parseMeta(json);
  } catch (error) {
    if (error instanceof ParseError) return error.problems;
    throw error;
  }
  return [];
}

test('a bad field is reported on its own line, not where its name first appears as text', () => {
  const json = '{\n  "notHeadings": ["name"],\n  "source": {\n    "name": 5\n  }\n}\n';
  expect(problemsOf(json)).toEqual([
    { input: 'meta', line: 4, message: expect.stringMatching(/^source\.name: /u) },
  ]);
});

test('an unknown key is reported on the line that holds it', () => {
  const json = '{\n  "source": {},\n  "colour": "red"\n}\n';
  expect(problemsOf(json)).toEqual([
    { input: 'meta', line: 3, message: expect.stringMatching(/colour/u) },
  ]);
});

test('broken JSON is reported on the line where it breaks', () => {
  const json = '{\n  "source": {\n    "name": "x",\n  }\n}\n';
  expect(problemsOf(json)).toEqual([
    { input: 'meta', line: 4, message: expect.stringMatching(/^not valid JSON/u) },
  ]);
});
