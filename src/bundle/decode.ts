import { RULES } from './rules.ts';
import { ParseError, type InputName } from './errors.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Find the first byte where a strict decoder gives up, by decoding growing prefixes line by line.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return lineStart;
      }
      lineStart = i + 1;
    }
  }
  return -1;
}

/**
 * Turns the bytes of a file into text, or says why they are not UTF-8 text. A UTF-8 byte-order
 * mark is dropped; UTF-16 and other encodings are refused with the way to fix them.
 */
export function decodeText(bytes: Uint8Array, input: InputName = 'text'): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new ParseError([
      { input, line: 1, message: 'the file is UTF-16 text; save it as UTF-8' },
    ]);
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    throw new ParseError([
      {
        input,
        line: lineOfByte(body, nul),
        message: 'the file is binary, not text (it holds a NUL byte)',
      },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    throw new ParseError([
      {
        input,
        line: at === -1 ? 1 : lineOfByte(body, at),
        message: 'the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8',
      },
    ]);
  }
  return text;
}

/** One non-blank line of an input, trimmed and in NFC, with its 1-based line number. */
export interface Line {
  number: number;
  text: string;
}

// Control characters other than tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
const LINE_END = /\r\n|\r|\n/u;
/**
 * A character beyond Latin-1. A line without one is in NFC already: every character that composes
 * with the one before it lies above U+00FF. The scan is native and quick; normalize() first copies
 * the line for ICU, which was 1 ms (2%) of a 100x parse, for lines that are nearly always ASCII.
 */
const BEYOND_LATIN1 = /[\u0100-\u{10ffff}]/u;

/**
 * Splits text into its non-blank lines (LF, CRLF or CR ends), each trimmed (non-breaking spaces
 * included) and in NFC. Refuses text that is mostly control characters, which is binary.
 */
export function splitLines(text: string, input: InputName = 'text'): Line[] {
  const withoutBom = text.startsWith('\ufeff') ? text.slice(1) : text;
  const controls = withoutBom.match(CONTROL)?.length ?? 0;
  if (
    controls > 0 &&
    (withoutBom.includes('\u0000') || controls / withoutBom.length > RULES.controlShareMax)
  ) {
    const index = withoutBom.search(CONTROL);
    const line = withoutBom.slice(0, index).split(LINE_END).length;
    throw new ParseError([
      { input, line, message: 'the file is binary, not text (it holds control characters)' },
    ]);
  }
  const lines: Line[] = [];
  // Without a carriage return every line ends in LF, and splitting on a string is far quicker.
  const raws = withoutBom.includes('\r') ? withoutBom.split(LINE_END) : withoutBom.split('\n');
  raws.forEach((raw, i) => {
    const trimmed = raw.trim();
    const normal = BEYOND_LATIN1.test(trimmed) ? trimmed.normalize('NFC') : trimmed;
    if (normal !== '') lines.push({ number: i + 1, text: normal });
  });
  return lines;
}
