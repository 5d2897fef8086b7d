/**
 * The open-your-own-article flow: reading, decoding, classifying and checking a file or pasted
 * text (src/bundle/readArticleFile.ts, the one place with the size limit and the decoding), then
 * the parser for raw text. Loaded only when someone opens a file (see openArticle.ts), with the
 * parser and the schema it pulls in.
 */
import { isParseError } from '../bundle/errors.ts';
import { parseArticle } from '../bundle/parseArticle.ts';
import {
  MAX_ARTICLE_BYTES,
  readArticleFile,
  readPastedText,
  type ArticleFile,
  type OpenedArticle,
} from '../bundle/readArticleFile.ts';
import type { OpenProblem as FileProblem } from '../bundle/validateBundle.ts';
import type { OpenProblem, OpenResult } from './openResult.ts';

/** What a too-large problem names: the file (or the pasted text, with no name) and its size. */
interface Sized {
  name: string;
  size: number;
}

function toMegabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function fileProblems(
  input: 'text' | 'gloss',
  problems: readonly FileProblem[],
  source: Sized,
): OpenResult {
  return {
    ok: false,
    problems: problems.map((problem): OpenProblem =>
      // The limit and the size as numbers, so each language can say them its own way.
      problem.code === 'too-large'
        ? {
            kind: 'tooLarge',
            name: source.name,
            megabytes: toMegabytes(source.size),
            limitMegabytes: toMegabytes(MAX_ARTICLE_BYTES),
          }
        : { kind: 'file', input, problem },
    ),
  };
}

/** Raw Indonesian text (and its gloss) through Kabar's own parser; its problems keep their line. */
function parseText(id: string, text: string, gloss: string | undefined): OpenResult {
  try {
    return {
      ok: true,
      bundle: parseArticle({ id, text, ...(gloss === undefined ? {} : { gloss }) }),
    };
  } catch (error) {
    if (!isParseError(error)) throw error;
    return {
      ok: false,
      problems: error.problems.map((problem): OpenProblem => ({
        kind: 'line',
        input: problem.input,
        line: problem.line,
        message: problem.message,
      })),
    };
  }
}

async function finish(
  opened: OpenedArticle,
  source: Sized,
  gloss: ArticleFile | undefined,
): Promise<OpenResult> {
  switch (opened.kind) {
    case 'problems':
      return fileProblems('text', opened.problems, source);
    case 'bundle':
      return { ok: true, bundle: opened.bundle };
    case 'text': {
      if (!gloss) return parseText(opened.id, opened.text, undefined);
      const readGloss = await readArticleFile(gloss, 'text');
      if (readGloss.kind === 'problems') return fileProblems('gloss', readGloss.problems, gloss);
      // Read as 'text', a gloss is never classified as a bundle.
      return parseText(
        opened.id,
        opened.text,
        readGloss.kind === 'text' ? readGloss.text : undefined,
      );
    }
  }
}

/**
 * Opens an article file: a bundle (.json) or raw Indonesian text (.txt) with an optional English
 * gloss file. Every failure comes back as located problems; nothing is thrown for bad input.
 */
export async function openArticleFile(
  article: ArticleFile | undefined,
  gloss?: ArticleFile,
): Promise<OpenResult> {
  if (!article) return { ok: false, problems: [{ kind: 'noFile' }] };
  return finish(await readArticleFile(article, 'auto'), article, gloss);
}

/** Pasted text: a bundle when it looks like JSON, otherwise the raw article. */
export async function openPastedText(text: string): Promise<OpenResult> {
  return finish(readPastedText(text), { name: '', size: text.length }, undefined);
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
