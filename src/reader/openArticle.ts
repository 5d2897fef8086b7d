import type * as Flow from './openArticleFlow.ts';
import type { ArticleFile, OpenResult } from './openResult.ts';

/**
 * Runs part of the open-your-own flow (parser, schema, decoder), which loads only now, outside the
 * first view's script. Every failure comes back as problems, a flow that cannot load included.
 */
async function withFlow(run: (flow: typeof Flow) => Promise<OpenResult>): Promise<OpenResult> {
  try {
    return await run(await import('./openArticleFlow.ts'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ kind: 'unreadable', message }] };
  }
}

/**
 * Opens an article file: a bundle (.json) or raw Indonesian text (.txt) with an optional English
 * gloss file. Nothing is thrown for bad input.
 */
export function openArticleFile(
  article: ArticleFile | undefined,
  gloss?: ArticleFile,
): Promise<OpenResult> {
  return withFlow((flow) => flow.openArticleFile(article, gloss));
}

/** Files dropped at once: the article, and its English gloss when there is one. */
export function openDroppedFiles(files: readonly ArticleFile[]): Promise<OpenResult> {
  return withFlow((flow) => {
    const { article, gloss } = flow.pickArticleFiles(files);
    return flow.openArticleFile(article, gloss);
  });
}

/** Pasted text: a bundle when it looks like JSON, otherwise the raw article. */
export function openPastedText(text: string): Promise<OpenResult> {
  return withFlow((flow) => flow.openPastedText(text));
}
