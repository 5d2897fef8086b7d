import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseArticle } from '../../src/bundle/parseArticle.ts';
import type { Paragraph } from '../../src/bundle/schema.ts';

const dir = 'seeds/korea-utara-pasukan-rusia';
const bundle = parseArticle({
  id: 'korea-utara-pasukan-rusia',
  text: readFileSync(`${dir}/id.txt`, 'utf8'),
  gloss: readFileSync(`${dir}/en.txt`, 'utf8'),
});
const paragraphs: Paragraph[] = bundle.sections.flatMap((s) => s.paragraphs);
const nameOf = new Map(bundle.speakers.map((s) => [s.id, s.name]));

/** The paragraph whose text starts with these words. */
function paragraph(start: string): Paragraph {
  const found = paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with ${start}`);
  return found;
}

function direct(p: Paragraph): { text: string; speaker: string }[] {
  return p.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => ({ text: p.text.slice(q.start, q.end), speaker: q.speaker }));
}

function speakerOfOnlyDirect(start: string): string {
  const quotes = direct(paragraph(start));
  expect(quotes).toHaveLength(1);
  return quotes[0]?.speaker ?? '';
}

test('all 11 direct quotations of the seed, with exact spans including their marks', () => {
  const all = paragraphs.flatMap((p) => direct(p).map((q) => q.text));
  expect(all).toHaveLength(11);
  for (const text of all) {
    expect(text).toMatch(/^"/u);
    expect(text).toMatch(/"$/u);
  }
  expect(all).toContain('"rumor yang tidak berdasar"');
  expect(all).toContain('"berskala besar"');
  expect(all).toContain('"mengutuk keras"');
});

test('Robert Wood speaks twice, named with his role', () => {
  const first = speakerOfOnlyDirect('"Kami telah melihat laporan');
  const second = speakerOfOnlyDirect('"Jika benar');
  expect(first).toBe(second);
  const wood = bundle.speakers.find((s) => s.id === first);
  expect(wood?.name).toBe('Robert Wood');
  expect(wood?.role).toBe('duta besar AS untuk PBB');
  expect(wood?.aliases).toContain('Wood');
  expect(wood?.nameGloss).toBe('Robert Wood');
});

test('the North Korean representative is one speaker in the lead, as "seorang perwakilan" and as "perwakilan tersebut"', () => {
  const lead = paragraph('PBB -');
  const leadQuote = direct(lead)[0];
  const indefinite = speakerOfOnlyDirect('"Mengenai apa yang disebut');
  const anaphor = speakerOfOnlyDirect('Klaim Seoul tersebut');
  expect(leadQuote?.speaker).toBe(indefinite);
  expect(anaphor).toBe(indefinite);
  expect(nameOf.get(indefinite)).toBe('Perwakilan Korea Utara');
});

test("the South Korean government's statements are one speaker, apart from the National Security Council", () => {
  const condemned = speakerOfOnlyDirect('Pemerintah Korea Selatan "mengutuk keras"');
  const urges = speakerOfOnlyDirect('Pemerintah "mendesak');
  const added = speakerOfOnlyDirect('"Menanggapi kemajuan');
  expect(urges).toBe(condemned);
  expect(added).toBe(condemned);
  expect(nameOf.get(condemned)).toBe('Pemerintah Korea Selatan');
  expect(nameOf.get(speakerOfOnlyDirect('"Korea Utara, yang telah'))).toBe(
    'Dewan Keamanan Nasional',
  );
});

test('the envoy is the ambassador the paragraph names, and the spy agency speaks for itself', () => {
  expect(nameOf.get(speakerOfOnlyDirect('Setelah Seoul memanggil'))).toBe(
    'Duta besar Moskow di Korea Selatan',
  );
  expect(nameOf.get(speakerOfOnlyDirect('Jumat lalu'))).toBe('Badan mata-mata Seoul');
});

test('reported speech is found in at least 6 of the 7 paragraphs that report speech', () => {
  const reporting = [
    'PBB -',
    'Jumat lalu',
    'Pyongyang dan Moskow',
    'Pemerintah Korea Selatan',
    'Pada hari Selasa',
    'Menurut sumber tersebut',
    'Yonhap juga melaporkan',
  ];
  const found = reporting.filter((start) =>
    paragraph(start).quotes.some((q) => q.kind === 'indirect'),
  );
  expect(found.length).toBeGreaterThanOrEqual(6);
});

test('a relaying outlet is not the speaker: Yonhap relays the government source, then speaks itself', () => {
  const relayed = paragraph('Pada hari Selasa').quotes.find((q) => q.kind === 'indirect');
  const source = paragraph('Menurut sumber tersebut').quotes.find((q) => q.kind === 'indirect');
  const own = paragraph('Yonhap juga melaporkan').quotes.find((q) => q.kind === 'indirect');
  expect(relayed?.speaker).toBe(source?.speaker);
  expect(nameOf.get(source?.speaker ?? '')).toBe('Sumber pemerintah');
  expect(nameOf.get(own?.speaker ?? '')).toBe('Yonhap');
});

test('every quotation is paired with its English counterpart', () => {
  for (const p of paragraphs) {
    for (const q of p.quotes) {
      expect(q.gloss, p.text.slice(q.start, q.end)).toBeDefined();
      if (q.gloss && q.kind === 'direct') {
        expect(p.gloss?.slice(q.gloss.start, q.gloss.end)).toMatch(/^".*"$/su);
      }
    }
  }
  expect(bundle.warnings ?? []).toEqual([]);
});

test('every speaker has a stable id made from its name, and an English name', () => {
  for (const speaker of bundle.speakers) {
    expect(speaker.id).toMatch(/^[a-z][a-z0-9-]*$/u);
    expect(speaker.nameGloss).toBeTruthy();
  }
  expect(bundle.speakers.map((s) => s.id)).toContain('robert-wood');
});
