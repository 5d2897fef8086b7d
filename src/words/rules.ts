/**
 * Every affix rule and threshold of the word analyser, each with the reason it is there.
 *
 * The rules follow Nazief and Adriani's stemmer and its confix-stripping refinements (Asian 2007,
 * "Enhanced Confix Stripping" as in Sastrawi), restated as candidate generators: each rule proposes
 * ways to peel an affix off, and the analyser keeps the proposals whose remainder is a real root.
 */

/** The prefix families, named as grammars name them (meN- stands for me-, mem-, men-, meng-, meny-). */
export const PREFIX_FAMILIES = ['meN', 'peN', 'ber', 'ter', 'di', 'ke', 'se', 'per'] as const;
export type PrefixFamily = (typeof PREFIX_FAMILIES)[number];

/**
 * One way to take a prefix off: `match` is tested at the start of the word; for each option the
 * root is `restore` + the rest of the word after the match, and `surface` is the prefix as written.
 * Options are in order of preference, used only to break ties between analyses that are otherwise
 * equally good (Sastrawi tries them in the same order).
 */
export interface PrefixRule {
  readonly family: PrefixFamily;
  readonly match: RegExp;
  readonly options: readonly { readonly surface: string; readonly restore: string }[];
  readonly why: string;
}

const V = '[aiueo]';

export const PREFIX_RULES: readonly PrefixRule[] = [
  // meN-
  {
    family: 'meN',
    match: /^me(?=[lrwymn])/,
    options: [{ surface: 'me', restore: '' }],
    why: 'before l, r, w, y and a nasal the prefix is plain me-: melihat ← lihat, menyanyi ← nyanyi, menikah ← nikah',
  },
  {
    family: 'meN',
    match: /^mem(?=[bfvp])/,
    options: [{ surface: 'mem', restore: '' }],
    why: 'mem- before b, f, v keeps the consonant (membantu ← bantu); before p only when p starts another prefix or a kept loan (memperkuat, mempunyai)',
  },
  {
    family: 'meN',
    match: new RegExp(`^mem(?=${V})`),
    options: [
      { surface: 'me', restore: 'm' },
      { surface: 'mem', restore: 'p' },
    ],
    why: 'mem- before a vowel: either a root in m (memakan ← makan) or p melted into the nasal (memukul ← pukul)',
  },
  {
    family: 'meN',
    match: /^men(?=[cdjszt])/,
    options: [{ surface: 'men', restore: '' }],
    why: 'men- before c, d, j, z and kept loans in s or t: mencari ← cari, mendapat ← dapat, mentransfer',
  },
  {
    family: 'meN',
    match: new RegExp(`^men(?=${V})`),
    options: [
      { surface: 'me', restore: 'n' },
      { surface: 'men', restore: 't' },
    ],
    why: 'men- before a vowel: a root in n (menanti ← nanti) or t melted into the nasal (menulis ← tulis)',
  },
  {
    family: 'meN',
    match: /^meng(?=[ghqk])/,
    options: [{ surface: 'meng', restore: '' }],
    why: 'meng- before g, h, q and loans that keep k: menggunakan ← guna, mengkritik ← kritik',
  },
  {
    family: 'meN',
    match: new RegExp(`^meng(?=${V})`),
    options: [
      { surface: 'meng', restore: '' },
      { surface: 'meng', restore: 'k' },
    ],
    why: 'meng- before a vowel: a root in a vowel (mengambil ← ambil) or k melted into the nasal (mengirim ← kirim)',
  },
  {
    family: 'meN',
    match: new RegExp(`^meny(?=${V})`),
    options: [
      { surface: 'meny', restore: 's' },
      { surface: 'me', restore: 'ny' },
    ],
    why: 'meny- is s melted into the nasal (menyapu ← sapu) unless the root itself starts ny (menyatakan ← nyata)',
  },
  {
    family: 'meN',
    match: /^menge(?=[^aiueo])/,
    options: [{ surface: 'menge', restore: '' }],
    why: 'menge- before one-syllable roots: mengebom ← bom, mengecat ← cat',
  },
  // peN-: the same nasal changes as meN-, and pe- before r, l, w, y, m, n and as agent prefix
  {
    family: 'peN',
    match: /^pe(?=[lrwymn])/,
    options: [{ surface: 'pe', restore: '' }],
    why: 'before l, r, w, y and a nasal the prefix is plain pe-: pelaku ← laku, pemain ← main, penyanyi ← nyanyi',
  },
  {
    family: 'peN',
    match: /^pe(?=[^aiueolrwymn])/,
    options: [{ surface: 'pe', restore: '' }],
    why: 'pe- before other consonants makes agents and tools without a nasal: pekerja ← kerja, petani ← tani',
  },
  {
    family: 'peN',
    match: /^pem(?=[bfvp])/,
    options: [{ surface: 'pem', restore: '' }],
    why: 'pem- before b, f, v keeps the consonant: pembangunan ← bangun',
  },
  {
    family: 'peN',
    match: new RegExp(`^pem(?=${V})`),
    options: [
      { surface: 'pe', restore: 'm' },
      { surface: 'pem', restore: 'p' },
    ],
    why: 'pem- before a vowel: a root in m (pemakan) or p melted into the nasal (pemerintah ← perintah)',
  },
  {
    family: 'peN',
    match: /^pen(?=[cdjszt])/,
    options: [{ surface: 'pen', restore: '' }],
    why: 'pen- before c, d, j, z: pencarian ← cari, pendapat ← dapat',
  },
  {
    family: 'peN',
    match: new RegExp(`^pen(?=${V})`),
    options: [
      { surface: 'pe', restore: 'n' },
      { surface: 'pen', restore: 't' },
    ],
    why: 'pen- before a vowel: a root in n (penilaian ← nilai) or t melted into the nasal (penarikan ← tarik)',
  },
  {
    family: 'peN',
    match: /^peng(?=[ghqk])/,
    options: [{ surface: 'peng', restore: '' }],
    why: 'peng- before g, h, q and loans that keep k: penggunaan ← guna',
  },
  {
    family: 'peN',
    match: new RegExp(`^peng(?=${V})`),
    options: [
      { surface: 'peng', restore: '' },
      { surface: 'peng', restore: 'k' },
    ],
    why: 'peng- before a vowel: a root in a vowel (pengambilan ← ambil) or k melted into the nasal (pengerahan ← kerah)',
  },
  {
    family: 'peN',
    match: new RegExp(`^peny(?=${V})`),
    options: [
      { surface: 'peny', restore: 's' },
      { surface: 'pe', restore: 'ny' },
    ],
    why: 'peny- is s melted into the nasal: penyakit ← sakit, penyerangan ← serang',
  },
  {
    family: 'peN',
    match: /^penge(?=[^aiueo])/,
    options: [{ surface: 'penge', restore: '' }],
    why: 'penge- before one-syllable roots: pengebom ← bom',
  },
  {
    family: 'peN',
    match: /^pel(?=ajar)/,
    options: [{ surface: 'pel', restore: '' }],
    why: 'pel- is a fossil form found only with ajar: pelajaran ← ajar',
  },
  // ber-, ter-, per-: r drops before a root in r, and ber- has the fossils be-kerja and bel-ajar
  {
    family: 'ber',
    match: /^ber/,
    options: [
      { surface: 'ber', restore: '' },
      { surface: 'be', restore: 'r' },
    ],
    why: 'ber- (berlatih ← latih); before a root in r it is be- (berasa ← rasa)',
  },
  {
    family: 'ber',
    match: /^be(?=kerja|lajar|ternak)/,
    options: [{ surface: 'be', restore: '' }],
    why: 'be- before a few roots whose first syllable ends in r: bekerja ← kerja, beternak ← ternak',
  },
  {
    family: 'ber',
    match: /^bel(?=ajar)/,
    options: [{ surface: 'bel', restore: '' }],
    why: 'bel- is a fossil form found only with ajar: belajar ← ajar',
  },
  {
    family: 'ter',
    match: /^ter/,
    options: [
      { surface: 'ter', restore: '' },
      { surface: 'te', restore: 'r' },
    ],
    why: 'ter- (tersebut ← sebut); before a root in r it is te- (terasa ← rasa)',
  },
  {
    family: 'per',
    match: /^per/,
    options: [
      { surface: 'per', restore: '' },
      { surface: 'pe', restore: 'r' },
    ],
    why: 'per- (perkembangan ← kembang, perserikatan ← serikat); before a root in r it is pe- (peringan)',
  },
  // di-, ke-, se- never change shape
  {
    family: 'di',
    match: /^di/,
    options: [{ surface: 'di', restore: '' }],
    why: 'di- forms the passive: ditarik ← tarik',
  },
  {
    family: 'ke',
    match: /^ke/,
    options: [{ surface: 'ke', restore: '' }],
    why: 'ke- forms ordinals and, with -an, abstract nouns: keamanan ← aman',
  },
  {
    family: 'se',
    match: /^se/,
    options: [{ surface: 'se', restore: '' }],
    why: 'se- means one or the same: sebuah ← buah, setiap ← tiap',
  },
];

/** Particles come last in a word: dialah, bukankah, apapun. */
export const PARTICLE_SUFFIXES = ['lah', 'kah', 'tah', 'pun'] as const;

/** Possessive pronouns come after the derivational suffix and before a particle: sekutunya. */
export const POSSESSIVE_SUFFIXES = ['nya', 'ku', 'mu'] as const;

/** Derivational suffixes sit right after the root: kirimkan, laporan, kuasai. */
export const DERIVATIONAL_SUFFIXES = ['kan', 'an', 'i'] as const;

/**
 * Prefix and suffix pairs that Indonesian does not form (Nazief and Adriani's invalid affix pairs),
 * so an analysis with one of them as its outer prefix and its derivational suffix is rejected:
 * menyatakan is me- + nyata + -kan, never me- + nyatak + -an.
 */
export const INVALID_AFFIX_PAIRS: readonly (readonly [PrefixFamily, string])[] = [
  ['ber', 'i'],
  ['di', 'an'],
  ['ke', 'i'],
  ['ke', 'kan'],
  ['meN', 'an'],
  ['se', 'i'],
  ['se', 'kan'],
  ['ter', 'an'],
];

/**
 * Words shaped like these take the prefix off before the derivational suffix (Asian's precedence
 * adjustment): menilai is me- + nilai, not me- + nila + -i; berdampingan is ber- + damping + -an.
 * Other words take the suffix off first: pembelian is peN- + beli + -an, not peN- + belian.
 */
export const PREFIX_FIRST: readonly RegExp[] = [/^be.*lah$/, /^be.*an$/, /^(?:me|di|pe|te).*i$/];

/** Prefixes that only ever stand outermost: nothing attaches in front of meN- or di-. */
export const OUTERMOST_ONLY: readonly PrefixFamily[] = ['meN', 'di'];

/** At most three prefixes stack (di-per-ke-…); more would only produce false analyses. */
export const MAX_PREFIXES = 3;

/** Roots are at least two letters long ("ia", "ke" aside, shorter remainders are noise). */
export const MIN_ROOT_LENGTH = 2;

/** A word longer than this is not analysed: no Indonesian word is, and it bounds the work. */
export const MAX_WORD_LENGTH = 40;

/** How many analyses are explored for one word at most, so hostile input stays within a frame. */
export const MAX_CANDIDATES = 2000;

/**
 * Letters for the prefix families a root takes, read from hunspell-id's flags (B0 = ber-, M0 =
 * meN- …). An analysis whose root is not known to take its affixes is a worse one: berada is ber- +
 * ada (ada takes ber-), not be- + rada; pemerintah is peN- + perintah, not peN- + perin + -tah.
 */
export const FAMILY_LETTERS: Readonly<Record<PrefixFamily, string>> = {
  meN: 'm',
  peN: 'p',
  ber: 'b',
  ter: 't',
  di: 'd',
  ke: 'k',
  se: 's',
  per: 'r',
};

/** Letters for the derivational suffixes a root takes, read from hunspell-id's suffix flags. */
export const SUFFIX_LETTERS: Readonly<Record<(typeof DERIVATIONAL_SUFFIXES)[number], string>> = {
  kan: 'K',
  an: 'A',
  i: 'I',
};

/** Hyphens that join the halves of a reduplicated word or compound (ASCII, U+2010, U+2011). */
export const WORD_HYPHENS = /[-\u2010\u2011]/;
