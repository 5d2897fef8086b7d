import { parseLexicon, type Lexicon } from './lexicon.ts';

let pending: Promise<Lexicon> | undefined;

/**
 * The lexicon, fetched and parsed on first use only: the data file is a chunk of its own, outside
 * the first view's budget. Later calls share the same promise; a failed load is retried next time.
 */
export function loadLexicon(): Promise<Lexicon> {
  pending ??= import('./data/lexicon.json').then(
    (module) => parseLexicon(module.default),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
