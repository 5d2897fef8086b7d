import { z } from 'zod';
import { ParseError, type Problem } from './errors.ts';
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

function lineAt(text: string, index: number): number {
  return text.slice(0, Math.max(0, index)).split('\n').length;
}

/** Reads meta.json text, reporting bad JSON by line and bad fields by line and JSON path. */
export function parseMeta(json: string): Meta {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/u.exec(message)?.[1];
    throw new ParseError([
      {
        input: 'meta',
        line: position === undefined ? 1 : lineAt(json, Number(position)),
        message: `not valid JSON: ${message}`,
      },
    ]);
  }
  const result = metaSchema.safeParse(value);
  if (result.success) return result.data;
  throw new ParseError(
    result.error.issues.map((issue) => {
      const last =
        issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[issue.path.length - 1];
      const keyIndex = typeof last === 'string' ? json.indexOf(`"${last}"`) : -1;
      return {
        input: 'meta',
        line: keyIndex === -1 ? 1 : lineAt(json, keyIndex),
        message: `${formatPath(issue.path)}: ${issue.message}`,
      };
    }),
  );
}

/** A correction that could not be applied, located on the line of meta.json that holds its value. */
export function correctionProblem(json: string, problem: CorrectionProblem): Problem {
  const at = json.indexOf(JSON.stringify(problem.value));
  return {
    input: 'meta',
    line: at === -1 ? 1 : lineAt(json, at),
    message: `${problem.path}: ${problem.message}`,
  };
}
