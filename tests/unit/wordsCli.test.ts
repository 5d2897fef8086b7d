import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'zod';

const tsx = path.join('node_modules', '.bin', 'tsx');
const seed = path.join('seeds', 'korea-utara-pasukan-rusia', 'id.txt');

const line = z.strictObject({
  word: z.string().min(1),
  root: z.string().min(1),
  parts: z.array(z.string().min(1)).min(1),
  gloss: z.string().nullable(),
  phrase: z.strictObject({ text: z.string(), gloss: z.string() }).optional(),
});

function gloss(...args: string[]) {
  const result = spawnSync(tsx, ['src/cli/gloss.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kabar-gloss-')), name);
  writeFileSync(file, content);
  return file;
}

test('prints one JSON object a line for every word token of the article', () => {
  const result = gloss(seed);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const rows = result.stdout
    .trimEnd()
    .split('\n')
    .map((text) => line.parse(JSON.parse(text)));
  expect(rows.length).toBeGreaterThan(500);
  expect(rows[3]).toEqual({
    word: 'mengirimkan',
    root: 'kirim',
    parts: ['meng', 'kirim', 'kan'],
    gloss: 'send',
  });
  expect(rows[0]).toMatchObject({
    word: 'Korea',
    phrase: { text: 'Korea Utara', gloss: 'North Korea' },
  });
});

test('an unknown word has its own form as root and a null gloss', () => {
  const result = gloss(scratch('a.txt', 'Zzyzx berjalan.\n'));
  const rows = result.stdout
    .trimEnd()
    .split('\n')
    .map((text) => line.parse(JSON.parse(text)));
  expect(rows).toEqual([
    { word: 'Zzyzx', root: 'zzyzx', parts: ['zzyzx'], gloss: null },
    expect.objectContaining({ word: 'berjalan', root: 'jalan', parts: ['ber', 'jalan'] }),
  ]);
});

test('a missing file: exit 1, nothing on stdout, path:line: message on stderr', () => {
  const missing = path.join(tmpdir(), 'kabar-no-such-article.txt');
  const result = gloss(missing);
  expect(result).toEqual({ code: 1, stdout: '', stderr: `${missing}:1: no such file\n` });
});

test('a UTF-16 file is refused on line 1, in the parse command’s words', () => {
  const file = scratch('utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
  const result = gloss(file);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:1: `, 'u'),
  );
});

test('no file or two files: exit 1 with the usage', () => {
  for (const args of [[], [seed, seed]]) {
    const result = gloss(...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^gloss:1: expected exactly one article file\nusage: /u);
  }
});
