import { z } from 'zod';
import { analyseWord, type Analysis, type RootList } from './analyse.ts';

/**
 * The committed data file, as written by src/cli/buildLexicon.ts. Two newline-separated tables in
 * strings keep the file small and its parse cheap:
 * - `roots`: one root a line, optionally `/` and the letters of the affixes it takes (rules.ts);
 * - `glosses`: one entry a line, `key<TAB>meaning<TAB>meaning…`; a key with spaces is a phrase.
 */
export const lexiconDataSchema = z.object({
  format: z.literal(1),
  roots: z.string(),
  glosses: z.string(),
});
export type LexiconData = z.infer<typeof lexiconDataSchema>;

export interface Lexicon extends RootList {
  /** The meanings of a word or phrase key exactly as stored, or undefined. */
  meaningsOf(key: string): readonly string[] | undefined;
  /** The most tokens any phrase of the lexicon has. */
  readonly longestPhrase: number;
  /** The analysis of a word, remembered: the same word is analysed once. */
  analyse(word: string): Analysis;
  readonly size: { roots: number; entries: number };
}

export function parseLexicon(input: unknown): Lexicon {
  const data = lexiconDataSchema.parse(input);
  const affixLetters = new Map<string, string>();
  for (const line of data.roots.split('\n')) {
    if (line === '') continue;
    const slash = line.indexOf('/');
    if (slash === -1) affixLetters.set(line, '');
    else affixLetters.set(line.slice(0, slash), line.slice(slash + 1));
  }
  const meanings = new Map<string, string[]>();
  let longestPhrase = 1;
  for (const line of data.glosses.split('\n')) {
    const [key, ...senses] = line.split('\t');
    if (key === undefined || key === '' || senses.length === 0) continue;
    meanings.set(key, senses);
    longestPhrase = Math.max(longestPhrase, key.split(' ').length);
  }
  const analyses = new Map<string, Analysis>();
  const lexicon: Lexicon = {
    hasRoot: (word) => affixLetters.has(word),
    affixLetters: (root) => affixLetters.get(root) ?? '',
    meaningsOf: (key) => meanings.get(key),
    longestPhrase,
    analyse(word) {
      const known = analyses.get(word);
      if (known) return known;
      const analysis = analyseWord(word, lexicon);
      analyses.set(word, analysis);
      return analysis;
    },
    size: { roots: affixLetters.size, entries: meanings.size },
  };
  return lexicon;
}
