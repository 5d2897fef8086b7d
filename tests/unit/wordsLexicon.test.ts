import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findPhrases, glossText, glossWord } from '../../src/words/gloss.ts';
import { parseLexicon } from '../../src/words/lexicon.ts';
import { measureCoverage } from '../../src/words/coverage.ts';
import { tokenizeWords } from '../../src/words/tokenize.ts';

const lexicon = parseLexicon(JSON.parse(readFileSync('src/words/data/lexicon.json', 'utf8')));
const seed = readFileSync('seeds/korea-utara-pasukan-rusia/id.txt', 'utf8');
/** The seed's people: names are set aside by the measure, as they are here. */
const seedPeople = ['Robert Wood', 'Kim Jong Un'];

const labelled = readFileSync('tests/words/roots.tsv', 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [word = '', root = ''] = line.split('\t');
    return { word, root };
  });

test('the labelled list has at least 300 distinct news words', () => {
  expect(new Set(labelled.map((row) => row.word)).size).toBeGreaterThanOrEqual(300);
});

test('the analyser finds the labelled root of at least 95% of the news words', () => {
  const wrong = labelled.filter((row) => lexicon.analyse(row.word).root !== row.root);
  const accuracy = 1 - wrong.length / labelled.length;
  expect(
    accuracy,
    wrong.map((row) => `${row.word}: ${lexicon.analyse(row.word).root} ≠ ${row.root}`).join('\n'),
  ).toBeGreaterThanOrEqual(0.95);
});

test('every word of the seed article, its people aside, has a meaning', () => {
  const coverage = measureCoverage(seed, lexicon, seedPeople);
  expect(coverage.missed).toEqual([]);
  expect(coverage.counted).toBeGreaterThan(500);
});

test('the seed words named in the issue get their roots', () => {
  const roots = Object.fromEntries(
    ['mengirimkan', 'pengerahan', 'penarikan', 'menyatakan', 'mengirim', 'Perwakilannya'].map(
      (word) => [word, lexicon.analyse(word).root],
    ),
  );
  expect(roots).toEqual({
    mengirimkan: 'kirim',
    pengerahan: 'kerah',
    penarikan: 'tarik',
    menyatakan: 'nyata',
    mengirim: 'kirim',
    Perwakilannya: 'wakil',
  });
});

test('the common function words of news all have meanings', () => {
  const functionWords =
    'yang dan di ke dari untuk dengan tidak akan telah sudah juga ini itu pada dalam oleh bahwa ' +
    'sebagai adalah atau tetapi namun karena jika saat setelah sebelum hingga antara kepada bagi ' +
    'tentang menurut terhadap para seorang sebuah setiap semua beberapa masih belum lebih sangat';
  const missing = functionWords
    .split(' ')
    .filter((word) => glossWord(word, lexicon).meanings === null);
  expect(missing).toEqual([]);
});

test('an affixed word without its own entry takes the meaning of its root', () => {
  const gloss = glossWord('dikirimkan', lexicon);
  expect(gloss.analysis.root).toBe('kirim');
  expect(gloss.meaningSource).toBe('root');
  expect(gloss.meanings).toContain('send');
});

test('a word with an entry of its own keeps it: pengerahan is deployment, not collar', () => {
  const gloss = glossWord('pengerahan', lexicon);
  expect(gloss.meaningSource).toBe('word');
  expect(gloss.meanings?.[0]).toBe('deployment');
});

test('acronyms keep their capitals: AS is the US, but as is not', () => {
  expect(glossWord('AS', lexicon).meanings?.[0]).toMatch(/the US/u);
  expect(glossWord('as', lexicon).meanings?.[0] ?? '').not.toMatch(/the US/u);
});

test('phrases are found by longest match: Dewan Keamanan Nasional before Dewan Keamanan', () => {
  const text = 'kata Dewan Keamanan Nasional kepada Dewan Keamanan.';
  const phrases = findPhrases(text, tokenizeWords(text), lexicon);
  expect(phrases.map((phrase) => [phrase.text, phrase.meanings[0]])).toEqual([
    ['Dewan Keamanan Nasional', 'National Security Council'],
    ['Dewan Keamanan', 'Security Council'],
  ]);
});

test('the multiword expressions of the issue are read as one', () => {
  const text =
    'kerja sama, Majelis Umum, Dewan Keamanan, duta besar, tawanan perang, Korea Utara, ' +
    'Perserikatan Bangsa-Bangsa';
  expect(findPhrases(text, tokenizeWords(text), lexicon).map((phrase) => phrase.text)).toEqual(
    text.split(', '),
  );
});

test('a phrase does not run across punctuation', () => {
  const text = 'Korea. Utara';
  expect(findPhrases(text, tokenizeWords(text), lexicon)).toEqual([]);
});

test('a word of a phrase knows its phrase: Utara in Korea Utara', () => {
  const tokens = glossText('Korea Utara membantah', lexicon);
  expect(tokens[1]?.phrase?.meanings).toEqual(['North Korea']);
  expect(tokens[2]?.phrase).toBeNull();
});

test('coverage sets aside the person names it is given, and only those', () => {
  const all = measureCoverage('kata Robert Wood', lexicon);
  const withoutPeople = measureCoverage('kata Robert Wood', lexicon, ['Robert Wood']);
  expect(all.tokens).toBe(3);
  expect(withoutPeople).toMatchObject({ tokens: 3, counted: 1, covered: 1, share: 1 });
});

test('the tokenizer keeps reduplicated and hyphenated words whole and skips numbers', () => {
  const text = 'Bangsa-Bangsa (PBB) pada 21/10, 1.500 pasukan pro-Russia';
  expect(tokenizeWords(text).map((token) => token.text)).toEqual([
    'Bangsa-Bangsa',
    'PBB',
    'pada',
    'pasukan',
    'pro-Russia',
  ]);
});
