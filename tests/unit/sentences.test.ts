import fc from 'fast-check';
import { expect, test } from 'vitest';
import { segmentSentences, splitSentences } from '../../src/bundle/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

test('titles, degrees, initials and numbered references do not end a sentence', () => {
  expect(sentencesOf('Kata dr. Siti Rahmawati, M.Kes. kepada wartawan. Dia pergi.')).toEqual([
    'Kata dr. Siti Rahmawati, M.Kes. kepada wartawan.',
    'Dia pergi.',
  ]);
  expect(sentencesOf('Prof. Budi datang. No. 5 adalah nomornya.')).toEqual([
    'Prof. Budi datang.',
    'No. 5 adalah nomornya.',
  ]);
  expect(sentencesOf('Ia bertemu J. Smith di sana. Lalu pulang.')).toEqual([
    'Ia bertemu J. Smith di sana.',
    'Lalu pulang.',
  ]);
});

test('numbers and dates with dots and slashes stay inside their sentence', () => {
  expect(sentencesOf('Harga naik Rp 1.500 pada Senin (21/10). Itu saja.')).toEqual([
    'Harga naik Rp 1.500 pada Senin (21/10).',
    'Itu saja.',
  ]);
});

test('a quotation that closes after its full stop belongs to the sentence it ends', () => {
  expect(sentencesOf('Dia berkata, "Ini selesai." Kemudian pulang.')).toEqual([
    'Dia berkata, "Ini selesai."',
    'Kemudian pulang.',
  ]);
});

test('an ellipsis inside a quotation does not end the sentence', () => {
  expect(sentencesOf('"Kerja sama kami... Tidak melawan siapa pun," katanya. Ia pergi.')).toEqual([
    '"Kerja sama kami... Tidak melawan siapa pun," katanya.',
    'Ia pergi.',
  ]);
});

test('a sentence that goes on in lower case after a quoted question is one sentence', () => {
  expect(sentencesOf('"Benar?" tanya dia. Ya.')).toEqual(['"Benar?" tanya dia.', 'Ya.']);
});

test('the one-sentence shortcut gives exactly what the segmenter gives', () => {
  const piece = fc.constantFrom(
    'Kata',
    'dia',
    '1.500',
    'KOMPAS.com',
    '.',
    '?',
    '!',
    '"',
    '”',
    ')',
    ' ',
    '…',
    'x.Y',
    '\u2029',
    'a',
    'B',
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')),
      (text) => {
        expect(splitSentences(text)).toEqual(segmentSentences(text));
      },
    ),
    { numRuns: 5000 },
  );
});

test("the segmenter's containing() walks the same sentences as its iterator", () => {
  // sentences.ts steps through the segments with containing(), which Node 20 does in about half
  // the time; this holds it to the iterator's answer.
  const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
  const piece = fc.constantFrom('Kata', 'dia', 'B', '1.5', 'dr.', '.', '...', '?', '!', ' ');
  const odd = fc.constantFrom('"', '“', '”', '(', ')', '\n', '\u2029', '\u0085', '。', '😀');
  const text = fc
    .array(fc.oneof(piece, odd, fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 30 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const iterated = [...segmenter.segment(t)].map((s) => [s.index, s.segment.length]);
      const stepped: number[][] = [];
      const segments = segmenter.segment(t);
      for (let at = 0; at < t.length;) {
        const s = segments.containing(at);
        if (!s) break;
        stepped.push([s.index, s.segment.length]);
        at = s.index + s.segment.length;
      }
      expect(stepped).toEqual(iterated);
    }),
    { numRuns: 3000 },
  );
});
