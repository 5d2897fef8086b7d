import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createIdMaker, foldedSlug, slugify } from '../../src/bundle/ids.ts';

test('a slug is the first words of the line, folded to lower-case ASCII', () => {
  expect(slugify('PBB - Korea Utara tidak akan mundur')).toBe('pbb-korea-utara-tidak');
  expect(slugify('Éric Ångström berkata')).toBe('eric-angstrom-berkata');
  expect(slugify('“Kami siap,” kata Budi')).toBe('kami-siap-kata-budi');
  expect(slugify('Pemberantasan korupsi internasional berkelanjutan')).toBe(
    'pemberantasan-korupsi-internasional',
  );
  expect(slugify('中文。')).toBe('');
});

test('ids are unique within a bundle and start with a letter', () => {
  const makeId = createIdMaker();
  expect(makeId('Sama saja', 'p')).toBe('sama-saja');
  expect(makeId('Sama saja', 'p')).toBe('sama-saja-2');
  expect(makeId('2024 tahun', 'p')).toBe('p-2024-tahun');
  expect(makeId('', 'section')).toBe('section');
});

// The ASCII shortcut must give the slug the Unicode folding gives, whatever follows the words.
const piece = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/u), weight: 6 },
  { arbitrary: fc.constantFrom(' ', '-', ', ', '. ', '  ', '“', '”', '"', '\u00a0'), weight: 4 },
  {
    arbitrary: fc.constantFrom('é', 'e\u0301', '\u0301', 'İ', 'Σ', 'ß', 'ﬁ', '①', '²', '😀', 'Å'),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 1 },
);

test('slugify gives the slug of the Unicode folding', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (parts, n) => {
      const text = parts.join('');
      expect(slugify(text, n)).toBe(foldedSlug(text, n));
    }),
    { numRuns: 3000 },
  );
});

test('ids are those of a plain search for the first free suffix', () => {
  // The reference: try the base, then base-2, base-3, … until one is free.
  const plainIdMaker = () => {
    const taken = new Set<string>();
    return (text: string, prefix: string) => {
      const slug = slugify(text);
      const base = slug === '' ? prefix : /^[a-z]/u.test(slug) ? slug : `${prefix}-${slug}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return id;
    };
  };
  const line = fc.constantFrom('Sama', 'Sama 2', 'Sama 3', 'sama-2', '2 Sama', 'Lain', '', '!');
  fc.assert(
    fc.property(
      fc.array(fc.tuple(line, fc.constantFrom('p', 'section')), { maxLength: 40 }),
      (asks) => {
        const fast = createIdMaker();
        const plain = plainIdMaker();
        for (const [text, prefix] of asks) expect(fast(text, prefix)).toBe(plain(text, prefix));
      },
    ),
    { numRuns: 2000 },
  );
});
