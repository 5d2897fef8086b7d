import { ParseError } from '../bundle/errors.ts';
import { parseArticleWithStats, type ParseResult } from '../bundle/parseArticle.ts';
import { InputError, readTextFile, type FileProblem } from './readInputs.ts';

export interface ArticleFiles {
  slug: string;
  textFile: string;
  glossFile?: string;
  metaFile?: string;
}

/** Reads an article's files and parses them; every problem comes back located in its file. */
export function buildBundle(files: ArticleFiles): ParseResult {
  const problems: FileProblem[] = [];
  const read = (file: string | undefined, input: 'text' | 'gloss' | 'meta'): string | undefined => {
    if (file === undefined) return undefined;
    try {
      return readTextFile(file, input);
    } catch (error) {
      if (error instanceof InputError) {
        problems.push(...error.problems);
        return undefined;
      }
      throw error;
    }
  };
  const text = read(files.textFile, 'text');
  const gloss = read(files.glossFile, 'gloss');
  const meta = read(files.metaFile, 'meta');
  if (problems.length > 0 || text === undefined) throw new InputError(problems);
  try {
    return parseArticleWithStats({
      id: files.slug,
      text,
      ...(gloss === undefined ? {} : { gloss }),
      ...(meta === undefined ? {} : { meta }),
    });
  } catch (error) {
    if (error instanceof ParseError) {
      const fileOf = {
        text: files.textFile,
        gloss: files.glossFile ?? 'gloss',
        meta: files.metaFile ?? 'meta',
      };
      throw new InputError(
        error.problems.map((p) => ({ file: fileOf[p.input], line: p.line, message: p.message })),
      );
    }
    throw error;
  }
}
