import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { glossText } from '../../src/words/gloss.ts';
import { parseLexicon } from '../../src/words/lexicon.ts';
import { tokenizeWords } from '../../src/words/tokenize.ts';

const lexicon = parseLexicon(JSON.parse(readFileSync('src/words/data/lexicon.json', 'utf8')));

const affixed = fc
  .tuple(
    fc.constantFrom(
      '',
      'meng',
      'mem',
      'men',
      'meny',
      'me',
      'peng',
      'pen',
      'pe',
      'ber',
      'ter',
      'di',
      'ke',
      'se',
      'per',
      'memper',
      'diper',
      'keber',
    ),
    fc.constantFrom(
      'kirim',
      'ambil',
      'pukul',
      'tulis',
      'sapu',
      'tarik',
      'kerah',
      'nyata',
      'aman',
      'kata',
      'latih',
      'rasa',
      'xyz',
      'a',
    ),
    fc.constantFrom('', 'kan', 'an', 'i'),
    fc.constantFrom('', 'nya', 'ku', 'mu'),
    fc.constantFrom('', 'lah', 'kah', 'pun', 'tah'),
  )
  .map((parts) => parts.join(''));

test('the analyser never throws, on any string', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      lexicon.analyse(text);
    }),
    { numRuns: 500 },
  );
});

test('the parts spell the word, but for the first letter of a root melted into meN- or peN-', () => {
  fc.assert(
    fc.property(fc.oneof(affixed, fc.stringMatching(/^[a-z]{1,16}$/u)), (word) => {
      const analysis = lexicon.analyse(word);
      const joined = analysis.parts.join('');
      const prefixes = analysis.prefixes.map((prefix) => prefix.surface).join('');
      const rest = analysis.parts.slice(analysis.prefixes.length + 1).join('');
      const melted = prefixes + analysis.root.slice(1) + rest;
      expect([joined, melted]).toContain(word);
      if (joined !== word) expect(analysis.prefixes.at(-1)?.family).toMatch(/^(meN|peN)$/u);
    }),
    { numRuns: 2000 },
  );
});

test('the root of a known analysis is in the root list, and the word itself otherwise', () => {
  fc.assert(
    fc.property(affixed, (word) => {
      const analysis = lexicon.analyse(word);
      if (analysis.known) expect(lexicon.hasRoot(analysis.root)).toBe(true);
      else expect(analysis).toMatchObject({ root: word, parts: [word] });
    }),
    { numRuns: 1000 },
  );
});

test('tokens are slices of the text at their offsets, in order, never overlapping', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const tokens = tokenizeWords(text);
      let end = 0;
      for (const token of tokens) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(end);
        end = token.end;
      }
    }),
  );
});

test('glossing any text gives one entry for each word token, phrases inside the text', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.constantFrom(
          'Korea',
          'Utara',
          'Dewan',
          'Keamanan',
          'kerja',
          'sama',
          'dan',
          ',',
          '.',
          ' ',
          'mengirimkan',
          'x',
        ),
        { maxLength: 40 },
      ),
      (pieces) => {
        const text = pieces.join(' ');
        const glossed = glossText(text, lexicon);
        expect(glossed.map((token) => token.text)).toEqual(tokenizeWords(text).map((t) => t.text));
        for (const token of glossed) {
          if (token.phrase === null) continue;
          expect(text.slice(token.phrase.start, token.phrase.end)).toBe(token.phrase.text);
          expect(token.phrase.start <= token.start && token.end <= token.phrase.end).toBe(true);
        }
      },
    ),
  );
});

test('long runs of affix-like letters stay cheap: the search is bounded, not exponential', () => {
  const word = `${'memper'.repeat(6)}annyalah`;
  const hostile =
    ['di', 'ke', 'se', 'ber', 'ter', 'per', 'meng', 'peng'].join('') + 'kanannyalahkah';
  for (const input of [word, hostile, 'a'.repeat(40), 'men'.repeat(13)]) {
    expect(lexicon.analyse(input).word).toBe(input);
  }
});
