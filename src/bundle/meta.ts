import { z } from 'zod';
import { ParseError, type Problem } from './errors.ts';
import { linesOfPaths, positionsOf, scanJson, type JsonPath } from './jsonText.ts';
import { formatPath, sourceSchema } from './schema.ts';
import { speakerCorrectionsSchema, type CorrectionProblem } from './speakerCorrections.ts';

/**
 * `seeds/<slug>/meta.json`: where the article comes from, and the editor's corrections where the
 * parser's reading of the text is wrong.
 */
export const metaSchema = z.strictObject({
  source: sourceSchema.optional(),
  /** Lines (their exact text) that are subheadings although they do not look like one. */
  headings: z.array(z.string().min(1)).optional(),
  /** Lines that look like subheadings but are prose. */
  notHeadings: z.array(z.string().min(1)).optional(),
  /** Corrections to who said what: merge, attribute, rename (see speakerCorrections.ts). */
  speakers: speakerCorrectionsSchema.optional(),
});

export type Meta = z.infer<typeof metaSchema>;

function lineOf(text: string, offset: number): number {
  return positionsOf(text, [offset])[0]?.line ?? 1;
}

/**
 * Reads meta.json text, reporting bad JSON by line and bad fields by line and JSON path. Lines
 * come from the project's own JSON reader (jsonText.ts): the engine's messages often carry no
 * position, and a key's first occurrence in the text is not always the key at fault.
 */
export function parseMeta(json: string): Meta {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const scan = scanJson(json);
    throw new ParseError([
      {
        input: 'meta',
        line: scan.ok ? 1 : lineOf(json, scan.offset),
        message: `not valid JSON: ${message}`,
      },
    ]);
  }
  const result = metaSchema.safeParse(value);
  if (result.success) return result.data;
  const paths = result.error.issues.map((issue): JsonPath => {
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
      ? [...path, issue.keys[0]]
      : path;
  });
  const lines = linesOfPaths(json, paths);
  throw new ParseError(
    result.error.issues.map((issue, i) => ({
      input: 'meta',
      line: lines[i] ?? 1,
      message: `${formatPath(issue.path)}: ${issue.message}`,
    })),
  );
}

/** A correction that could not be applied, located on the line of meta.json that holds its value. */
export function correctionProblem(json: string, problem: CorrectionProblem): Problem {
  const at = json.indexOf(JSON.stringify(problem.value));
  return {
    input: 'meta',
    line: at === -1 ? 1 : lineOf(json, at),
    message: `${problem.path}: ${problem.message}`,
  };
}
