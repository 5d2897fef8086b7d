import fc from 'fast-check';
import { expect, test } from 'vitest';
import { matchWord, tokenize, wordEnd } from '../../src/bundle/quotes/tokens.ts';

test('words keep their inner hyphens, apostrophes and dots', () => {
  const words = (text: string) => tokenize(text, []).map((t) => t.text);
  expect(words("Jum'at mata-mata M.Kes 1.500 Kompas.com")).toEqual([
    "Jum'at",
    'mata-mata',
    'M.Kes',
    '1.500',
    'Kompas.com',
  ]);
  expect(words('akhir. Lalu - ia’s pergi-')).toEqual([
    'akhir',
    '.',
    'Lalu',
    '-',
    'ia’s',
    'pergi',
    '-',
  ]);
  expect(words('Café naïve Łódź')).toEqual(['Café', 'naïve', 'Łódź']);
});

// The ASCII reading must end every word where the pattern does, whatever follows it.
const piece = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/u), weight: 6 },
  { arbitrary: fc.constantFrom(' ', "'", '’', '-', '.', ',', '“', '(', '\u00a0'), weight: 4 },
  {
    arbitrary: fc.constantFrom('é', 'e\u0301', '\u0301', 'İ', '①', '²', '😀', '\ud800', 'ß'),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 1 },
);

test('wordEnd ends each word where the word pattern does', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      for (let i = 0; i < text.length; i++) expect(wordEnd(text, i)).toBe(matchWord(text, i));
    }),
    { numRuns: 2000 },
  );
});
