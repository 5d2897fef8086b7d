import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../bundle/decode.ts';
import { ParseError, type Problem } from '../bundle/errors.ts';
import { parseArticle } from '../bundle/parseArticle.ts';
import type { Bundle } from '../bundle/schema.ts';

/**
 * Golden fixtures: tests/fixtures/<what-it-covers>/ holds input.txt (the article's bytes), and
 * optionally gloss.txt and meta.json; expected.json is what the parser makes of them, a bundle or
 * `{ "problems": [...] }`. Refreshed by `npm run fixtures`, never by hand.
 */
export const fixturesDir = path.join('tests', 'fixtures');

export type FixtureOutput = Bundle | { problems: readonly Problem[] };

export function listFixtures(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(fixturesDir, entry.name, 'input.txt')),
    )
    .map((entry) => entry.name)
    .sort();
}

function readOptional(file: string, input: 'gloss' | 'meta'): string | undefined {
  return existsSync(file) ? decodeText(new Uint8Array(readFileSync(file)), input) : undefined;
}

/** What the parser makes of one fixture folder today. */
export function runFixture(name: string): FixtureOutput {
  const dir = path.join(fixturesDir, name);
  try {
    const text = decodeText(new Uint8Array(readFileSync(path.join(dir, 'input.txt'))), 'text');
    const gloss = readOptional(path.join(dir, 'gloss.txt'), 'gloss');
    const meta = readOptional(path.join(dir, 'meta.json'), 'meta');
    return parseArticle({
      id: name,
      text,
      ...(gloss === undefined ? {} : { gloss }),
      ...(meta === undefined ? {} : { meta }),
    });
  } catch (error) {
    if (error instanceof ParseError) return { problems: error.problems };
    throw error;
  }
}

export function expectedPath(name: string): string {
  return path.join(fixturesDir, name, 'expected.json');
}

export function formatFixtureOutput(output: FixtureOutput): string {
  return `${JSON.stringify(output, null, 2)}\n`;
}
