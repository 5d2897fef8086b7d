import { expect, test } from 'vitest';
import fc from 'fast-check';
import { tokenize, WORD } from '../../src/bundle/quotes/tokens.ts';

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

test('words are read by hand exactly as the word pattern reads them', () => {
  // The pattern tokens.ts falls back on, as the oracle: the hand-read ASCII path must agree.
  const byPattern = (text: string) => {
    const words: string[] = [];
    for (let i = 0; i < text.length;) {
      if (/\s/u.test(text.charAt(i))) {
        i++;
        continue;
      }
      WORD.lastIndex = i;
      const end = WORD.test(text) ? WORD.lastIndex : i + 1;
      words.push(text.slice(i, end));
      i = end;
    }
    return words;
  };
  // Every kind of space: ASCII, NBSP, and those above it (U+1680 and U+2000 are the lowest).
  const alphabet = [..."aZ09 .-’'éŁ\u0301“x\u00a0,\u1680\u2000\u2009\u3000\u200b"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
      const text = chars.join('');
      expect(tokenize(text, []).map((t) => t.text)).toEqual(byPattern(text));
    }),
    { numRuns: 2000 },
  );
});
