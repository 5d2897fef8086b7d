/**
 * Where things are in JSON text: the first syntax error, and the place of a value named by its
 * path. JSON.parse says neither the same way in every engine (Node 20 often gives no position at
 * all), so this module reads the text itself, once, left to right, with no recursion: linear in the
 * text whatever its nesting.
 */

export type JsonPath = readonly (string | number)[];

export type JsonScan = { ok: true } | { ok: false; offset: number; reason: string };

/** 1-based line and column (in UTF-16 code units) of an offset; LF, CRLF and CR end lines. */
export interface TextPosition {
  line: number;
  column: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPABLE = '"\\/bfnrtu';
const LITERALS = ['true', 'false', 'null'] as const;

function isJsonSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function describe(c: string | undefined): string {
  return c === undefined ? 'the end of the text' : `"${c}"`;
}

type Frame = { kind: 'object' } | { kind: 'array'; index: number };

/**
 * Reads JSON text the way JSON.parse does and says where the first error is. `visit` is told
 * where each value is: for an object member, the offset of its key; for an array element or the
 * root, the offset of the value. `path` is the scanner's own array, valid only during the call.
 */
export function scanJson(text: string, visit?: (path: JsonPath, offset: number) => void): JsonScan {
  const path: (string | number)[] = [];
  const stack: Frame[] = [];
  let at = 0;
  const fail = (offset: number, reason: string): JsonScan => ({ ok: false, offset, reason });
  const skipSpace = () => {
    while (isJsonSpace(text[at])) at++;
  };

  /** Reads a string starting at `at` (a quotation mark); returns an error or undefined. */
  function readString(): JsonScan | undefined {
    at++;
    for (;;) {
      const c = text.charCodeAt(at);
      if (Number.isNaN(c)) return fail(at, 'the text ends inside a string');
      if (c === 0x22) {
        at++;
        return undefined;
      }
      if (c === 0x5c) {
        const escaped = text[at + 1];
        if (escaped === undefined || !ESCAPABLE.includes(escaped))
          return fail(at, `bad escape ${describe(escaped)} in a string`);
        if (escaped === 'u') {
          HEX4.lastIndex = at + 2;
          if (!HEX4.test(text)) return fail(at, 'bad \\u escape in a string');
          at += 6;
        } else {
          at += 2;
        }
        continue;
      }
      if (c < 0x20)
        return fail(at, 'a control character inside a string (write it as \\n, \\t, …)');
      at++;
    }
  }

  let expectValue = true;
  skipSpace();
  visit?.(path, at);
  for (;;) {
    if (expectValue) {
      const c = text[at];
      if (c === '{') {
        at++;
        skipSpace();
        if (text[at] === '}') {
          at++;
          expectValue = false;
          continue;
        }
        stack.push({ kind: 'object' });
        const member = readMember();
        if (member) return member;
        continue;
      }
      if (c === '[') {
        at++;
        skipSpace();
        if (text[at] === ']') {
          at++;
          expectValue = false;
          continue;
        }
        stack.push({ kind: 'array', index: 0 });
        path.push(0);
        visit?.(path, at);
        continue;
      }
      if (c === '"') {
        const error = readString();
        if (error) return error;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = at;
        if (!NUMBER.test(text)) return fail(at, 'a malformed number');
        at = NUMBER.lastIndex;
      } else {
        const literal = LITERALS.find((word) => text.startsWith(word, at));
        if (!literal) return fail(at, `unexpected ${describe(c)} where a value should be`);
        at += literal.length;
      }
      expectValue = false;
      continue;
    }

    skipSpace();
    const frame = stack[stack.length - 1];
    const c = text[at];
    if (!frame) {
      return at === text.length
        ? { ok: true }
        : fail(at, `unexpected ${describe(c)} after the JSON value`);
    }
    if (frame.kind === 'array') {
      if (c === ',') {
        at++;
        skipSpace();
        frame.index++;
        path[path.length - 1] = frame.index;
        visit?.(path, at);
        expectValue = true;
      } else if (c === ']') {
        at++;
        stack.pop();
        path.pop();
      } else {
        return fail(at, `expected "," or "]" but found ${describe(c)}`);
      }
      continue;
    }
    if (c === ',') {
      at++;
      path.pop();
      const member = readMember();
      if (member) return member;
    } else if (c === '}') {
      at++;
      stack.pop();
      path.pop();
    } else {
      return fail(at, `expected "," or "}" but found ${describe(c)}`);
    }
  }

  /** Reads `"key": ` and leaves the scanner before the member's value. */
  function readMember(): JsonScan | undefined {
    skipSpace();
    const keyStart = at;
    if (text[at] !== '"')
      return fail(at, `expected a property name in quotes but found ${describe(text[at])}`);
    const error = readString();
    if (error) return error;
    const raw = text.slice(keyStart + 1, at - 1);
    const key = raw.includes('\\') ? decodeKey(text.slice(keyStart, at)) : raw;
    skipSpace();
    if (text[at] !== ':')
      return fail(at, `expected ":" after a property name but found ${describe(text[at])}`);
    at++;
    skipSpace();
    path.push(key);
    visit?.(path, keyStart);
    expectValue = true;
    return undefined;
  }
}

function decodeKey(quoted: string): string {
  const value: unknown = JSON.parse(quoted);
  return typeof value === 'string' ? value : quoted;
}

/** Line and column of each offset, counted in one pass over the text. */
export function positionsOf(text: string, offsets: readonly number[]): TextPosition[] {
  const order = offsets
    .map((offset, index) => ({ offset, index }))
    .sort((a, b) => a.offset - b.offset);
  const positions = new Array<TextPosition>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const { offset, index } of order) {
    const target = Math.min(Math.max(offset, 0), text.length);
    for (; at < target; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
        line++;
        lineStart = at + 1;
      }
    }
    positions[index] = { line, column: target - lineStart + 1 };
  }
  return positions;
}

/** A path that names no value deeper than this is never looked for: bundles are not this deep. */
const MAX_LOCATED_DEPTH = 16;

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/**
 * The line of each path in JSON text (which must be valid JSON): where its key is, or its value
 * when it is an array element. A path that is not in the text (a missing member) gets the line of
 * its nearest ancestor that is. One pass over the text for all the paths together.
 */
export function linesOfPaths(text: string, paths: readonly JsonPath[]): number[] {
  const wanted = new Set<string>();
  for (const path of paths)
    for (let length = 0; length <= Math.min(path.length, MAX_LOCATED_DEPTH); length++)
      wanted.add(pathKey(path.slice(0, length)));
  const found = new Map<string, number>();
  scanJson(text, (path, offset) => {
    if (path.length > MAX_LOCATED_DEPTH) return;
    const key = pathKey(path);
    if (wanted.has(key) && !found.has(key)) found.set(key, offset);
  });
  const offsets = paths.map((path) => {
    for (let length = Math.min(path.length, MAX_LOCATED_DEPTH); length >= 0; length--) {
      const offset = found.get(pathKey(path.slice(0, length)));
      if (offset !== undefined) return offset;
    }
    return 0;
  });
  return positionsOf(text, offsets).map((position) => position.line);
}
