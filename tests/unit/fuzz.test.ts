import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  bundleMutationProperty,
  jsonSyntaxProperty,
  parserProperty,
  type FuzzCounts,
} from '../../src/cli/fuzzProperties.ts';

// The properties `npm run fuzz` runs 10,000 times each, run a few hundred times on every `npm test`.
const RUNS = 200;
/** `npm run fuzz` tries lines of up to 100,000 characters; here shorter ones keep the test quick. */
const LONG_LINE_MAX = 2_000;

test('the parser never throws but its own located error, and never loses a line, on hostile text', () => {
  const counts: FuzzCounts = {};
  fc.assert(parserProperty(counts, LONG_LINE_MAX), { numRuns: RUNS });
  expect(Object.keys(counts).some((what) => what.startsWith('refused'))).toBe(true);
  expect(
    (counts['parsed with gloss'] ?? 0) + (counts['parsed without gloss'] ?? 0),
  ).toBeGreaterThan(0);
}, 30_000);

test('the validator accepts exactly the bundles the schema accepts, and names a path for each problem', () => {
  const counts: FuzzCounts = {};
  fc.assert(bundleMutationProperty(counts), { numRuns: RUNS });
  expect(Object.keys(counts).some((what) => what.startsWith('rejected'))).toBe(true);
});

test('broken JSON is located by line and column, and the scanner agrees with JSON.parse', () => {
  const counts: FuzzCounts = {};
  fc.assert(jsonSyntaxProperty(counts), { numRuns: RUNS });
  expect(counts['broken JSON located']).toBeGreaterThan(0);
});
