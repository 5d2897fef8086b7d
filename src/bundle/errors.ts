/** Which input a problem is in: the article, its gloss, or its meta file. */
export type InputName = 'text' | 'gloss' | 'meta';

export interface Problem {
  input: InputName;
  /** 1-based line number; 1 when the problem concerns the whole input. */
  line: number;
  message: string;
}

/** The only error the parser throws: every problem it found, each with where it is. */
export class ParseError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => `${p.input}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'ParseError';
    this.problems = problems;
  }
}

export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError;
}
