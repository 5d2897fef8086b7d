import { parseArgs } from 'node:util';
import { buildBundle } from './buildBundle.ts';
import { InputError, formatProblem, slugOf } from './readInputs.ts';

const USAGE =
  'usage: npm run --silent parse -- <article.txt> [--gloss <gloss.txt>] [--meta <meta.json>]';

function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

function main(argv: readonly string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { gloss: { type: 'string' }, meta: { type: 'string' } },
    });
  } catch (error) {
    fail([`parse:1: ${error instanceof Error ? error.message : String(error)}`, USAGE]);
  }
  const [textFile, ...extra] = parsed.positionals;
  if (textFile === undefined || extra.length > 0)
    fail([`parse:1: expected exactly one article file`, USAGE]);
  try {
    const { bundle } = buildBundle({
      slug: slugOf(textFile),
      textFile,
      ...(parsed.values.gloss === undefined ? {} : { glossFile: parsed.values.gloss }),
      ...(parsed.values.meta === undefined ? {} : { metaFile: parsed.values.meta }),
    });
    process.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
  } catch (error) {
    if (error instanceof InputError) fail(error.problems.map(formatProblem));
    fail([
      `${textFile}:1: internal error: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
}

main(process.argv.slice(2));
