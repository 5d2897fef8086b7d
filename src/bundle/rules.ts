/**
 * Every pattern and threshold the parser uses, in one table, each with the reason it exists.
 * Change a rule here, then refresh the golden fixtures (`npm run fixtures`) and read the diff.
 */
export const RULES = {
  /** Lines longer than this are prose, never a subheading. Real subheads are a few words. */
  headingMaxLength: 90,
  /** More words than this and a line reads as a sentence, not a subheading. */
  headingMaxWords: 12,
  /** A subheading ends without closing punctuation; prose and quotations end with one of these. */
  closingPunctuation: /[.!?:;,…"'”’»)\]]$/u,
  /** Numbered subheads such as "1. Kronologi kejadian" or "2) Tanggapan pemerintah". */
  numberedHeading: /^\d{1,2}[.)]\s+\p{Lu}/u,
  /** A numbered subhead may end with a colon or a question mark and still be a heading. */
  numberedHeadingMaxLength: 90,
  /** "Baca juga: …", "Lihat juga: …", "Simak juga …": links to other stories left in copied text. */
  relatedLine: /^(baca|lihat|simak|tonton|klik)\s+(juga|pula|selengkapnya)\b\s*:?/iu,
  /** Desk initials at the end of a story, e.g. "(ant/rid)", "(AFP/VOA)", "(*)". */
  creditLine: /^\(\s*(\*|[\p{L}.]{1,10}(\s*\/\s*[\p{L}.]{1,10}){0,4})\s*\)$/u,
  /** Page furniture that survives copy and paste. */
  advertLine:
    /^(advertisement|iklan|scroll to continue with content|scroll untuk melanjutkan|adsense)$/iu,
  /**
   * A dateline opens the first paragraph: a place (and sometimes the outlet) in capitals or title
   * case, then a dash, e.g. "PBB -", "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -".
   */
  dateline: /^(\p{Lu}[\p{L}.]*(?:[ ,]+[\p{L}.()]+){0,4})\s+[-–—]\s+/u,
  /** A dateline names a place, so it must start with a capital and stay short. */
  datelineMaxLength: 40,
  /**
   * Abbreviations after which a full stop does not end a sentence: titles before names, and
   * common short forms of Indonesian news. Compared case-insensitively, without the final dot.
   */
  abbreviations: new Set([
    'dr',
    'drg',
    'prof',
    'ir',
    'h',
    'hj',
    'kh',
    'st',
    'no',
    'nomor',
    'hal',
    'tel',
    'jl',
    'jln',
    'kec',
    'kab',
    'kel',
    'prov',
    'rp',
    'mr',
    'mrs',
    'ms',
    'dr',
    'jr',
    'sr',
    'vs',
    'etc',
    'dll',
    'dsb',
    'dkk',
    'tsb',
    'yth',
    'sdr',
    'bpk',
    'ibu',
    'pol',
    'kol',
    'let',
    'jen',
    'brigjen',
    'mayjen',
    'letjen',
    'kombes',
    'akbp',
    'kompol',
    'iptu',
    'ipda',
    'aiptu',
    'bripka',
    'u.s',
    'gen',
    'lt',
    'col',
    'sgt',
    'capt',
    'rev',
    'no',
    'fig',
    'ca',
    'approx',
    'dept',
    'univ',
  ]),
  /**
   * Dotted short forms such as "S.H.", "M.Kes.", "A.S.", "S.Sos." end in a dot that rarely ends
   * the sentence in news copy (they sit after a name, before a comma or a verb).
   */
  dottedAbbreviation: /(?:^|[\s(,])(?:\p{L}{1,4}\.){2,}$/u,
  /** A single capital and a dot is an initial ("J. Smith"), not the end of a sentence. */
  initial: /(?:^|[\s(])\p{Lu}\.$/u,
  /** Alignment: the share of English to Indonesian length varies by this much (Gale and Church's s²). */
  alignVariance: 6.8,
  /**
   * Alignment: how often each pairing occurs in translated news (Gale and Church's priors, with
   * 1-3 and 3-1 added so that a very free translation still aligns).
   */
  alignPriors: {
    '1-1': 0.89,
    '1-2': 0.045,
    '2-1': 0.045,
    '2-2': 0.011,
    '1-3': 0.004,
    '3-1': 0.004,
  },
  /** Ids made from the words of a line: this many words at most keeps URLs short but telling. */
  idMaxWords: 4,
  idMaxLength: 40,
  /** Binary files: a NUL, or more than this share of control characters, is not text. */
  controlShareMax: 0.01,
} as const;
