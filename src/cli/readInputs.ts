import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../bundle/decode.ts';
import { ParseError, type InputName } from '../bundle/errors.ts';
import { slugify } from '../bundle/ids.ts';

/** A problem with a file, in the SPEC's form: `path:line: message`. */
export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

export class InputError extends Error {
  readonly problems: readonly FileProblem[];
  constructor(problems: readonly FileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

export function formatProblem(problem: FileProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a file as UTF-8 text, turning every failure into a located problem. */
export function readTextFile(file: string, input: InputName): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory())
      throw new InputError([{ file, line: 1, message: 'is a directory, not a file' }]);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file, line: 1, message: describeFsError(error) }]);
  }
  try {
    return decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), input);
  } catch (error) {
    if (error instanceof ParseError)
      throw new InputError(error.problems.map((p) => ({ file, line: p.line, message: p.message })));
    throw error;
  }
}

/** The slug of an article file: its folder's name for seeds/<slug>/id.txt, else the file's own name. */
export function slugOf(file: string): string {
  const base = path.basename(file, path.extname(file));
  const name = base === 'id' ? path.basename(path.dirname(path.resolve(file))) : base;
  return slugify(name, 12) || 'article';
}

export interface SeedArticle {
  slug: string;
  textFile: string;
  glossFile?: string;
  metaFile?: string;
}

/** Every article under seeds/: folders with an id.txt, and optionally en.txt and meta.json. */
export function listSeeds(seedsDir: string): SeedArticle[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(seedsDir, entry.name, 'id.txt')))
    .map((entry) => {
      const dir = path.join(seedsDir, entry.name);
      const glossFile = path.join(dir, 'en.txt');
      const metaFile = path.join(dir, 'meta.json');
      return {
        slug: entry.name,
        textFile: path.join(dir, 'id.txt'),
        ...(existsSync(glossFile) ? { glossFile } : {}),
        ...(existsSync(metaFile) ? { metaFile } : {}),
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
