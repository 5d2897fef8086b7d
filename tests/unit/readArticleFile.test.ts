import { expect, test } from 'vitest';
import { parseArticle } from '../../src/bundle/parseArticle.ts';
import {
  MAX_ARTICLE_BYTES,
  readArticleFile,
  readPastedText,
  type ArticleFile,
} from '../../src/bundle/readArticleFile.ts';
import { OPEN_PROBLEM_CODES } from '../../src/bundle/validateBundle.ts';

/** A file like the browser's, which counts how often its bytes were read. */
function fileOf(name: string, content: string | Uint8Array, size?: number) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = {
    name,
    size: size ?? bytes.length,
    reads: 0,
    arrayBuffer() {
      file.reads++;
      return Promise.resolve(bytes.slice().buffer);
    },
  };
  return file;
}

const bundleJson = JSON.stringify(
  parseArticle({ id: 'uji', text: 'Judul\nIsi berita ini.', gloss: 'Title\nThe story.' }),
  null,
  2,
);

test('a .json file holding a valid bundle opens as that bundle', async () => {
  const opened = await readArticleFile(fileOf('uji.json', bundleJson));
  expect(opened).toEqual({ kind: 'bundle', bundle: JSON.parse(bundleJson) });
});

test('a .txt file opens as text for the parser, with an id from its name', async () => {
  const opened = await readArticleFile(fileOf('Berita Hari Ini.txt', '\ufeffJudul\r\nIsi.\r\n'));
  expect(opened).toEqual({ kind: 'text', id: 'berita-hari-ini', text: 'Judul\r\nIsi.\r\n' });
});

test('a .txt file that starts with a brace is still text; a file of another name is sniffed', async () => {
  expect((await readArticleFile(fileOf('kurung.txt', '{Judul}\nIsi.'))).kind).toBe('text');
  expect((await readArticleFile(fileOf('unduhan', bundleJson))).kind).toBe('bundle');
  expect((await readArticleFile(fileOf('unduhan', 'Judul\nIsi.'))).kind).toBe('text');
});

test('a gloss file is always read as text', async () => {
  expect((await readArticleFile(fileOf('en.json', '{ "a": 1 }'), 'text')).kind).toBe('text');
});

test('a file over the size limit is refused before its bytes are read', async () => {
  const file = fileOf('besar.json', '{}', MAX_ARTICLE_BYTES + 1);
  const opened = await readArticleFile(file);
  expect(file.reads).toBe(0);
  expect(opened).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'too-large', detail: '5 MB; the limit is 5 MB' })],
  });
});

test('a file that grew past the limit after it was chosen is refused once read', async () => {
  const file = fileOf('tumbuh.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 10);
  expect(await readArticleFile(file)).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'too-large' })],
  });
});

test('a file that cannot be read is a problem, not an exception', async () => {
  const file: ArticleFile = {
    name: 'hilang.txt',
    size: 10,
    arrayBuffer: () => Promise.reject(new Error('NotReadableError: the file was moved')),
  };
  expect(await readArticleFile(file)).toEqual({
    kind: 'problems',
    problems: [
      {
        code: 'unreadable',
        detail: 'NotReadableError: the file was moved',
        message: 'the file cannot be read: NotReadableError: the file was moved',
      },
    ],
  });
});

test('an empty file, or one of only blank lines, is empty on line 1', async () => {
  for (const content of ['', '\n\n  \n', '\ufeff'])
    for (const name of ['kosong.txt', 'kosong.json'])
      expect(await readArticleFile(fileOf(name, content))).toEqual({
        kind: 'problems',
        problems: [{ code: 'empty', line: 1, message: 'line 1: the file is empty' }],
      });
});

test('binary bytes are refused as binary with the line of the first NUL', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
  for (const name of ['gambar.txt', 'gambar.json']) {
    expect(await readArticleFile(fileOf(name, png))).toEqual({
      kind: 'problems',
      problems: [expect.objectContaining({ code: 'binary', line: 3 })],
    });
  }
});

test('text full of control characters is binary even without a NUL', async () => {
  const opened = await readArticleFile(fileOf('aneh.json', 'Judul\n\u0001\u0002\u0003{}'));
  expect(opened).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'binary', line: 2 })],
  });
});

test('UTF-16 with a byte-order mark is refused with a way to fix it', async () => {
  const littleEndian = new Uint8Array([0xff, 0xfe, 0x4a, 0x00, 0x0a, 0x00]);
  const bigEndian = new Uint8Array([0xfe, 0xff, 0x00, 0x4a, 0x00, 0x0a]);
  for (const bytes of [littleEndian, bigEndian]) {
    const opened = await readArticleFile(fileOf('utf16.txt', bytes));
    expect(opened).toEqual({
      kind: 'problems',
      problems: [expect.objectContaining({ code: 'encoding-utf16', line: 1 })],
    });
    if (opened.kind === 'problems') expect(opened.problems[0]?.message).toMatch(/UTF-8/u);
  }
});

test('Latin-1 text is refused on the line of its first bad byte', async () => {
  const latin1 = new Uint8Array([0x4a, 0x0a, 0x4b, 0x0a, 0x43, 0x61, 0x66, 0xe9]);
  expect(await readArticleFile(fileOf('latin1.txt', latin1))).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'encoding-invalid', line: 3 })],
  });
});

test('a .json file of broken JSON or of the wrong shape comes back with located problems', async () => {
  const broken = await readArticleFile(fileOf('rusak.json', '{\n  "id": \n}'));
  expect(broken).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'json-syntax', line: 3, column: 1 })],
  });
  const shape = await readArticleFile(
    fileOf('bentuk.json', bundleJson.replace('"id": "uji"', '"id": 5')),
  );
  expect(shape).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'schema', path: 'id', line: 3 })],
  });
});

test('pasted text goes through the same classification as a file', () => {
  expect(readPastedText(bundleJson).kind).toBe('bundle');
  expect(readPastedText('  Judul baru\nIsi.')).toEqual({
    kind: 'text',
    id: 'judul-baru',
    text: '  Judul baru\nIsi.',
  });
  expect(readPastedText('{ "rusak": ')).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'json-syntax', line: 1 })],
  });
  expect(readPastedText(' \n ')).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'empty' })],
  });
  expect(readPastedText('x'.repeat(MAX_ARTICLE_BYTES + 1))).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'too-large' })],
  });
  expect(readPastedText('Judul\n\u0000')).toEqual({
    kind: 'problems',
    problems: [expect.objectContaining({ code: 'binary', line: 2 })],
  });
});

test('hostile text stays text: HTML and scripts open as the characters they are', async () => {
  const hostile = '<script>alert(1)</script>\n<img src=x onerror=alert(1)> javascript:alert(1)';
  expect(await readArticleFile(fileOf('jahat.txt', hostile))).toEqual({
    kind: 'text',
    id: 'jahat',
    text: hostile,
  });
});

test('every problem code is one the reader can translate', async () => {
  const codes = new Set<string>(OPEN_PROBLEM_CODES);
  const inputs = [
    fileOf('a.json', ''),
    fileOf('a.json', '{'),
    fileOf('a.json', '{"schemaVersion": 9}'),
    fileOf('a.json', '[]'),
    fileOf('a.txt', new Uint8Array([0xff, 0xfe])),
    fileOf('a.txt', new Uint8Array([0xe9])),
    fileOf('a.txt', new Uint8Array([0])),
    fileOf('a.txt', '', MAX_ARTICLE_BYTES * 2),
  ];
  for (const file of inputs) {
    const opened = await readArticleFile(file);
    expect(opened.kind).toBe('problems');
    if (opened.kind === 'problems')
      for (const problem of opened.problems) expect(codes).toContain(problem.code);
  }
});
