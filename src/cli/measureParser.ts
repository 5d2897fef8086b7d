import { readFileSync } from 'node:fs';
import { parseArticle } from '../bundle/parseArticle.ts';
import { listSeeds } from './readInputs.ts';

export interface ParserThroughput {
  times: number;
  megabytes: number;
  medianMs: number;
  megabytesPerSecond: number;
}

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
 * The warm-up lasts at least this long. V8 optimises the parser's functions on a background
 * thread as they run hot; on a busy two-core machine the 1x article needs a thousand parses or
 * more (about a second) before its times settle, and 50 runs left the median in mid-warm-up:
 * 1x read 10-13 MB/s in one run and 15-17 in the next 500 runs of the same process.
 */
const WARM_UP_MS = 1500;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Parser throughput on the seed at each size, text and gloss counted together, median of runs. */
export function measureParser(sizes: readonly number[] = [1, 10, 100, 1000]): ParserThroughput[] {
  const seed = readDefaultSeed();
  return sizes.map((times) => {
    const text = repeatArticle(seed.text, times);
    const gloss = repeatArticle(seed.gloss, times);
    const bytes = Buffer.byteLength(text) + Buffer.byteLength(gloss);
    // Steady state, as a reader's browser or the build sees it: warm up the JIT first, then take
    // the median of enough runs (about a second's worth) for small inputs to be measured fairly.
    const runs = Math.max(5, Math.min(500, Math.round(4000 / times)));
    const warmUntil = performance.now() + WARM_UP_MS;
    for (let i = 0; i < Math.min(runs, 50) || performance.now() < warmUntil; i++)
      parseArticle({ id: 'bench', text, gloss });
    const durations: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      parseArticle({ id: 'bench', text, gloss });
      durations.push(performance.now() - started);
    }
    const medianMs = median(durations);
    return {
      times,
      megabytes: bytes / 1e6,
      medianMs,
      megabytesPerSecond: bytes / 1e6 / (medianMs / 1000),
    };
  });
}

export { median };
