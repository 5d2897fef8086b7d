import type { InputName } from '../bundle/errors.ts';
import type { ArticleFile } from '../bundle/readArticleFile.ts';
import type { Bundle } from '../bundle/schema.ts';
import type { OpenProblem as FileProblem } from '../bundle/validateBundle.ts';

export type { ArticleFile };

/**
 * What went wrong, located so the reader can fix it, and told in the interface language: `file`
 * problems by their code (the size limit, the encoding, JSON syntax, the bundle's shape), `line`
 * problems from the parser (its English message inside a translated frame). Type-only imports:
 * the first view's script carries none of the reading and checking code.
 */
export type OpenProblem =
  | { kind: 'file'; input: 'text' | 'gloss'; problem: FileProblem }
  | { kind: 'tooLarge'; name: string; megabytes: number; limitMegabytes: number }
  | { kind: 'line'; input: InputName; line: number; message: string }
  | { kind: 'unreadable'; message: string }
  | { kind: 'noFile' };

export type OpenResult = { ok: true; bundle: Bundle } | { ok: false; problems: OpenProblem[] };
