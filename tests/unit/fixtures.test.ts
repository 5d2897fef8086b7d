import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  expectedPath,
  formatFixtureOutput,
  listFixtures,
  runFixture,
} from '../../src/cli/fixtures.ts';
import { bundleSchema } from '../../src/bundle/schema.ts';

const names = listFixtures();

test('there are golden fixtures to run', () => {
  expect(names.length).toBeGreaterThan(10);
});

test.each(names)('fixture %s: the parser still makes expected.json', (name) => {
  const output = runFixture(name);
  expect(formatFixtureOutput(output)).toBe(readFileSync(expectedPath(name), 'utf8'));
  if (!('problems' in output)) expect(bundleSchema.safeParse(output).error).toBeUndefined();
});
