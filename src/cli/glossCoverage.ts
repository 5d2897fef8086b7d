/**
 * The word gloss's figures for `npm run bench`: coverage of an article (share of word tokens with a
 * root and a meaning, person names aside), the lexicon's size raw and gzipped, and lookup time.
 * Run alone: npx tsx src/cli/glossCoverage.ts [article.txt …]   (default: the seed article)
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measureCoverage, type GlossCoverage } from '../words/coverage.ts';
import { glossWord } from '../words/gloss.ts';
import { parseLexicon } from '../words/lexicon.ts';
import { warmUp } from '../words/loadLexicon.ts';
import { tokenizeWords } from '../words/tokenize.ts';
import { readTextFile } from './readInputs.ts';

const LEXICON_FILE = 'src/words/data/lexicon.json';
const SEED = 'seeds/korea-utara-pasukan-rusia/id.txt';
/** People named in the seed; the measure sets names of people aside. */
const SEED_PEOPLE = ['Robert Wood', 'Kim Jong Un'];

export interface GlossFigures {
  lexicon: {
    rawBytes: number;
    gzippedBytes: number;
    roots: number;
    entries: number;
    parseMs: number;
  };
  /** Time to look up each distinct word once (not cached), after the load-time warm-up. */
  lookup: { words: number; medianMs: number; p99Ms: number; maxMs: number };
  coverage: { file: string; coverage: GlossCoverage }[];
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

export function measureGloss(
  articles: readonly { file: string; personNames?: readonly string[] }[] = [
    { file: SEED, personNames: SEED_PEOPLE },
  ],
): GlossFigures {
  const json = readFileSync(LEXICON_FILE, 'utf8');
  const started = performance.now();
  // Parsed and warmed up as the app's loadLexicon() does before the first tap.
  const lexicon = warmUp(parseLexicon(JSON.parse(json)));
  const parseMs = performance.now() - started;
  const texts = articles.map((article) => ({
    ...article,
    text: readTextFile(article.file, 'text'),
  }));

  const words = [...new Set(texts.flatMap(({ text }) => tokenizeWords(text).map((t) => t.text)))];
  const times = words
    .map((word) => {
      const start = performance.now();
      glossWord(word, lexicon);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);

  return {
    lexicon: {
      rawBytes: statSync(LEXICON_FILE).size,
      gzippedBytes: gzipSync(json, { level: 9 }).byteLength,
      ...lexicon.size,
      parseMs,
    },
    lookup: {
      words: words.length,
      medianMs: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      maxMs: times.at(-1) ?? 0,
    },
    coverage: texts.map(({ file, text, personNames }) => ({
      file,
      coverage: measureCoverage(text, lexicon, personNames),
    })),
  };
}

/** The figures as lines for the bench's report. */
export function formatGlossFigures(figures: GlossFigures): string[] {
  const { lexicon, lookup } = figures;
  return [
    `word gloss lexicon: ${(lexicon.rawBytes / 1024).toFixed(1)} KB raw, ` +
      `${(lexicon.gzippedBytes / 1024).toFixed(1)} KB gzipped (${lexicon.roots} roots, ` +
      `${lexicon.entries} entries), parsed in ${lexicon.parseMs.toFixed(0)} ms`,
    `word lookup (each word once, after warm-up): median ${lookup.medianMs.toFixed(3)} ms, p99 ` +
      `${lookup.p99Ms.toFixed(3)} ms, max ${lookup.maxMs.toFixed(3)} ms over ${lookup.words} words`,
    ...figures.coverage.map(
      ({ file, coverage }) =>
        `word gloss coverage of ${file}: ${(coverage.share * 100).toFixed(1)}% ` +
        `(${coverage.covered}/${coverage.counted} word tokens, people aside)` +
        (coverage.missed.length > 0 ? `; missed: ${coverage.missed.join(' ')}` : ''),
    ),
  ];
}

function main(argv: readonly string[]): void {
  const articles = argv.length === 0 ? undefined : argv.map((file) => ({ file }));
  for (const line of formatGlossFigures(measureGloss(articles))) process.stdout.write(`${line}\n`);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')
)
  main(process.argv.slice(2));
