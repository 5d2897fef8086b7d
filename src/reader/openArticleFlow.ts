/**
 * The open-your-own-article flow: reading, decoding, parsing and validating a file. Loaded only
 * when someone opens a file (see openArticle.ts), with the parser and the schema it pulls in.
 */
import { decodeText } from '../bundle/decode.ts';
import { isParseError } from '../bundle/errors.ts';
import { slugify } from '../bundle/ids.ts';
import { parseArticle } from '../bundle/parseArticle.ts';
import { bundleSchema, formatPath } from '../bundle/schema.ts';
import {
  MAX_FILE_BYTES,
  type ArticleFile,
  type OpenProblem,
  type OpenResult,
} from './openResult.ts';

function failure(...problems: OpenProblem[]): OpenResult {
  return { ok: false, problems };
}

function looksLikeJson(name: string, text: string): boolean {
  if (/\.json$/iu.test(name)) return true;
  if (/\.txt$/iu.test(name)) return false;
  return text.trimStart().startsWith('{');
}

function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/u.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/u.exec(message);
  if (!position) return null;
  return text.slice(0, Number(position[1])).split('\n').length;
}

/** Validates a bundle from JSON text; the schema is loaded only now. */
export async function openBundleJson(text: string): Promise<OpenResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure({
      kind: 'notJson',
      line: jsonErrorLine(text, error),
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = bundleSchema.safeParse(value);
  if (parsed.success) return { ok: true, bundle: parsed.data };
  return failure(
    ...parsed.error.issues.map((issue): OpenProblem => ({
      kind: 'path',
      path: formatPath(issue.path),
      message: issue.message,
    })),
  );
}

/** Parses raw Indonesian text (and its gloss) with Kabar's own parser, loaded only now. */
export async function openArticleText(
  text: string,
  gloss: string | undefined,
  name: string,
): Promise<OpenResult> {
  const id = slugify(name.replace(/\.[^.]*$/u, '')) || 'artikel';
  try {
    return {
      ok: true,
      bundle: parseArticle({ id, text, ...(gloss === undefined ? {} : { gloss }) }),
    };
  } catch (error) {
    if (!isParseError(error)) throw error;
    return failure(
      ...error.problems.map((problem): OpenProblem => ({
        kind: 'line',
        input: problem.input,
        line: problem.line,
        message: problem.message,
      })),
    );
  }
}

async function readText(
  file: ArticleFile,
  input: 'text' | 'gloss',
): Promise<{ text: string } | { problems: OpenProblem[] }> {
  if (file.size > MAX_FILE_BYTES)
    return {
      problems: [
        { kind: 'tooLarge', name: file.name, limitMegabytes: MAX_FILE_BYTES / 1024 / 1024 },
      ],
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { text: decodeText(bytes, input) };
  } catch (error) {
    if (!isParseError(error)) throw error;
    return {
      problems: error.problems.map((problem): OpenProblem => ({
        kind: 'line',
        input: problem.input,
        line: problem.line,
        message: problem.message,
      })),
    };
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
  if (!article) return failure({ kind: 'noFile' });
  const read = await readText(article, 'text');
  if ('problems' in read) return failure(...read.problems);
  if (looksLikeJson(article.name, read.text)) return openBundleJson(read.text);
  let glossText: string | undefined;
  if (gloss) {
    const readGloss = await readText(gloss, 'gloss');
    if ('problems' in readGloss) return failure(...readGloss.problems);
    glossText = readGloss.text;
  }
  return openArticleText(read.text, glossText, article.name);
}

/** Pasted text: a bundle when it looks like JSON, otherwise the raw article. */
export async function openPastedText(text: string): Promise<OpenResult> {
  if (text.length > MAX_FILE_BYTES)
    return failure({ kind: 'tooLarge', name: '', limitMegabytes: MAX_FILE_BYTES / 1024 / 1024 });
  if (text.trimStart().startsWith('{')) return openBundleJson(text);
  return openArticleText(text, undefined, 'artikel');
}
