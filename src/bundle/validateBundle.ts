import type { z } from 'zod';
import { linesOfPaths, positionsOf, scanJson, type JsonPath } from './jsonText.ts';
import { bundleSchema, formatPath, type Bundle } from './schema.ts';

/**
 * What can be wrong with a file or text someone opens, one code each, so the reader can say it in
 * the interface language (`errors.open.<code>` in the locales).
 */
export const OPEN_PROBLEM_CODES = [
  'empty',
  'too-large',
  'unreadable',
  'binary',
  'encoding-utf16',
  'encoding-invalid',
  'json-syntax',
  'wrong-version',
  'schema',
] as const;

export type OpenProblemCode = (typeof OPEN_PROBLEM_CODES)[number];

/**
 * One problem, located: `line` (1-based) in the text, `column` for JSON syntax errors, `path` (e.g.
 * `sections[0].paragraphs[3].quotes[1].end`) for a bundle of the wrong shape. `detail` is the
 * specific finding in English (which character, which rule); `message` says it all in English for
 * the command line and logs.
 */
export interface OpenProblem {
  code: OpenProblemCode;
  path?: string;
  line?: number;
  column?: number;
  detail?: string;
  message: string;
}

export type BundleValidation =
  { ok: true; bundle: Bundle } | { ok: false; problems: OpenProblem[] };

/** The only bundle version this reader knows. */
const SUPPORTED_VERSION = 1;
/** How much of an unexpected value a message quotes: enough to recognise it, never a whole file. */
const QUOTED_VALUE_MAX_LENGTH = 40;

function quoteValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > QUOTED_VALUE_MAX_LENGTH
    ? `${json.slice(0, QUOTED_VALUE_MAX_LENGTH)}…`
    : json;
}

function lineLabel(line: number | undefined, column?: number): string {
  if (line === undefined) return '';
  return column === undefined ? `line ${line}: ` : `line ${line}, column ${column}: `;
}

function jsonSyntaxProblem(text: string, error: unknown): OpenProblem {
  const scan = scanJson(text);
  const engineMessage = error instanceof Error ? error.message : String(error);
  // The scanner and JSON.parse agree on what JSON is (the fuzzer checks it); should they ever
  // not, the engine's own words are still worth showing.
  const offset = scan.ok ? 0 : scan.offset;
  const detail = scan.ok ? engineMessage : scan.reason;
  const [position] = positionsOf(text, [offset]);
  const line = position?.line ?? 1;
  const column = position?.column ?? 1;
  return {
    code: 'json-syntax',
    line,
    column,
    detail,
    message: `${lineLabel(line, column)}not valid JSON: ${detail}`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaProblems(text: string, issues: readonly z.core.$ZodIssue[]): OpenProblem[] {
  const located: { path: JsonPath; detail: string }[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key) => typeof key === 'string' || typeof key === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        located.push({
          path: [...path, key],
          detail: 'a field this version of the format does not have',
        });
    } else {
      located.push({ path, detail: issue.message });
    }
  }
  const lines = linesOfPaths(
    text,
    located.map((problem) => problem.path),
  );
  return located
    .map((problem, i): OpenProblem => {
      const path = formatPath(problem.path);
      const line = lines[i];
      return {
        code: 'schema',
        path,
        ...(line === undefined ? {} : { line }),
        detail: problem.detail,
        message: `${lineLabel(line)}${path}: ${problem.detail}`,
      };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Checks text that should be a Kabar bundle: JSON syntax (with line and column), then the version,
 * then every rule of the format (with the JSON path and its line). Pure; never throws. Strings in
 * the bundle are data, whatever they hold (HTML, scripts, URLs): they pass as they are.
 */
export function validateBundleText(input: string): BundleValidation {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  if (text.trim() === '')
    return {
      ok: false,
      problems: [{ code: 'empty', line: 1, message: 'line 1: the file is empty' }],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  if (isRecord(value) && 'schemaVersion' in value && value.schemaVersion !== SUPPORTED_VERSION) {
    const [line] = linesOfPaths(text, [['schemaVersion']]);
    const detail = `version ${quoteValue(value.schemaVersion)}; this reader knows version ${SUPPORTED_VERSION}`;
    return {
      ok: false,
      problems: [
        {
          code: 'wrong-version',
          path: 'schemaVersion',
          ...(line === undefined ? {} : { line }),
          detail,
          message: `${lineLabel(line)}schemaVersion: ${detail}`,
        },
      ],
    };
  }
  const result = bundleSchema.safeParse(value);
  if (result.success) return { ok: true, bundle: result.data };
  return { ok: false, problems: schemaProblems(text, result.error.issues) };
}
