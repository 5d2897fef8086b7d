import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { expectedPath, formatFixtureOutput, listFixtures, runFixture } from './fixtures.ts';

// `npm run fixtures`: rewrites every expected.json from the parser as it is now. Read the diff.
let changed = 0;
for (const name of listFixtures()) {
  const file = expectedPath(name);
  const next = formatFixtureOutput(runFixture(name));
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (before !== next) {
    writeFileSync(file, next);
    changed++;
    process.stdout.write(`updated ${file}\n`);
  }
}
process.stdout.write(`${changed} fixture(s) changed\n`);
