/**
 * Builds src/words/data/lexicon.json, reproducibly, from Debian's data and the curated entries:
 * - roots: hunspell-id's /usr/share/hunspell/id_ID.dic (LGPL-3 / GPL, see src/words/data/LICENSES.md),
 *   with the prefix families each root takes read from its affix flags;
 * - meanings: FreeDict English–Indonesian (CC BY-SA 3.0), turned around to Indonesian → English,
 *   under src/words/data/curated.json (every content word of the seed, names, phrases, news words).
 *
 * Usage: npx tsx src/cli/buildLexicon.ts [--check]   (--check: fail if the committed file differs)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { analyseWord, type RootList } from '../words/analyse.ts';
import { FAMILY_LETTERS, SUFFIX_LETTERS, type PrefixFamily } from '../words/rules.ts';
import type { LexiconData } from '../words/lexicon.ts';

const HUNSPELL_DIC = '/usr/share/hunspell/id_ID.dic';
const HUNSPELL_AFF = '/usr/share/hunspell/id_ID.aff';
const FREEDICT_DICT = '/usr/share/dictd/freedict-eng-ind.dict.dz';
const FREEDICT_INDEX = '/usr/share/dictd/freedict-eng-ind.index';
const CURATED = 'src/words/data/curated.json';
const OUTPUT = 'src/words/data/lexicon.json';

/** More senses than this crowd the card; the first ones are the curated and the commonest. */
const MAX_SENSES = 4;
/** Meanings a root borrows from its derived words when it has none of its own. */
const MAX_BORROWED = 2;
/** FreeDict headwords longer than this are definitions rather than glosses. */
const MAX_ENGLISH_WORDS = 4;

/** First letters of hunspell-id's flags name the prefix family (B0 ber-, M0 meN-, Mk meN-…-kan). */
const FLAG_FAMILIES: Readonly<Record<string, PrefixFamily>> = {
  B: 'ber',
  D: 'di',
  K: 'ke',
  M: 'meN',
  P: 'peN',
  R: 'per',
  S: 'se',
  T: 'ter',
};
/** Flags for two stacked prefixes (DR diper-, KB keber-, MR memper-): the second is the inner one. */
const STACKED_FLAGS = new Set(
  'BK BP BS DK DR DS KB KM KP KS KT MB MR PB PM PR RP RS SB SK SP SR SS ST TB TK TR'.split(' '),
);

const curatedSchema = z.object({
  roots: z.array(z.string()),
  /** `key: "sense; sense"`, keys in lower case except acronyms and names. */
  entries: z.record(z.string(), z.string().min(1)),
});

function fail(message: string): never {
  process.stderr.write(`buildLexicon: ${message}\n`);
  process.exit(1);
}

function requireDebianData(): void {
  const missing = [HUNSPELL_DIC, HUNSPELL_AFF, FREEDICT_DICT, FREEDICT_INDEX].filter(
    (file) => !existsSync(file),
  );
  if (missing.length > 0)
    fail(
      `missing ${missing.join(', ')}; run: apt-get install hunspell-id dict-freedict-eng-ind ` +
        `(the committed ${OUTPUT} is enough to run the app and the tests)`,
    );
}

/** The derivational suffix each suffix flag of the .aff adds (a0 -an, Mk meN-…-kan, Di di-…-i). */
function readSuffixFlags(): Map<string, string> {
  const suffixes = new Map<string, string>();
  for (const line of readFileSync(HUNSPELL_AFF, 'latin1').split('\n')) {
    const [kind, flag, strip, affix = ''] = line.trim().split(/\s+/);
    if (kind !== 'SFX' || !flag || strip === 'Y' || strip === 'N' || suffixes.has(flag)) continue;
    const added = affix.split('/')[0] ?? '';
    const letter = added.startsWith('kan')
      ? SUFFIX_LETTERS.kan
      : added.startsWith('an')
        ? SUFFIX_LETTERS.an
        : added === 'i' || added.startsWith('i/')
          ? SUFFIX_LETTERS.i
          : '';
    suffixes.set(flag, letter);
  }
  return suffixes;
}

function flagLetters(flags: string, suffixFlags: ReadonlyMap<string, string>): string {
  const letters = new Set<string>();
  for (let i = 0; i + 1 < flags.length; i += 2) {
    const flag = flags.slice(i, i + 2);
    const outer = FLAG_FAMILIES[flag.charAt(0)];
    if (outer) letters.add(FAMILY_LETTERS[outer]);
    const inner = FLAG_FAMILIES[flag.charAt(1)];
    if (inner && STACKED_FLAGS.has(flag)) letters.add(FAMILY_LETTERS[inner]);
    const suffix = suffixFlags.get(flag);
    if (suffix) letters.add(suffix);
  }
  return [...letters].sort().join('');
}

/** hunspell-id: `root/flags` a line (two-letter flags, FLAG long), ASCII. */
function readHunspellRoots(): Map<string, string> {
  const suffixFlags = readSuffixFlags();
  const roots = new Map<string, string>();
  const lines = readFileSync(HUNSPELL_DIC, 'latin1').split('\n').slice(1);
  for (const line of lines) {
    const [word = '', flags = ''] = line.trim().split('/');
    // Entries such as -isasi or -wan are affixes, not roots.
    if (word === '' || word.includes(' ') || word.startsWith('-') || word.endsWith('-')) continue;
    const root = word.toLowerCase();
    const letters = (roots.get(root) ?? '') + flagLetters(flags, suffixFlags);
    roots.set(root, [...new Set(letters)].sort().join(''));
  }
  return roots;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function dictNumber(encoded: string): number {
  let value = 0;
  for (const char of encoded) value = value * 64 + B64.indexOf(char);
  return value;
}

interface FreeDictSense {
  english: string;
  indonesian: string[];
}

/**
 * FreeDict's dictd text: a headword line `english /ipa/ <pos>`, then for each sense a line of
 * Indonesian translations (`1. a, b 2.` when numbered) followed by English definition lines, each
 * further definition announced by a line ` N.`.
 */
function readFreeDict(): FreeDictSense[] {
  const text = gunzipSync(readFileSync(FREEDICT_DICT));
  const senses: FreeDictSense[] = [];
  for (const line of readFileSync(FREEDICT_INDEX, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const start = dictNumber(offset);
    const body = text.subarray(start, start + dictNumber(length)).toString('utf8');
    const [, ...rest] = body.split('\n');
    let expect: 'translation' | 'definition' | 'after' = 'translation';
    for (const raw of rest) {
      if (raw.trim() === '') continue;
      if (expect === 'after' && /^ \d+\.$/.test(raw)) {
        expect = 'definition';
        continue;
      }
      if (expect === 'definition') {
        expect = 'after';
        continue;
      }
      const translations = raw
        .replace(/^\d+\.\s*/, '')
        .replace(/\s+\d+\.$/, '')
        .replace(/\([^)]*\)/g, '')
        .split(/[,;]/)
        .map((term) => term.trim())
        .filter((term) => term !== '');
      senses.push({ english: headword, indonesian: translations });
      expect = 'definition';
    }
  }
  return senses;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const USABLE_TERM = /^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+)*(?<!-)$/u;

/** Keys are lower case, acronyms aside (AS "the US" is not as "axle"). */
function keyOf(term: string): string {
  return ACRONYM.test(term) ? term : term.toLowerCase();
}

function addSense(map: Map<string, string[]>, key: string, sense: string): void {
  const senses = map.get(key) ?? [];
  if (!senses.includes(sense)) senses.push(sense);
  map.set(key, senses);
}

function main(argv: readonly string[]): void {
  requireDebianData();
  const check = argv.includes('--check');
  const curated = curatedSchema.parse(JSON.parse(readFileSync(CURATED, 'utf8')));

  const roots = readHunspellRoots();
  for (const root of curated.roots)
    if (!roots.has(root.toLowerCase())) roots.set(root.toLowerCase(), '');
  const rootList: RootList = {
    hasRoot: (word) => roots.has(word),
    affixLetters: (root) => roots.get(root) ?? '',
  };

  // FreeDict's senses, the translations listed first for an English word ranked first.
  const ranked = new Map<string, { english: string; rank: number }[]>();
  for (const sense of readFreeDict()) {
    if (sense.english.split(' ').length > MAX_ENGLISH_WORDS) continue;
    sense.indonesian.forEach((term, rank) => {
      if (!USABLE_TERM.test(term)) return;
      const list = ranked.get(keyOf(term)) ?? [];
      list.push({ english: sense.english, rank });
      ranked.set(keyOf(term), list);
    });
  }

  // Curated entries replace FreeDict's for the same key: they are written for news and in order.
  const meanings = new Map<string, string[]>();
  for (const [key, value] of Object.entries(curated.entries))
    for (const sense of value.split('; ')) addSense(meanings, keyOf(key), sense);
  for (const [key, senses] of ranked) {
    if (meanings.has(key)) continue;
    const ordered = [...senses].sort((a, b) => a.rank - b.rank);
    for (const sense of ordered) addSense(meanings, key, sense.english);
  }
  // A single word the analyser cannot take apart is a root in its own right (klaim, eskalasi).
  for (const key of meanings.keys())
    if (!key.includes(' ') && key === key.toLowerCase() && !analyseWord(key, rootList).known)
      roots.set(key, roots.get(key) ?? '');

  // Roots with no meaning of their own borrow one from a derived word (kirim from mengirim).
  const borrowed = new Map<string, string[]>();
  for (const [key, senses] of meanings) {
    if (key.includes(' ') || roots.has(key)) continue;
    const analysis = analyseWord(key, rootList);
    if (!analysis.known || meanings.has(analysis.root)) continue;
    const first = senses[0];
    if (first !== undefined) addSense(borrowed, analysis.root, `${first} (as ${key})`);
  }
  for (const [root, senses] of borrowed) meanings.set(root, senses.slice(0, MAX_BORROWED));

  const data: LexiconData = {
    format: 1,
    roots: [...roots]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([root, letters]) => (letters === '' ? root : `${root}/${letters}`))
      .join('\n'),
    glosses: [...meanings]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, senses]) => [key, ...senses.slice(0, MAX_SENSES)].join('\t'))
      .join('\n'),
  };
  // Indented as Prettier would, so `npm run lint` passes on the committed file.
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const file = path.resolve(OUTPUT);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== json)
      fail(`${OUTPUT} is out of date: run npx tsx src/cli/buildLexicon.ts`);
  } else {
    writeFileSync(file, json);
  }
  const raw = Buffer.byteLength(json);
  const gzipped = gzipSync(json, { level: 9 }).byteLength;
  process.stdout.write(
    `${OUTPUT}: ${roots.size} roots, ${meanings.size} entries, ` +
      `${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped\n`,
  );
}

main(process.argv.slice(2));
