import { readFileSync } from 'node:fs';
import { parseArticle } from '../bundle/parseArticle.ts';
import { listSeeds } from './readInputs.ts';

export interface ParserThroughput {
  times: number;
  megabytes: number;
  /** How many runs were timed, over all rounds. */
  runs: number;
  /** Median of every run of every round. */
  medianMs: number;
  megabytesPerSecond: number;
  /** Each round's own median, in MB/s, in the order the rounds were taken. */
  roundMegabytesPerSecond: number[];
  /** The machine check's time (machineCheckMs) around each round's runs, in milliseconds. */
  machineCheckMs: number[];
  /**
   * The throughput at the reference speed (REFERENCE_CHECK_MS): each round's own, scaled by how
   * much slower than the reference the machine check ran around it, and their median.
   */
  atReference: { megabytesPerSecond: number; roundMegabytesPerSecond: number[] };
}

/**
 * The machine check's time on this kind of machine when nothing hinders it, in milliseconds: the
 * slowest of its full-speed readings (1.18-1.30 ms in session 12's benches). In a slow spell it
 * reads 1.4-3.4 ms and the parser slows in step: over the 60 rounds of three benches, throughput
 * times the check's time stayed within about 20% of its size's median, one round aside (README,
 * "How the parser is measured").
 */
export const REFERENCE_CHECK_MS = 1.3;

/** The seed repeated: its title once, then its body `times` times (text and gloss alike). */
export function repeatArticle(text: string, times: number): string {
  const [title = '', ...body] = text.trim().split(/\r?\n/u);
  return [title, ...Array.from({ length: times }, () => body).flat()].join('\n');
}

export function readDefaultSeed(): { text: string; gloss: string } {
  const seed = listSeeds('seeds')[0];
  if (!seed?.glossFile) throw new Error('no seed with a gloss under seeds/');
  return { text: readFileSync(seed.textFile, 'utf8'), gloss: readFileSync(seed.glossFile, 'utf8') };
}

/**
 * The first round's warm-up lasts at least this long. V8 optimises the parser's functions on a
 * background thread as they run hot; on a busy two-core machine the 1x article needs a thousand
 * parses or more (about a second) before its times settle, and 50 runs left the median in
 * mid-warm-up: 1x read 10-13 MB/s in one run and 15-17 in the next 500 runs of the same process.
 */
const WARM_UP_MS = 1500;
/** Later rounds re-warm this long: between rounds V8 may have let the parser's code go cold. */
const REWARM_MS = 300;
/** Runs at each size over all rounds: about four seconds' worth, at least five. */
const runsAt = (times: number) => Math.max(5, Math.min(500, Math.round(4000 / times)));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Parser throughput taken in rounds: see parserSampler. */
export interface ParserSampler {
  /** Runs the parser on every size once more, warming it up first. */
  round(): void;
  /**
   * Throughput at each size: the median of all the rounds' runs, and each round's own. Throws
   * unless exactly the rounds the sampler was made for were taken.
   */
  results(): ParserThroughput[];
}

/** Times `run` `count` times, in milliseconds each. */
function timeRuns(count: number, run: () => unknown): number[] {
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    run();
    durations.push(performance.now() - started);
  }
  return durations;
}

/**
 * A fixed piece of work that is none of Kabar's code, timed around every round's runs to tell the
 * machine's slow spells from the parser's: `words` (the seed's text 20 times over) split into
 * words, lower-cased, counted and sorted, median of 15 runs. Its code never changes: its time
 * moves with the machine.
 */
function machineCheckMs(words: string): number {
  const once = () => {
    const counts = new Map<string, number>();
    for (const word of words.split(/\s+/u)) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
    return [...counts.keys()].sort();
  };
  timeRuns(5, once);
  return median(timeRuns(15, once));
}

/**
 * Measures the parser on the seed at each size (text and gloss counted together), in `rounds`
 * rounds that the caller spreads over time. This machine's speed wanders: the same process,
 * the same input, read 7.4 MB/s in one second and 14.7 a few seconds later, in spells that
 * last from seconds to many minutes. A figure taken in one go reads whichever spell it falls in.
 * The machine check around each round's runs tells how fast the machine ran meanwhile, and each
 * round's throughput is also given at the reference speed (atReferenceSpeed): the figure judged.
 */
export function parserSampler(
  rounds: number,
  sizes: readonly number[] = [1, 10, 100, 1000],
  { warmUpMs = WARM_UP_MS, rewarmMs = REWARM_MS, runs = runsAt } = {},
): ParserSampler {
  const seed = readDefaultSeed();
  const checkWords = seed.text.repeat(20);
  const inputs = sizes.map((times) => {
    const text = repeatArticle(seed.text, times);
    const gloss = repeatArticle(seed.gloss, times);
    return {
      times,
      text,
      gloss,
      megabytes: (Buffer.byteLength(text) + Buffer.byteLength(gloss)) / 1e6,
      // Two at least: a round of one run is one sample of the machine, not of the parser.
      runsPerRound: Math.max(2, Math.ceil(runs(times) / rounds)),
      roundRuns: [] as number[][],
      checks: [] as RoundCheck[],
    };
  });
  return {
    round() {
      for (const input of inputs) {
        const { text, gloss, runsPerRound } = input;
        const parse = () => parseArticle({ id: 'bench', text, gloss });
        // Steady state, as a reader's browser or the build sees it: the JIT warmed up first.
        const first = input.roundRuns.length === 0;
        const warmUntil = performance.now() + (first ? warmUpMs : rewarmMs);
        for (let i = 0; i < Math.min(runsPerRound, 50) || performance.now() < warmUntil; i++)
          parse();
        // The machine check just before and just after the runs: spells come and go in seconds.
        const checkBefore = machineCheckMs(checkWords);
        input.roundRuns.push(timeRuns(runsPerRound, parse));
        input.checks.push({ before: checkBefore, after: machineCheckMs(checkWords) });
      }
    },
    results() {
      // The runs were split for `rounds` rounds: fewer or more would not be the runs intended.
      const taken = inputs[0]?.roundRuns.length ?? 0;
      if (taken !== rounds)
        throw new Error(`the parser was measured in ${taken} of ${rounds} rounds`);
      return inputs.map(({ times, megabytes, roundRuns, checks }) =>
        throughput(times, megabytes, roundRuns, checks),
      );
    },
  };
}

/** The machine check around one round's runs: just before them and just after. */
export interface RoundCheck {
  before: number;
  after: number;
}

/**
 * A throughput read while the machine check took `checkMs`, as it would read with the check at
 * REFERENCE_CHECK_MS: a round in a spell that slows the check twofold counts twice as fast.
 */
export function atReferenceSpeed(megabytesPerSecond: number, checkMs: number): number {
  return (megabytesPerSecond * checkMs) / REFERENCE_CHECK_MS;
}

/**
 * The throughput of `megabytes` parsed in the runs of each round (milliseconds): the median of
 * all runs together, each round's own, and, with the machine check around each round, each
 * round's at the reference speed and their median.
 */
export function throughput(
  times: number,
  megabytes: number,
  rounds: readonly (readonly number[])[],
  checks: readonly RoundCheck[] = [],
): ParserThroughput {
  const perSecond = (ms: number) => megabytes / (ms / 1000);
  const all = rounds.flat();
  const medianMs = median(all);
  const roundMegabytesPerSecond = rounds.map((runs) => perSecond(median(runs)));
  const machineCheckMs = checks.map((c) => (c.before + c.after) / 2);
  const atReference = machineCheckMs.map((checkMs, n) =>
    atReferenceSpeed(roundMegabytesPerSecond[n] ?? NaN, checkMs),
  );
  return {
    times,
    megabytes,
    runs: all.length,
    medianMs,
    megabytesPerSecond: perSecond(medianMs),
    roundMegabytesPerSecond,
    machineCheckMs,
    atReference: { megabytesPerSecond: median(atReference), roundMegabytesPerSecond: atReference },
  };
}

export { median };
