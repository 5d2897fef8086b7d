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
