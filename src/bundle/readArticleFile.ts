import { decodeText } from './decode.ts';
import { isParseError } from './errors.ts';
import { slugify } from './ids.ts';
import { RULES } from './rules.ts';
import type { Bundle } from './schema.ts';
import { validateBundleText, type OpenProblem, type OpenProblemCode } from './validateBundle.ts';

/**
 * Files larger than this are refused before a byte is read. A long news article is some 50 KB of
 * text and its bundle a few hundred KB; 5 MB leaves room for a year of a column in one file while
 * keeping a mistaken drop (a video, a disk image) from being read and parsed on the page's thread.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What is needed of a file; the browser's File has all of it. */
export interface ArticleFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A bundle ready to show, raw article text for the parser, or why neither. */
export type OpenedArticle =
  | { kind: 'bundle'; bundle: Bundle }
  | { kind: 'text'; id: string; text: string }
  | { kind: 'problems'; problems: OpenProblem[] };

/** `auto`: a bundle or an article, by name and content; `text`: always text (a gloss file). */
export type ExpectedContent = 'auto' | 'text';

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];
// Control characters other than tab, line feed and carriage return: in text, a sign of binary.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
const LINE_END = /\r\n|\r|\n/u;

function problems(...list: OpenProblem[]): OpenedArticle {
  return { kind: 'problems', problems: list };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function tooLarge(size: number): OpenProblem {
  return {
    code: 'too-large',
    detail: `${megabytes(size)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)}`,
    message: `the file is too large (${megabytes(size)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)})`,
  };
}

function encodingCode(bytes: Uint8Array): OpenProblemCode {
  if (UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) return 'encoding-utf16';
  return bytes.includes(0) ? 'binary' : 'encoding-invalid';
}

/** The problem with text that holds control characters, as the parser would see it: binary. */
function binaryText(text: string): OpenProblem | undefined {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (
    controls === 0 ||
    (!text.includes('\u0000') && controls / text.length <= RULES.controlShareMax)
  )
    return undefined;
  const line = text.slice(0, text.search(CONTROL)).split(LINE_END).length;
  return {
    code: 'binary',
    line,
    message: `line ${line}: the file is binary, not text (it holds control characters)`,
  };
}

function isBundleLike(name: string | undefined, text: string): boolean {
  if (name !== undefined && /\.json$/iu.test(name)) return true;
  if (name !== undefined && /\.txt$/iu.test(name)) return false;
  return text.trimStart().startsWith('{');
}

function idOf(name: string | undefined, text: string): string {
  const base = name?.replace(/\.[^.]*$/u, '') ?? '';
  const firstLine = text.trimStart().split(LINE_END, 1)[0] ?? '';
  return slugify(base) || slugify(firstLine) || 'article';
}

function classify(text: string, name: string | undefined, expect: ExpectedContent): OpenedArticle {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '')
    return problems({ code: 'empty', line: 1, message: 'line 1: the file is empty' });
  const binary = binaryText(body);
  if (binary) return problems(binary);
  if (expect === 'auto' && isBundleLike(name, body)) {
    const result = validateBundleText(body);
    return result.ok ? { kind: 'bundle', bundle: result.bundle } : problems(...result.problems);
  }
  return { kind: 'text', id: idOf(name, body), text: body };
}

/**
 * Reads a file someone opened or dropped: refused unread when over MAX_ARTICLE_BYTES, decoded as
 * UTF-8 (UTF-16, Latin-1 and binary are refused with their line), then a bundle (`.json`, or text
 * that starts with `{`) checked against the schema, or raw text (`.txt`) for the parser. Bad
 * input never throws: every problem comes back located and coded for translation.
 */
export async function readArticleFile(
  file: ArticleFile,
  expect: ExpectedContent = 'auto',
): Promise<OpenedArticle> {
  if (file.size > MAX_ARTICLE_BYTES) return problems(tooLarge(file.size));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return problems({
      code: 'unreadable',
      detail,
      message: `the file cannot be read: ${detail}`,
    });
  }
  // The size a file claims is only what it was when chosen; trust what was read.
  if (bytes.length > MAX_ARTICLE_BYTES) return problems(tooLarge(bytes.length));
  if (bytes.length === 0)
    return problems({ code: 'empty', line: 1, message: 'line 1: the file is empty' });
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    if (!isParseError(error)) throw error;
    const code = encodingCode(bytes);
    return problems(
      ...error.problems.map((problem): OpenProblem => ({
        code,
        line: problem.line,
        message: `line ${problem.line}: ${problem.message}`,
      })),
    );
  }
  return classify(text, file.name, expect);
}

/**
 * Text pasted into the page, classified the same way as a file: a bundle when it starts with `{`,
 * otherwise an article. Its length is measured in UTF-16 code units against MAX_ARTICLE_BYTES.
 */
export function readPastedText(text: string): OpenedArticle {
  if (text.length > MAX_ARTICLE_BYTES) return problems(tooLarge(text.length));
  return classify(text, undefined, 'auto');
}
