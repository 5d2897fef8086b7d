import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bundleSchema } from '../../src/bundle/schema.ts';

const seed = path.join('seeds', 'korea-utara-pasukan-rusia');
const tsx = path.join('node_modules', '.bin', 'tsx');

function parse(...args: string[]) {
  const result = spawnSync(tsx, ['src/cli/parse.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kabar-cli-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The SPEC's failure form: exit 1, nothing on stdout, `path:line: message` lines, no stack. */
function expectLocatedFailure(
  result: ReturnType<typeof parse>,
  file: string,
  line: number,
  message: RegExp,
) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines[0]).toMatch(
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:${line}: `, 'u'),
  );
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/mu);
}

test('parses the seed with its gloss into one valid bundle on stdout', () => {
  const result = parse(path.join(seed, 'id.txt'), '--gloss', path.join(seed, 'en.txt'));
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const bundle = bundleSchema.parse(JSON.parse(result.stdout));
  expect(bundle.id).toBe('korea-utara-pasukan-rusia');
  expect(bundle.glossLang).toBe('en');
});

test('a missing file fails with its path', () => {
  expectLocatedFailure(parse('no/such/article.txt'), 'no/such/article.txt', 1, /no such file/u);
});

test('a directory fails with its path', () => {
  expectLocatedFailure(parse('seeds'), 'seeds', 1, /directory/u);
});

test('an empty file fails', () => {
  const file = scratch('empty.txt', '\n\n');
  expectLocatedFailure(parse(file), file, 1, /empty/u);
});

test('binary input fails', () => {
  const file = scratch(
    'image.txt',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
  );
  expectLocatedFailure(parse(file), file, 3, /binary/u);
});

test('Latin-1 text fails on the line of the first bad byte', () => {
  const file = scratch(
    'latin1.txt',
    new Uint8Array([0x4a, 0x0a, 0x4b, 0x0a, 0x43, 0x61, 0x66, 0xe9]),
  );
  expectLocatedFailure(parse(file), file, 3, /UTF-8/u);
});

test('a gloss one line short names the first line where article and gloss part', () => {
  const gloss = scratch('en.txt', `Title\n${['One.', 'Two.', 'Four.'].join('\n')}\n`);
  const text = scratch('id.txt', 'Judul\nSatu.\nDua.\nTiga, dengan 3 hal.\nEmpat.\n');
  const result = parse(text, '--gloss', gloss);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^.*en\.txt:\d+: the article has 5 lines, the gloss 4/u);
});

test('bad meta.json is reported by line with its JSON path', () => {
  const meta = scratch('meta.json', '{\n  "source": {\n    "name": 5\n  }\n}\n');
  const result = parse(path.join(seed, 'id.txt'), '--meta', meta);
  expectLocatedFailure(result, meta, 3, /source\.name/u);
});

test('an unreadable file fails without a stack trace', () => {
  if (process.getuid?.() === 0) return; // root reads everything; the permission case cannot happen
  const file = scratch('secret.txt', 'Judul\nIsi.\n');
  chmodSync(file, 0o000);
  expectLocatedFailure(parse(file), file, 1, /permission/u);
});

test('wrong arguments print the usage, exit 1 and write nothing on stdout', () => {
  const result = parse();
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/usage: npm run --silent parse/u);
});

test('a binary gloss fails on the gloss file, with the line of its first NUL', () => {
  const gloss = scratch('en.txt', new Uint8Array([0x54, 0x0a, 0x55, 0x0a, 0x00, 0x01]));
  expectLocatedFailure(parse(path.join(seed, 'id.txt'), '--gloss', gloss), gloss, 3, /binary/u);
});

test('a gloss in UTF-16 fails on the gloss file, saying to save it as UTF-8', () => {
  const gloss = scratch('en.txt', new Uint8Array([0xff, 0xfe, 0x54, 0x00]));
  expectLocatedFailure(parse(path.join(seed, 'id.txt'), '--gloss', gloss), gloss, 1, /UTF-8/u);
});

test('a meta that is a directory fails with its path', () => {
  expectLocatedFailure(
    parse(path.join(seed, 'id.txt'), '--meta', 'seeds'),
    'seeds',
    1,
    /directory/u,
  );
});

test('every unreadable input is reported, one line each', () => {
  const result = parse('no/such/article.txt', '--gloss', 'no/such/en.txt', '--meta', 'seeds');
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toEqual([
    'no/such/article.txt:1: no such file',
    'no/such/en.txt:1: no such file',
    'seeds:1: is a directory, not a file',
  ]);
});

test.each([
  ['--gloss without a value', ['--gloss']],
  ['an unknown flag', ['--bogus']],
  ['a second article file', [path.join(seed, 'en.txt')]],
])('%s prints the usage, exits 1 and writes nothing on stdout', (_, extra) => {
  const result = parse(path.join(seed, 'id.txt'), ...extra);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^parse:1: .+\nusage: npm run --silent parse/u);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/mu);
});

test('an error inside the parser is reported on the article file, without a stack trace', () => {
  // Break Intl.Segmenter before the command runs, as a bug in the parser would.
  const preload = scratch(
    'break-segmenter.mjs',
    "Intl.Segmenter = class { constructor() { throw new TypeError('segmenter broke'); } };\n",
  );
  const text = scratch('id.txt', 'Judul\nKalimat satu. Kalimat dua.\n');
  const result = spawnSync(tsx, ['--import', preload, 'src/cli/parse.ts', text], {
    encoding: 'utf8',
  });
  expectLocatedFailure(
    { code: result.status, stdout: result.stdout, stderr: result.stderr },
    text,
    1,
    /internal error: segmenter broke$/u,
  );
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
});
