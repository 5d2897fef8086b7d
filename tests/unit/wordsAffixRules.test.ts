import { expect, test } from 'vitest';
import { analyseWord, type RootList } from '../../src/words/analyse.ts';

/** A small root list, so each rule is seen on its own; letters as in rules.ts (m meN-, A -an …). */
function rootsOf(entries: Record<string, string>): RootList {
  return {
    hasRoot: (word) => Object.hasOwn(entries, word),
    affixLetters: (root) => entries[root] ?? '',
  };
}

const roots = rootsOf({
  kirim: 'AKbdmp',
  ambil: 'AKdmp',
  pukul: 'dmp',
  makan: 'Adm',
  pakan: 'b',
  tulis: 'AKbdmp',
  nanti: 'Km',
  tanti: 'b',
  sapu: 'dmp',
  nyata: 'Kdkmt',
  nyanyi: 'Kbdm',
  tarik: 'Adkmpt',
  bantu: 'AKdm',
  cari: 'Adm',
  guna: 'AKdkmp',
  lihat: 'AIKdkmt',
  bom: 'm',
  kerah: 'AKbdmp',
  perintah: 'AIKbdmp',
  perin: '',
  sebut: 'Kdmt',
  latih: 'Abdmp',
  ada: 'AKbdkm',
  rada: '',
  rasa: 'AIKbdmprst',
  asa: 'Km',
  kuat: 'AKdkmpr',
  dalam: 'AKdkmpr',
  temu: 'AKbdmpr',
  serikat: 'Abr',
  aman: 'AKkm',
  khawatir: 'AKkm',
  damping: 'AIbdm',
  sama: 'AKbdkmps',
  buah: 'bs',
  hari: 'Abs',
  main: 'AIKbdmp',
  kata: 'AIKbdm',
  bangsa: 'Kkb',
  sekutu: 'Ibdm',
  kutu: 'Ib',
  dia: '',
  apa: 'Ib',
  tahu: 'AIKbdkmp',
  nilai: 'AIbdmpst',
  nila: '',
  beli: 'AKdmpt',
  belian: 'b',
  ajar: 'AIKbdmp',
  kerja: 'AKbdmp',
  penting: 'AKkm',
});

function parts(word: string): string[] {
  return analyseWord(word, roots).parts;
}

test('meN- before a vowel: the root may start with the vowel or with k melted into the nasal', () => {
  expect(parts('mengambil')).toEqual(['meng', 'ambil']);
  expect(parts('mengirim')).toEqual(['meng', 'kirim']);
});

test('mem- before a vowel: a root in m stays, a root in p melts into the nasal', () => {
  expect(parts('memakan')).toEqual(['me', 'makan']);
  expect(parts('memukul')).toEqual(['mem', 'pukul']);
});

test('men- before a vowel: a root in n stays, a root in t melts into the nasal', () => {
  expect(parts('menanti')).toEqual(['me', 'nanti']);
  expect(parts('menulis')).toEqual(['men', 'tulis']);
});

test('meny- is s melted into the nasal unless the root itself starts with ny', () => {
  expect(parts('menyapu')).toEqual(['meny', 'sapu']);
  expect(parts('menyatakan')).toEqual(['me', 'nyata', 'kan']);
  expect(parts('menyanyi')).toEqual(['me', 'nyanyi']);
});

test('meN- keeps b, c, d, g and the like: membantu, mencari, menggunakan', () => {
  expect(parts('membantu')).toEqual(['mem', 'bantu']);
  expect(parts('mencari')).toEqual(['men', 'cari']);
  expect(parts('menggunakan')).toEqual(['meng', 'guna', 'kan']);
});

test('me- before l, r, w, y: melihat', () => {
  expect(parts('melihat')).toEqual(['me', 'lihat']);
});

test('menge- and penge- before one-syllable roots: mengebom, pengebom', () => {
  expect(parts('mengebom')).toEqual(['menge', 'bom']);
  expect(parts('pengebom')).toEqual(['penge', 'bom']);
});

test('peN- has the nasal changes of meN-: penarikan, pengerahan, pemerintah', () => {
  expect(parts('penarikan')).toEqual(['pen', 'tarik', 'an']);
  expect(parts('pengerahan')).toEqual(['peng', 'kerah', 'an']);
  expect(parts('pemerintah')).toEqual(['pem', 'perintah']);
  expect(parts('penulis')).toEqual(['pen', 'tulis']);
});

test('ber- and its be- form before a root in r; be- and bel- fossils', () => {
  expect(parts('berlatih')).toEqual(['ber', 'latih']);
  expect(parts('berada')).toEqual(['ber', 'ada']);
  expect(parts('berasa')).toEqual(['be', 'rasa']);
  expect(parts('bekerja')).toEqual(['be', 'kerja']);
  expect(parts('belajar')).toEqual(['bel', 'ajar']);
});

test('ter-, di-, ke-, se- and per- come off unchanged', () => {
  expect(parts('tersebut')).toEqual(['ter', 'sebut']);
  expect(parts('ditarik')).toEqual(['di', 'tarik']);
  expect(parts('kedalaman')).toEqual(['ke', 'dalam', 'an']);
  expect(parts('sebuah')).toEqual(['se', 'buah']);
  expect(parts('pertemuan')).toEqual(['per', 'temu', 'an']);
});

test('stacked prefixes: memperkuat is meN- + per- + kuat, diperkuat di- + per- + kuat', () => {
  expect(parts('memperkuat')).toEqual(['mem', 'per', 'kuat']);
  expect(parts('diperkuat')).toEqual(['di', 'per', 'kuat']);
});

test('derivational suffixes -kan, -i, -an', () => {
  expect(parts('kirimkan')).toEqual(['kirim', 'kan']);
  expect(parts('melihati')).toEqual(['me', 'lihat', 'i']);
  expect(parts('bantuan')).toEqual(['bantu', 'an']);
});

test('particles -lah, -kah, -pun, -tah come last', () => {
  expect(parts('bantulah')).toEqual(['bantu', 'lah']);
  expect(parts('apakah')).toEqual(['apa', 'kah']);
  expect(parts('diapun')).toEqual(['dia', 'pun']);
  expect(parts('apatah')).toEqual(['apa', 'tah']);
});

test('possessives -ku, -mu, -nya sit between the derivational suffix and a particle', () => {
  expect(parts('kirimanku')).toEqual(['kirim', 'an', 'ku']);
  expect(parts('katamu')).toEqual(['kata', 'mu']);
  expect(parts('sekutunya')).toEqual(['sekutu', 'nya']);
  expect(parts('bantuannyalah')).toEqual(['bantu', 'an', 'nya', 'lah']);
});

test('confixes ke-an, peN-an, per-an, ber-an', () => {
  expect(parts('keamanan')).toEqual(['ke', 'aman', 'an']);
  expect(parts('kekhawatiran')).toEqual(['ke', 'khawatir', 'an']);
  expect(parts('pengambilan')).toEqual(['peng', 'ambil', 'an']);
  expect(parts('perserikatan')).toEqual(['per', 'serikat', 'an']);
  expect(parts('berdampingan')).toEqual(['ber', 'damping', 'an']);
});

test('invalid prefix and suffix pairs are refused: menyatakan is not me- + nyatak + -an', () => {
  const withNyatak = rootsOf({ nyata: 'Km', nyatak: 'Am' });
  expect(analyseWord('menyatakan', withNyatak).parts).toEqual(['me', 'nyata', 'kan']);
});

test('the prefix comes off first in me-…-i words: menilai is me- + nilai, not me- + nila + -i', () => {
  expect(parts('menilai')).toEqual(['me', 'nilai']);
});

test('the suffix comes off first otherwise: pembelian is peN- + beli + -an, not peN- + belian', () => {
  expect(parts('pembelian')).toEqual(['pem', 'beli', 'an']);
});

test('a root the list says takes the prefix wins: pemerintah is not peN- + perin + -tah', () => {
  expect(analyseWord('pemerintah', roots).root).toBe('perintah');
});

test('a word that is itself a root stays whole: sekutu, penting', () => {
  expect(parts('sekutu')).toEqual(['sekutu']);
  expect(parts('penting')).toEqual(['penting']);
});

test('reduplication: kata-kata, sehari-hari, bermain-main, Bangsa-Bangsa, kata-katanya', () => {
  expect(analyseWord('kata-kata', roots)).toMatchObject({ root: 'kata', parts: ['kata', '-kata'] });
  expect(analyseWord('sehari-hari', roots)).toMatchObject({
    root: 'hari',
    parts: ['se', 'hari', '-hari'],
  });
  expect(analyseWord('bermain-main', roots)).toMatchObject({
    root: 'main',
    parts: ['ber', 'main', '-main'],
  });
  expect(analyseWord('Bangsa-Bangsa', roots).root).toBe('bangsa');
  expect(analyseWord('kata-katanya', roots).parts).toEqual(['kata-', 'kata', 'nya']);
});

test('a word with no root in the list comes back whole and marked unknown', () => {
  expect(analyseWord('Pyongyang', roots)).toEqual({
    word: 'pyongyang',
    root: 'pyongyang',
    known: false,
    prefixes: [],
    suffixes: [],
    parts: ['pyongyang'],
  });
});

test('the prefixes carry their family: meng- is meN-, pe- in pekerja is peN-', () => {
  expect(analyseWord('mengirimkan', roots).prefixes).toEqual([{ surface: 'meng', family: 'meN' }]);
  expect(analyseWord('pekerja', roots).prefixes).toEqual([{ surface: 'pe', family: 'peN' }]);
});
