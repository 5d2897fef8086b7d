import { expect, test } from 'vitest';
import { attribute, directOf, reportedOf } from './attributionSupport.ts';

// Each test is one pattern of Indonesian news, in sentences written for the test.

test('straight and curly marks, and ” or “ used to both open and close', () => {
  const { quotes } = attribute([
    '"Kami siap," kata Budi.',
    '“Kami siap,” kata Budi.',
    '”Kami siap,” kata Budi.',
    '“Kami siap,“ kata Budi.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Budi: "Kami siap,"',
    'Budi: “Kami siap,”',
    'Budi: ”Kami siap,”',
    'Budi: “Kami siap,“',
  ]);
});

test('guillemets and a nested single quotation stay inside one quotation', () => {
  const { quotes } = attribute([
    '«Kapal itu datang malam hari,» kata Hendri.',
    '"Mereka berteriak \'pergi dari sini\' kepada kami," ujar Hendri.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Hendri: «Kapal itu datang malam hari,»',
    'Hendri: "Mereka berteriak \'pergi dari sini\' kepada kami,"',
  ]);
});

test('a partial quotation inside narration belongs to the subject before it', () => {
  const { quotes } = attribute([
    'Ketua Komisi V DPR Lasarus menyebut rencana itu "terburu-buru" dan "tidak berpihak".',
    'Kementerian Perhubungan "masih mengkaji" besaran tarif tersebut.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Lasarus: "terburu-buru"',
    'Lasarus: "tidak berpihak"',
    'Kementerian Perhubungan: "masih mengkaji"',
  ]);
});

test('a quotation over several paragraphs: an opening mark with no closing one goes on', () => {
  const { quotes } = attribute([
    '"Universitas tidak boleh menjadi menara gading.',
    '"Kita harus hadir di tengah masyarakat,” kata Rektor UGM Ova Emilia.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Ova Emilia: "Universitas tidak boleh menjadi menara gading.',
    'Ova Emilia: "Kita harus hadir di tengah masyarakat,”',
  ]);
});

test('unbalanced marks never swallow the rest of the article and are reported', () => {
  const { quotes, attribution } = attribute([
    '"Kami sudah berjualan di sini sejak 1990-an, kata Ahmad Fauzi.',
    'Ia membawa papan bertuliskan "Tolak relokasi dan pulang.',
    'Ahmad menilai gedung baru terlalu jauh dari jalan utama.',
    'Kalau dipindah, omzet kami turun separuh," ujarnya.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Ahmad Fauzi: "Kami sudah berjualan di sini sejak 1990-an,',
    'Ahmad Fauzi: Kalau dipindah, omzet kami turun separuh,"',
  ]);
  expect(quotes[2]?.some((q) => q.kind === 'direct')).toBe(false);
  expect(attribution.warnings.length).toBeGreaterThanOrEqual(3);
  for (const warning of attribution.warnings) expect(warning).toMatch(/^paragraph p\d: /u);
});

test('quoted titles, events, slogans and terms are not speech', () => {
  const { quotes } = attribute([
    'Kementerian meluncurkan program bertajuk "Sekolah Membaca" di Jakarta.',
    'Acara itu menampilkan puisi berjudul "Tanah Air Mata" dan gerakan yang disebut "revolusi membaca".',
    'Di lokasi, pedagang membentangkan spanduk "Tolak Relokasi Paksa".',
  ]);
  expect(directOf(quotes)).toEqual([]);
});

test('reported speech: mengatakan (bahwa), menyatakan, menegaskan, and "kepada wartawan," before it', () => {
  const { quotes } = attribute([
    'Budi Santoso mengatakan bahwa pasokan cabai berkurang hampir separuh.',
    'Kepala BPBD Garut, Satria Budi, menegaskan kepada wartawan, warga belum boleh kembali ke rumah.',
    'Bank Indonesia dalam keterangan resminya menyatakan akan terus menjaga stabilitas rupiah.',
  ]);
  expect(reportedOf(quotes)).toEqual([
    'Budi Santoso: pasokan cabai berkurang hampir separuh',
    'Satria Budi: warga belum boleh kembali ke rumah',
    'Bank Indonesia: akan terus menjaga stabilitas rupiah',
  ]);
});

test('reported speech: "Menurut X, …", "…, kata X." and "X juga melaporkan, …"', () => {
  const { quotes } = attribute([
    'Menurut Rina, harga cabai kembali normal setelah panen raya.',
    'Api diduga berasal dari korsleting listrik, kata Kepala Dinas Pemadam Kebakaran Kota Surabaya Dedik Irianto.',
    'Yonhap juga melaporkan, akun Telegram mengunggah foto bendera kedua negara.',
  ]);
  expect(reportedOf(quotes)).toEqual([
    'Rina: harga cabai kembali normal setelah panen raya',
    'Dedik Irianto: Api diduga berasal dari korsleting listrik',
    'Yonhap: akun Telegram mengunggah foto bendera kedua negara',
  ]);
});

test('a verb after a negation reports nothing', () => {
  const { quotes } = attribute([
    'Rusia belum mengonfirmasi pengerahan pasukan tersebut ke medan perang.',
    'Juru bicara Kremlin tidak mengatakan apa pun soal serangan itu kepada wartawan.',
  ]);
  expect(reportedOf(quotes)).toEqual([]);
});

test('a long chain of office, title, name and degree gives the name and the role', () => {
  const { attribution } = attribute([
    '"Kasus naik dua kali lipat," kata Kepala Dinas Kesehatan Kota Bogor dr. Siti Rahmawati, M.Kes., di Balai Kota.',
    '"Kami pantau setiap pekan," kata Kapolres Cianjur AKBP Rio Wahyu Anggoro.',
    '"Kami tidak akan mundur," tegas Komandan Lanal Ranai Kolonel Laut (P) Arif Setiawan.',
  ]);
  const byName = new Map(attribution.speakers.map((s) => [s.name, s.role]));
  expect(byName.get('Siti Rahmawati')).toBe('Kepala Dinas Kesehatan Kota Bogor');
  expect(byName.get('Rio Wahyu Anggoro')).toBe('Kapolres Cianjur');
  expect(byName.get('Arif Setiawan')).toBe('Komandan Lanal Ranai');
});

test('a subject cut off from its verb by an apposition, a relative clause or a date', () => {
  const { quotes } = attribute([
    'Budi Santoso, yang dihubungi terpisah, mengatakan stok beras masih aman hingga Lebaran.',
    'Rina, Kamis (2/5/2024), mengatakan operasi pasar digelar di 15 lokasi.',
    'Seorang pejabat Mesir yang mengetahui perundingan mengatakan kedua pihak hampir sepakat.',
    'Warga lainnya, Joko Purnomo (45), mengaku terpaksa menumpang mandi di masjid.',
  ]);
  expect(reportedOf(quotes).map((q) => q.split(':')[0])).toEqual([
    'Budi Santoso',
    'Rina',
    'Pejabat Mesir',
    'Joko Purnomo',
  ]);
});

test('membenarkan, mengakui and menilai introduce the speaker a later "-nya" means', () => {
  const { quotes } = attribute([
    'Kapolres Cianjur AKBP Rio Wahyu Anggoro membenarkan kejadian tersebut.',
    '"Benar, ada tiga korban," ujarnya.',
    'Pengamat transportasi Sony Sulaksono menilai pengawasan bus pariwisata masih lemah.',
    '"Banyak bus tua tanpa uji kir," imbuhnya.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Rio Wahyu Anggoro: "Benar, ada tiga korban,"',
    'Sony Sulaksono: "Banyak bus tua tanpa uji kir,"',
  ]);
  expect(reportedOf(quotes)).toEqual(['Sony Sulaksono: pengawasan bus pariwisata masih lemah']);
});

test('less common cues: pungkas, tulis, harap, lanjut, papar, tambah, tutur, ungkap', () => {
  const cues = ['pungkas', 'tulis', 'harap', 'lanjut', 'papar', 'tambah', 'tutur', 'ungkap'];
  const { quotes } = attribute(
    cues.map((cue) => `"Sampai jumpa tahun depan," ${cue} Dee Lestari.`),
  );
  expect(directOf(quotes)).toEqual(cues.map(() => 'Dee Lestari: "Sampai jumpa tahun depan,"'));
  const withNya = attribute([
    'Novelis Dee Lestari hadir sebagai pembicara utama.',
    ...cues.map((cue) => `"Sampai jumpa," ${cue}nya.`),
  ]);
  expect(directOf(withNya.quotes)).toEqual(cues.map(() => 'Dee Lestari: "Sampai jumpa,"'));
});

test('pronouns and descriptions point back to the speaker they stand for', () => {
  const { quotes } = attribute([
    'Pedagang bernama Ucok Siregar itu mengaku sudah berbagi selama tiga tahun.',
    '"Rezeki harus dibagi," kata pria yang akrab disapa Bang Ucok itu.',
    'Menurut dia, modalnya berasal dari sisihan keuntungan harian.',
    'Salah seorang pelanggan, Rini, mengatakan baksonya selalu ramai.',
    '"Orangnya baik," kata ibu dua anak itu.',
    '"Saya dulu juga susah," ujar dia.',
  ]);
  expect(quotes.flat().map((q) => q.speaker)).toEqual([
    'Ucok Siregar',
    'Ucok Siregar',
    'Ucok Siregar',
    'Rini',
    'Rini',
    'Rini',
  ]);
});

test('a short title finds the minister introduced in full: Menkeu for Menteri Keuangan Sri Mulyani', () => {
  const { quotes, attribution } = attribute([
    'Menteri Keuangan Sri Mulyani Indrawati mengatakan subsidi energi ditambah Rp 50 triliun.',
    'Gubernur Bank Indonesia Perry Warjiyo menyatakan rupiah akan dijaga.',
    '"Koordinasi fiskal dan moneter tetap solid," imbuh Menkeu.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Sri Mulyani Indrawati: "Koordinasi fiskal dan moneter tetap solid,"',
  ]);
  expect(attribution.speakers.find((s) => s.name === 'Sri Mulyani Indrawati')?.aliases).toContain(
    'Menkeu',
  );
});

test('clauses that only look like speakers are not speakers', () => {
  const { quotes, attribution } = attribute([
    'Warga berkumpul di masjid untuk menggelar doa bersama bagi korban.',
    'Dalam rapat Senin pagi, pemerintah desa memutuskan membuka dapur umum.',
    'Laporan BPBD mencatat lima rumah rusak berat.',
  ]);
  expect(quotes.flat()).toEqual([]);
  expect(attribution.speakers).toEqual([]);
});

test('a relaying outlet is not the speaker of what it relays', () => {
  const { quotes } = attribute([
    '"Ini serangan besar-besaran," kata Menteri Energi Ukraina Herman Halushchenko, seperti dikutip Reuters.',
    'Kantor berita Interfax melaporkan Moskow siap membuka pembicaraan damai, mengutip seorang pejabat senior Rusia.',
    'Kementerian Pertahanan Rusia menyatakan serangan itu merupakan balasan, dilansir kantor berita TASS.',
  ]);
  expect(quotes.flat().map((q) => `${q.speaker}: ${q.text}`)).toEqual([
    'Herman Halushchenko: "Ini serangan besar-besaran,"',
    'Pejabat senior Rusia: Moskow siap membuka pembicaraan damai',
    'Kementerian Pertahanan Rusia: serangan itu merupakan balasan',
  ]);
});

test('"Hal itu disampaikan X" gives X the quotation before it', () => {
  const { quotes } = attribute([
    '"Potensi hujan lebat masih tinggi. Masyarakat diimbau waspada."',
    'Hal itu disampaikan Kepala BMKG Dwikorita Karnawati dalam konferensi pers, Kamis.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Dwikorita Karnawati: "Potensi hujan lebat masih tinggi. Masyarakat diimbau waspada."',
  ]);
});

test('an answer goes to the one who was asked, not to the one who asked', () => {
  const { quotes } = attribute([
    '"Stok aman sampai akhir tahun," kata Menteri Perdagangan.',
    '"Apakah itu cukup?" tanya seorang wartawan. "Cukup," jawabnya.',
  ]);
  expect(directOf(quotes)).toEqual([
    'Menteri Perdagangan: "Stok aman sampai akhir tahun,"',
    'Wartawan: "Apakah itu cukup?"',
    'Menteri Perdagangan: "Cukup,"',
  ]);
});

test('each quotation is marked in the gloss, and the English names the speaker', () => {
  const { quotes, attribution } = attribute(
    ['"Kami siap," kata Robert Wood, duta besar AS untuk PBB, kepada Dewan Keamanan.'],
    ['"We are ready," Robert Wood, the US ambassador to the UN, told the Security Council.'],
  );
  expect(quotes[0]?.[0]?.gloss).toBe('"We are ready,"');
  expect(attribution.speakers[0]).toMatchObject({
    name: 'Robert Wood',
    role: 'duta besar AS untuk PBB',
    nameGloss: 'Robert Wood',
    roleGloss: 'US ambassador to the UN',
  });
  expect(attribution.warnings).toEqual([]);
});

test('where the languages disagree, a warning says so', () => {
  const { attribution } = attribute(
    ['"Kami siap," kata Budi. "Kami datang," tambahnya.', 'Budi pulang.'],
    ['"We are ready," Budi said.', 'Budi went "home".'],
  );
  expect(attribution.warnings.some((w) => /no counterpart in the English/u.test(w))).toBe(true);
  expect(attribution.warnings.some((w) => /no counterpart in the Indonesian/u.test(w))).toBe(true);
  const named = attribute(['"Kami siap," kata Budi.'], ['"We are ready," Andi said.']);
  expect(
    named.attribution.warnings.some((w) => /gives .* to Budi, the English to Andi/u.test(w)),
  ).toBe(true);
});
