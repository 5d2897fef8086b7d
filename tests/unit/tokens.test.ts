import { expect, test } from 'vitest';
import { tokenize } from '../../src/bundle/quotes/tokens.ts';

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
