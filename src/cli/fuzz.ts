import { FUZZ_PROPERTIES, type FuzzCounts } from './fuzzProperties.ts';

/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: every property of fuzzProperties.ts, 10,000 cases
 * each unless told otherwise. Prints what each saw and how long it took, and the shrunk
 * counterexample of any failure; exits 1 if any property fails.
 */

/** The issue asks for at least this many cases of each property. */
const DEFAULT_RUNS = 10_000;

function numberOption(argv: readonly string[], name: string): number | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value)) {
    process.stderr.write(`fuzz:1: ${name} needs a whole number\n`);
    process.exit(1);
  }
  return value;
}

function main(argv: readonly string[]): void {
  const numRuns = numberOption(argv, '--runs') ?? DEFAULT_RUNS;
  const seed = numberOption(argv, '--seed') ?? Date.now() % 2 ** 31;
  process.stdout.write(`fuzz: ${numRuns} cases per property, seed ${seed}\n`);
  let failed = false;
  for (const { name, run } of FUZZ_PROPERTIES) {
    const counts: FuzzCounts = {};
    const started = performance.now();
    const outcome = run(counts, numRuns, seed);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const seen = Object.entries(counts)
      .map(([what, n]) => `${what}: ${n}`)
      .join(', ');
    process.stdout.write(
      `${outcome.failed ? 'FAIL' : 'ok  '} ${name}: ${outcome.numRuns} cases in ${seconds} s (${seen})\n`,
    );
    if (outcome.failed) {
      failed = true;
      const report = outcome.report ?? 'failed';
      process.stdout.write(`${report.length > 20_000 ? `${report.slice(0, 20_000)}…` : report}\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main(process.argv.slice(2));
