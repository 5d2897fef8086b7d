import { use, useMemo } from 'react';
import type { GlossedToken } from '../words/gloss.ts';
import type { Lexicon } from '../words/lexicon.ts';
import { tokenIndexAt, tokenizeWords } from '../words/tokenize.ts';

interface WordTools {
  lexicon: Lexicon;
  glossText: (text: string, lexicon: Lexicon) => GlossedToken[];
}

let pending: Promise<WordTools | null> | undefined;

/**
 * The analyser and the lexicon, imported on the first lookup only, so neither weighs on the first
 * view. The promise is shared by every card; a failed load resolves to null (the card says so).
 * Once settled it carries React's `status` and `value` fields, so `use()` reads it at once and a
 * later card renders without a loading flash.
 */
function loadWordTools(): Promise<WordTools | null> {
  if (pending) return pending;
  const loading = Promise.all([
    import('../words/loadLexicon.ts'),
    import('../words/gloss.ts'),
  ]).then(
    async ([{ loadLexicon }, { glossText }]) => ({ lexicon: await loadLexicon(), glossText }),
    () => null,
  );
  const tracked = Object.assign(loading, { status: 'pending' });
  void tracked.then((value) => Object.assign(tracked, { status: 'fulfilled', value }));
  pending = tracked;
  return tracked;
}

/** Starts loading the word tools ahead of the first tap (e.g. on pointer hover); resolves when done. */
export async function preloadWordTools(): Promise<boolean> {
  return (await loadWordTools()) !== null;
}

export type WordLookup =
  { status: 'found'; token: GlossedToken } | { status: 'noWord' } | { status: 'failed' };

/**
 * The word of `text` at `offset`, with its root, meanings and phrase. Suspends while the word
 * tools load (wrap the caller in <Suspense>); the lookup itself takes well under a millisecond.
 */
export function useWordLookup(text: string, offset: number): WordLookup {
  const tools = use(loadWordTools());
  return useMemo((): WordLookup => {
    if (tools === null) return { status: 'failed' };
    const index = tokenIndexAt(tokenizeWords(text), offset);
    const token = index === -1 ? undefined : tools.glossText(text, tools.lexicon)[index];
    return token ? { status: 'found', token } : { status: 'noWord' };
  }, [tools, text, offset]);
}
