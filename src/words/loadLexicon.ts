import { analyseWord } from './analyse.ts';
import { parseLexicon, type Lexicon } from './lexicon.ts';

let pending: Promise<Lexicon> | undefined;

/**
 * A few analyses run once at load, so the engine has compiled the analyser before the first tap:
 * cold, the first lookups take tens of milliseconds; warm, well under one.
 */
const WARM_UP_WORDS = ['mengirimkan', 'pertemuannya', 'diperkirakan', 'kata-kata', 'berdampingan'];

export function warmUp(lexicon: Lexicon): Lexicon {
  // analyseWord, not lexicon.analyse: the lexicon's cache would answer every round after the first.
  for (let round = 0; round < 20; round++)
    for (const word of WARM_UP_WORDS) analyseWord(word, lexicon);
  return lexicon;
}

/**
 * The lexicon, fetched and parsed on first use only: the data file is a chunk of its own, outside
 * the first view's budget. Later calls share the same promise; a failed load is retried next time.
 */
export function loadLexicon(): Promise<Lexicon> {
  pending ??= import('./data/lexicon.json').then(
    (module) => warmUp(parseLexicon(module.default)),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
