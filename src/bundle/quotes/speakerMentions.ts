import { compact } from '../arrays.ts';
import { LEX, lexOf, OFFICE } from './lexicon.ts';
import { QUOTE_RULES as R } from './quoteRules.ts';
import type { Token } from './tokens.ts';

/**
 * What a stretch of text says about who spoke: a person (a name, with titles, degrees and an
 * office around it), a role alone ("seorang perwakilan Korea Utara"), a group (an institution,
 * an outlet, a country speaking through its government), a pronoun, or a description pointing
 * back ("perwakilan tersebut", "pejabat itu").
 */
export type MentionKind = 'person' | 'role' | 'group' | 'pronoun' | 'anaphor';

export interface Mention {
  /** Span in the paragraph's text. */
  start: number;
  end: number;
  kind: MentionKind;
  /** A person's name without titles or degrees: "Siti Rahmawati". */
  name: string | undefined;
  /** The office or description: "Kepala Dinas Kesehatan Kota Bogor", "duta besar AS untuk PBB". */
  role: string | undefined;
  /** What the mention would call the speaker: the name, else the role or group as written. */
  label: string;
  /** The canonical head of the role or group, lower case ("duta besar", "pemerintah"). */
  head: string | undefined;
  /** Lower-case capitalised words of the mention, to tell "perwakilan Korea Utara" from "perwakilan Rusia". */
  proper: readonly string[];
  indefinite: boolean;
  /** "warga lainnya": someone other than those already named. */
  other: boolean;
  plural: boolean;
  /** A news outlet or agency: it relays more often than it speaks. */
  outlet: boolean;
  /** The head carries -nya ("perwakilannya"): whose it is comes from the sentence. */
  possessive: boolean;
  /** Acronyms given in parentheses: "Badan Nasional Penanggulangan Bencana (BNPB)". */
  aliases: readonly string[];
  /** The label is not as written: "perwakilannya" was spelled out as "perwakilan Korea Utara". */
  rewritten: boolean;
  /** A pronoun that answers ("jawabnya"): someone other than whoever spoke last. */
  answers: boolean;
}

/**
 * The one empty list of words that mentions without proper words or aliases share. Their lists
 * are never changed in place (a new list replaces one), and most mentions have no aliases: two
 * fresh empty arrays for each of the thousands of mentions the reader makes were garbage at once.
 */
const NO_WORDS: readonly string[] = [];

/**
 * A mention with every field present, so that all mentions share one shape (the reader makes
 * many; objects of one shape keep property access fast).
 */
export function newMention(start: number, end: number, kind: MentionKind, label: string): Mention {
  return {
    start,
    end,
    kind,
    name: undefined,
    role: undefined,
    label,
    head: undefined,
    proper: NO_WORDS,
    indefinite: false,
    other: false,
    plural: false,
    outlet: false,
    possessive: false,
    aliases: NO_WORDS,
    rewritten: false,
    answers: false,
  };
}

/** An acronym ("KPK", "PBB", "BPBD"): a body, never part of a person's name. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,9}$/u;
/** A number: an age in parentheses, or a unit in a role ("RT 05"). */
const NUMBER = /^\p{N}/u;
/** A number alone ("05" in "RT 05"), not a word that starts with one ("5G"). */
const DIGITS_ONLY = /^\p{N}+$/u;
/** A word with a verb's prefix: a lower-case one ends a mention ("Dee Lestari hadir" stops at "hadir"). */
const VERB_LIKE = /^(?:me[mnr]?|meng|meny|ber|ter|di|per)\p{L}{3,}$/u;

function canonicalHead(head: string): string {
  return (
    R.roleSynonyms.get(head) ?? R.shortTitles.get(head)?.split(' ').slice(0, 2).join(' ') ?? head
  );
}

/** A word of an office, a role, an institution, an outlet or a short title (lexicon.ts). */
function isOfficeWord(token: Token): boolean {
  return (lexOf(token) & OFFICE) !== 0;
}

function isNameWord(token: Token): boolean {
  return (
    token.type === 'word' &&
    token.capital &&
    !ACRONYM.test(token.text) &&
    (lexOf(token) & (OFFICE | LEX.places | LEX.outletNames | LEX.dayNames)) === 0
  );
}

/** A title or rank before a name ("dr.", "AKBP", "H."), with its dot if it has one: tokens used. */
function titleLength(tokens: readonly Token[], k: number, end: number): number {
  const t = tokens[k];
  if (!t || t.type !== 'word' || (lexOf(t) & LEX.titles) === 0) return 0;
  const dot = k + 1 < end && tokens[k + 1]?.text === '.';
  if (R.titlesNeedingDot.has(t.lower) && !dot && t.lower !== 'dr') return 0;
  let length = dot ? 2 : 1;
  // A rank takes its qualifiers with it: "Kombes Pol", "Kolonel Laut (P)".
  for (;;) {
    const q = tokens[k + length];
    if (q && q.type === 'word' && R.rankQualifiers.has(q.lower) && k + length < end) {
      length += tokens[k + length + 1]?.text === '.' ? 2 : 1;
      continue;
    }
    const paren = q?.text === '(' ? parenthesis(tokens, k + length, end) : null;
    if (paren && (tokens[k + length + 1]?.text.length ?? 9) <= 4) {
      length += paren.length;
      continue;
    }
    break;
  }
  // A title is one only before a name: "Bapak" alone is a role ("kata bapak dua anak itu").
  const next = tokens[k + length];
  if (!next || next.type !== 'word' || !next.capital) return 0;
  return length;
}

function insideParens(parens: readonly number[] | undefined, m: number): boolean {
  if (!parens) return false;
  for (let n = 0; n + 1 < parens.length; n += 2) {
    if (m >= (parens[n] ?? 0) && m < (parens[n + 1] ?? 0)) return true;
  }
  return false;
}

/** A degree after a name, with its comma: ", M.Kes." or ", S.H." — tokens used. */
function degreeLength(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.text !== ',') return 0;
  const d = tokens[k + 1];
  if (!d || d.type !== 'word' || !R.degree.test(d.text)) return 0;
  return k + 2 < end && tokens[k + 2]?.text === '.' ? 3 : 2;
}

/** "(BNPB)", "(34)", "(PBB)": a parenthesis inside a mention. Returns tokens used and an alias. */
function parenthesis(
  tokens: readonly Token[],
  k: number,
  end: number,
): { length: number; alias?: string } | null {
  if (tokens[k]?.text !== '(') return null;
  let j = k + 1;
  const inner: Token[] = [];
  while (j < end && j < k + 8 && tokens[j]?.text !== ')') {
    const t = tokens[j];
    if (t) inner.push(t);
    j++;
  }
  if (tokens[j]?.text !== ')' || inner.length === 0) return null;
  const first = inner[0];
  if (inner.length === 1 && first && NUMBER.test(first.text)) return { length: j - k + 1 };
  if (first && inner.every((t) => t.type === 'word' && t.capital)) {
    return { length: j - k + 1, alias: inner.map((t) => t.text).join(' ') };
  }
  return null;
}

/**
 * A list of capitalised words inside an institution's name, from the comma at `k`:
 * "Badan Meteorologi, Klimatologi, dan Geofisika". Returns the tokens it takes, or 0.
 */
function listLength(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  for (let items = 0; j < end && items < 4; items++) {
    if (tokens[j]?.text !== ',') return 0;
    j++;
    if (tokens[j]?.lower === 'dan') j++;
    const word = tokens[j];
    if (!word || word.type !== 'word' || !word.capital) return 0;
    const closing = tokens[j - 1]?.lower === 'dan';
    j++;
    if (closing) return j - k;
  }
  return 0;
}

interface HeadInfo {
  head: string;
  length: number;
  possessive: boolean;
  kind: 'role' | 'group' | 'description';
  outlet: boolean;
}

function headAt(tokens: readonly Token[], k: number): HeadInfo | null {
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  const possessive = t.lower.endsWith('nya') && t.lower.length > 5;
  const lower = possessive ? t.lower.slice(0, -3) : t.lower;
  const second = R.twoWordRoleHeads.get(lower);
  const nextToken = tokens[k + 1];
  if (second && nextToken) {
    const nextPossessive = nextToken.lower === `${second}nya`;
    if (nextToken.lower === second || nextPossessive) {
      return {
        head: canonicalHead(`${lower} ${second}`),
        length: 2,
        possessive: nextPossessive,
        kind: 'role',
        outlet: false,
      };
    }
  }
  if (lower === 'kantor' && nextToken?.lower === 'berita') {
    return { head: 'kantor berita', length: 2, possessive, kind: 'group', outlet: true };
  }
  if (R.outletHeads.has(lower) || R.outletNames.has(lower)) {
    return { head: lower, length: 1, possessive, kind: 'group', outlet: true };
  }
  if (R.institutionHeads.has(lower)) {
    return { head: lower, length: 1, possessive, kind: 'group', outlet: false };
  }
  if (R.roleHeads.has(lower) || R.shortTitles.has(lower)) {
    return { head: canonicalHead(lower), length: 1, possessive, kind: 'role', outlet: false };
  }
  if (R.personDescriptions.has(lower)) {
    return { head: lower, length: 1, possessive, kind: 'description', outlet: false };
  }
  return null;
}

export interface ChunkOptions {
  /** The mention may take an apposition after a comma ("Robert Wood, duta besar AS untuk PBB,"). */
  apposition: boolean;
  /** A capitalised word before lower-case ones may open a role ("Tunggal putra Indonesia …"). */
  openingRole?: boolean;
}

/** The options most reads use, made once: a default parameter's object is made on every call. */
const APPOSITION: ChunkOptions = { apposition: true };

function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return text.slice(a.start, b.end);
}

/** Looks ahead from `k` for a run of name words ending the apposition: ", Budi Santoso," */
function nameRunLength(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  while (j < end) {
    const t = tokens[j];
    if (!t) break;
    const title = titleLength(tokens, j, end);
    if (title > 0) {
      j += title;
      continue;
    }
    if (!isNameWord(t)) break;
    j++;
  }
  return j - k;
}

function endsHere(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  if (j >= end || !t) return true;
  if (t.type === 'punct') return t.text !== '(' && t.text !== '-';
  return (lexOf(t) & (LEX.mentionStops | LEX.dayNames)) !== 0;
}

/**
 * Reads a speaker mention starting at token `i`, stopping before `end`. Returns null when the
 * words there do not name anyone ("dalam rapat Senin", "Warga berkumpul"): a mention must be a
 * pronoun, a name, or open with a role, a title, an institution or an outlet.
 */
export function chunkMention(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
  options: ChunkOptions = APPOSITION,
): { mention: Mention; next: number } | null {
  let k = i;
  let indefinite = false;
  let plural = false;
  while (k < end) {
    const t = tokens[k];
    if (!t || t.type !== 'word') break;
    if (
      t.lower === 'salah' &&
      (tokens[k + 1]?.lower === 'satu' || tokens[k + 1]?.lower === 'seorang')
    ) {
      k += 2;
      indefinite = true;
    } else if (R.indefinites.has(t.lower) && t.lower !== 'satu' && t.lower !== 'salah') {
      if (t.lower === 'para' || t.lower === 'sejumlah' || t.lower === 'beberapa') plural = true;
      k++;
      indefinite = true;
    } else break;
  }
  const first = tokens[k];
  if (!first || first.type !== 'word' || k >= end) return null;
  if (R.pronouns.has(first.lower) && !indefinite) {
    const mention = newMention(first.start, first.end, 'pronoun', first.text);
    mention.plural = R.pluralPronouns.has(first.lower);
    return { mention, next: k + 1 };
  }

  // "seorang" counts people: whatever noun follows it is a role ("seorang pengungsi").
  const personal = tokens[k - 1]?.lower === 'seorang';
  // A capitalised word before lower-case ones and a name reads as a role that opens a sentence:
  // "Tunggal putra Indonesia Jonatan Christie". It stands only if a name follows (checked below).
  const second = tokens[k + 1];
  const openingRole =
    options.openingRole !== false &&
    first.capital &&
    (lexOf(first) & (OFFICE | LEX.places)) === 0 &&
    second?.type === 'word' &&
    !second.capital &&
    (lexOf(second) &
      (LEX.mentionStops | LEX.adverbs | LEX.negations | LEX.anaphoricDeterminers)) ===
      0 &&
    !R.coordinators.has(second.lower) &&
    !VERB_LIKE.test(second.lower);
  const head: HeadInfo | null =
    headAt(tokens, k) ??
    ((personal && !first.capital) || openingRole
      ? { head: first.lower, length: 1, possessive: false, kind: 'role', outlet: false }
      : null);
  const startsTitled = titleLength(tokens, k, end) > 0;
  if (!head && !startsTitled && !first.capital) return null;
  if (first.capital && R.connectives.has(first.lower) && !head) return null;

  // Walk the mention: role words, institution words, names, titles, linkers, one parenthesis.
  const contentStart = k;
  let j = k;
  let nameStart = -1;
  let nameEnd = -1;
  let anaphor = false;
  let named = false;
  // Tokens inside parentheses, as [from, to) pairs; made only when a parenthesis is met.
  let parens: number[] | undefined;
  let other = false;
  // Made only when a parenthesis gives an alias: most mentions have none.
  let aliases: string[] | undefined;
  let roleOnly = head !== null && head.kind !== 'description';
  let lastContent = k;
  let stoppedAtDeterminer = false;
  if (head) {
    j += head.length;
    lastContent = j;
  }
  while (j < end) {
    const t = tokens[j];
    if (!t) break;
    if (t.type === 'quote') break;
    if (t.type === 'punct') {
      if (t.text === '.' && j > contentStart && tokens[j - 1]?.type === 'word') {
        const prev = tokens[j - 1];
        if (
          prev &&
          (prev.text.length === 1 || R.titles.has(prev.lower) || prev.text.includes('.'))
        ) {
          j++;
          lastContent = j;
          continue;
        }
      }
      if (t.text === ',' && head?.kind === 'group' && nameStart < 0) {
        const list = listLength(tokens, j, end);
        if (list > 0) {
          j += list;
          lastContent = j;
          continue;
        }
      }
      const paren = parenthesis(tokens, j, end);
      if (paren) {
        if (paren.alias) (aliases ??= []).push(paren.alias);
        (parens ??= []).push(j, j + paren.length);
        j += paren.length;
        lastContent = j;
        continue;
      }
      break;
    }
    const lower = t.lower;
    const lex = lexOf(t);
    if ((lex & LEX.anaphoricDeterminers) !== 0 && j > contentStart) {
      anaphor = true;
      j++;
      lastContent = j;
      stoppedAtDeterminer = true;
      break;
    }
    if ((lex & LEX.otherMarkers) !== 0 && j > contentStart) {
      other = true;
      j++;
      lastContent = j;
      continue;
    }
    const title = titleLength(tokens, j, end);
    if (title > 0) {
      nameStart = j + title;
      j += title;
      lastContent = j;
      continue;
    }
    if ((lex & LEX.namingWords) !== 0 && tokens[j + 1]?.capital && nameStart < 0) {
      // "pedagang bernama Ucok Siregar": the name is given outright.
      named = true;
      nameStart = j + 1;
      j++;
      continue;
    }
    if ((lex & LEX.roleLinkers) !== 0 && j > contentStart && nameStart < 0 && roleOnly) {
      const next = tokens[j + 1];
      // "di PBB", "untuk Korea Selatan", and "di kepolisian": a place or a body belongs to the role.
      const body = next?.type === 'word' && (next.capital || R.institutionHeads.has(next.lower));
      if (next && body && !R.placeOfSpeaking.has(next.lower)) {
        j++;
        continue;
      }
      break;
    }
    if (lower === 'dan' && j > contentStart) {
      // Between capitals, "dan" joins two names of one office ("Dinas Pekerjaan Umum dan
      // Penataan Ruang") or two speakers who speak as one ("Seoul dan Washington").
      const next = tokens[j + 1];
      const prev = tokens[j - 1];
      if (next?.capital && prev?.capital && nameStart < 0) {
        if (!roleOnly) plural = true;
        j++;
        continue;
      }
      break;
    }
    if (lower === 'yang' && head && nameStart < 0) {
      // "pria yang akrab disapa Ucok itu": a description closed by "itu" points back.
      let m = j + 1;
      while (m < end && m < j + R.relativeDescriptionMaxWords && tokens[m]?.type === 'word') {
        if (R.anaphoricDeterminers.has(tokens[m]?.lower ?? '')) break;
        m++;
      }
      const closing = tokens[m];
      if (closing && closing.type === 'word' && R.anaphoricDeterminers.has(closing.lower)) {
        anaphor = true;
        stoppedAtDeterminer = true;
        j = m + 1;
        lastContent = j;
        break;
      }
      break;
    }
    if ((lex & LEX.dayNames) !== 0 || ((lex & LEX.mentionStops) !== 0 && !t.capital)) break;
    // A capitalised stop word belongs to the name of a body ("Kementerian Dalam Negeri").
    if ((lex & LEX.mentionStops) !== 0 && t.capital && j > contentStart && !head) break;
    if (!t.capital) {
      // Lower-case words belong to a role ("duta besar", "mata-mata", "kantor berita"), never
      // to a name, and a verb ends the mention.
      if (nameStart >= 0 || (!roleOnly && !head)) break;
      // After what may be a name, a lower-case word is the predicate: "Dee Lestari hadir …".
      const prev = tokens[j - 1];
      if (prev && j - 1 > contentStart && isNameWord(prev)) break;
      if (VERB_LIKE.test(lower) && !isOfficeWord(t)) break;
      if ((lex & (LEX.adverbs | LEX.negations)) !== 0 && !isOfficeWord(t)) break;
      if (NUMBER.test(lower) && !DIGITS_ONLY.test(lower)) break;
      j++;
      lastContent = j;
      continue;
    }
    j++;
    lastContent = j;
  }
  let next = lastContent;
  const contentEnd = stoppedAtDeterminer ? lastContent - 1 : lastContent;

  // The words of the mention, titles and parentheses aside, to find the name at its end.
  const contentTokens: number[] = [];
  for (let m = contentStart; m < contentEnd; m++) {
    const t = tokens[m];
    if (t && t.type === 'word' && !insideParens(parens, m)) contentTokens.push(m);
  }
  if (contentTokens.length === 0) return null;

  // A name is the run of name words at the end, after the place that an office governs.
  let runStart = contentTokens.length;
  while (runStart > 0) {
    const at = contentTokens[runStart - 1] ?? -1;
    const t = tokens[at];
    if (!t || !isNameWord(t)) break;
    // A parenthesis ends a name: "Universitas Gadjah Mada (UGM) Ova Emilia".
    if (runStart < contentTokens.length && (contentTokens[runStart] ?? 0) !== at + 1) break;
    runStart--;
  }
  if (nameStart >= 0) {
    // After a title (or "bernama") the name runs to the end of the mention.
    const firstAfterTitle = contentTokens.findIndex((m) => m >= nameStart);
    runStart = firstAfterTitle < 0 ? contentTokens.length : firstAfterTitle;
  } else if (runStart > 0) {
    const before = tokens[contentTokens[runStart - 1] ?? -1];
    if (before && R.placeSlots.has(before.lower)) {
      runStart++;
      const second = tokens[contentTokens[runStart - 1] ?? -1];
      const maybe = tokens[contentTokens[runStart] ?? -1];
      if (second && maybe && R.placeSecondWords.has(maybe.lower)) runStart++;
    }
  }
  // Capitalised words after "di" or "untuk" name a place or a body, not the speaker.
  const beforeRun = tokens[(contentTokens[runStart] ?? 0) - 1];
  if (
    beforeRun &&
    R.roleLinkers.has(beforeRun.lower) &&
    titleLength(tokens, contentTokens[runStart] ?? 0, end) === 0
  )
    runStart = contentTokens.length;
  if (anaphor && !named) runStart = contentTokens.length;
  const titled = nameStart >= 0;
  if (runStart < contentTokens.length) {
    nameStart = contentTokens[runStart] ?? -1;
    nameEnd = (contentTokens[contentTokens.length - 1] ?? -1) + 1;
  } else {
    nameStart = -1;
  }

  // An apposition after a comma: the name after a role ("Kepala BPBD, Budi Santoso,"), the
  // role after a name ("Robert Wood, duta besar AS untuk PBB,"), or a degree (", M.Kes.").
  let appositionRole = '';
  let appositionName: { from: number; to: number } | null = null;
  while (options.apposition && !anaphor) {
    const degree = degreeLength(tokens, next, end);
    if (degree > 0) {
      next += degree;
      continue;
    }
    if (tokens[next]?.text !== ',') break;
    if ((nameStart < 0 || !titled) && head && head.kind === 'role') {
      const run = nameRunLength(tokens, next + 1, end);
      // An age after the name is no part of it: "warga, Ani Suryani (41), …".
      const age = parenthesis(tokens, next + 1 + run, end);
      const aside = age && !age.alias ? age.length : 0;
      if (run > 0 && endsHere(tokens, next + 1 + run + aside, end)) {
        appositionName = { from: next + 1, to: next + 1 + run };
        next += 1 + run + aside;
        // What looked like a name before the comma was the end of the office: "Kelurahan Sindang Barang".
        nameStart = -1;
        continue;
      }
      break;
    }
    if (nameStart >= 0 && !appositionRole) {
      const roleHead = headAt(tokens, next + 1);
      if (!roleHead || roleHead.kind === 'description') break;
      const inner = chunkMention(text, tokens, next + 1, end, { apposition: false });
      if (!inner || inner.mention.kind === 'pronoun' || inner.mention.name) break;
      if (!endsHere(tokens, inner.next, end) && tokens[inner.next]?.text !== ',') break;
      appositionRole = text.slice(tokens[next + 1]?.start ?? 0, inner.mention.end);
      next = inner.next;
      continue;
    }
    break;
  }

  const startToken = tokens[i];
  const endToken = tokens[next - 1];
  if (!startToken || !endToken) return null;
  const proper: string[] = [];
  for (let m = contentStart; m < next; m++) {
    const t = tokens[m];
    if (t && t.type === 'word' && t.capital) proper.push(t.lower);
  }
  const labelText = textOf(text, tokens, contentStart, contentEnd);
  const mention = newMention(startToken.start, endToken.end, 'role', labelText);
  if (proper.length > 0) mention.proper = compact(proper);
  mention.indefinite = indefinite;
  mention.other = other;
  mention.plural = plural;
  if (aliases) mention.aliases = compact(aliases);
  if (head) {
    mention.head = head.head;
    mention.possessive = head.possessive;
    mention.outlet = head.outlet;
  }

  if (appositionName) {
    mention.kind = 'person';
    mention.name = textOf(text, tokens, appositionName.from, appositionName.to);
    mention.name = stripTitles(mention.name);
    mention.role = labelText;
    return { mention, next };
  }
  const nameText = nameStart >= 0 ? stripTitles(textOf(text, tokens, nameStart, nameEnd)) : '';
  const roleText = nameStart > contentStart ? textOf(text, tokens, contentStart, nameStart) : '';
  const roleClean = stripTrailingTitles(roleText, tokens, contentStart, nameStart);

  if (head?.kind === 'group') {
    mention.kind = 'group';
    // An outlet that ends in its proper name is called by it: "kantor berita Korea Selatan Yonhap".
    const lastIndex = contentTokens[contentTokens.length - 1] ?? -1;
    const lastWord = tokens[lastIndex];
    if (
      head.outlet &&
      lastWord?.capital &&
      lastIndex >= contentStart + head.length &&
      (R.outletNames.has(lastWord.lower) || isNameWord(lastWord))
    ) {
      mention.label = lastWord.text;
      const role = textOf(text, tokens, contentStart, lastIndex);
      if (role) mention.role = role;
    }
    return { mention, next };
  }
  if (!head) {
    // Capitalised words alone: a person ("Wood"), or a place speaking as its government ("Seoul").
    const all = contentTokens.map((m) => tokens[m]).filter((t): t is Token => t !== undefined);
    const placeLike = all.every(
      (t) =>
        R.places.has(t.lower) ||
        ACRONYM.test(t.text) ||
        R.outletNames.has(t.lower) ||
        t.lower === 'dan',
    );
    if (placeLike) {
      mention.kind = 'group';
      mention.outlet = all.some((t) => R.outletNames.has(t.lower));
      return { mention, next };
    }
    // A name made only of office words is an organisation: "Komando Teater Timur Tentara Pembebasan Rakyat".
    if (!nameText && all.every((t) => t.capital) && all.some((t) => isOfficeWord(t))) {
      mention.kind = 'group';
      return { mention, next };
    }
    if (!nameText) return null;
    mention.kind = 'person';
    mention.name = nameText;
    if (roleClean) mention.role = roleClean;
    if (appositionRole) mention.role = appositionRole;
    return { mention, next };
  }
  if (openingRole && !headAt(tokens, k) && !nameText && !appositionName) {
    // No name followed: the capitalised word was a name itself ("Dedi tampak tertunduk").
    return chunkMention(text, tokens, i, end, { ...options, openingRole: false });
  }
  if (nameText) {
    mention.kind = 'person';
    mention.name = nameText;
    mention.role = roleClean || appositionRole || undefined;
    if (!mention.role) mention.role = undefined;
    return { mention, next };
  }
  mention.kind = anaphor || head.kind === 'description' ? 'anaphor' : 'role';
  if (head.kind === 'description' && !anaphor) return null;
  roleOnly = true;
  mention.role = labelText;
  if (appositionRole) mention.role = appositionRole;
  return { mention, next };
}

/** Dotted titles at the head of a name, dropped from it: "dr. Siti" is Siti. */
const TITLE_PREFIX = /^(?:(?:dr|drg|Dr|Prof|prof|Ir|H|Hj|KH|Drs|Dra)\.\s*)+/u;

function stripTitles(name: string): string {
  return name.replace(TITLE_PREFIX, '').replace(/,\s*$/u, '').trim();
}

/** "Kepala Dinas Kesehatan Kota Bogor dr." → "Kepala Dinas Kesehatan Kota Bogor". */
function stripTrailingTitles(
  role: string,
  tokens: readonly Token[],
  from: number,
  nameStart: number,
): string {
  let cut = nameStart;
  while (cut > from) {
    const t = tokens[cut - 1];
    if (!t) break;
    // A rank's "(P)" or "(Purn)" goes with the rank; "(KSPI)" stays with the body it names.
    const rankParen =
      t.text === ')' &&
      tokens[cut - 3]?.text === '(' &&
      (tokens[cut - 2]?.text.length ?? 9) <= 4 &&
      (R.rankQualifiers.has(tokens[cut - 4]?.lower ?? '') ||
        R.titles.has(tokens[cut - 4]?.lower ?? ''));
    if (rankParen) {
      cut -= 3;
      continue;
    }
    if (
      t.text === '.' ||
      (t.type === 'word' &&
        (R.titles.has(t.lower) || R.rankQualifiers.has(t.lower) || R.namingWords.has(t.lower)))
    ) {
      cut--;
      continue;
    }
    break;
  }
  const last = tokens[cut - 1];
  const firstToken = tokens[from];
  if (!last || !firstToken || cut <= from) return '';
  return role.slice(0, last.end - firstToken.start).trim();
}
