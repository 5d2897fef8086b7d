import type { ArticleFile, OpenResult } from './openResult.ts';

/**
 * Opens an article file: a bundle (.json) or raw Indonesian text (.txt) with an optional English
 * gloss file. Every failure comes back as located problems; nothing is thrown for bad input.
 * The flow itself (parser, schema, decoder) loads only now, outside the first view's script.
 */
export async function openArticleFile(
  article: ArticleFile | undefined,
  gloss?: ArticleFile,
): Promise<OpenResult> {
  const flow = await import('./openArticleFlow.ts');
  return flow.openArticleFile(article, gloss);
}

/** Pasted text: a bundle when it looks like JSON, otherwise the raw article. */
export async function openPastedText(text: string): Promise<OpenResult> {
  const flow = await import('./openArticleFlow.ts');
  return flow.openPastedText(text);
}

/** Of several files dropped at once, which is the article and which its English gloss. */
export function pickArticleFiles<T extends { name: string }>(
  files: readonly T[],
): { article: T | undefined; gloss: T | undefined } {
  const isGloss = (file: T) => /(^|[^a-z])(en|gloss|english)\.txt$/iu.test(file.name);
  const gloss = files.length > 1 ? files.find(isGloss) : undefined;
  const article = files.find((file) => file !== gloss);
  return { article, gloss };
}
