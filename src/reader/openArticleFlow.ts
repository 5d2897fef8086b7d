import type { Bundle } from '../bundle/schema.ts';

/** Files larger than this are refused before they are read: no article is anywhere near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What went wrong, located so the reader can fix it; the messages come from the parser or schema. */
export type OpenProblem =
  | { kind: 'line'; input: 'text' | 'gloss' | 'meta'; line: number; message: string }
  | { kind: 'path'; path: string; message: string }
  | { kind: 'tooLarge'; name: string; limitMegabytes: number }
  | { kind: 'notJson'; line: number | null; message: string }
  | { kind: 'unreadable'; message: string }
  | { kind: 'noFile' };

export type OpenResult = { ok: true; bundle: Bundle } | { ok: false; problems: OpenProblem[] };

/** The parts of a File the flow needs; tests and drops can hand in anything shaped like it. */
export interface ArticleFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

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
  const { bundleSchema, formatPath } = await import('../bundle/schema.ts');
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
  const [{ parseArticle }, { isParseError }, { slugify }] = await Promise.all([
    import('../bundle/parseArticle.ts'),
    import('../bundle/errors.ts'),
    import('../bundle/ids.ts'),
  ]);
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
  const [{ decodeText }, { isParseError }] = await Promise.all([
    import('../bundle/decode.ts'),
    import('../bundle/errors.ts'),
  ]);
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

/** Of several files dropped at once, which is the article and which its English gloss. */
export function pickArticleFiles<T extends { name: string }>(
  files: readonly T[],
): { article: T | undefined; gloss: T | undefined } {
  const isGloss = (file: T) => /(^|[^a-z])(en|gloss|english)\.txt$/iu.test(file.name);
  const gloss = files.length > 1 ? files.find(isGloss) : undefined;
  const article = files.find((file) => file !== gloss);
  return { article, gloss };
}
