import { compact } from '../arrays.ts';
import type { DirectQuote } from './directQuotes.ts';
import { QUOTE_RULES as R } from './quoteRules.ts';
import { chunkMention, newMention, type Mention } from './speakerMentions.ts';
import { LEX, lexOf, ROLE_START } from './lexicon.ts';
import { splitTokenSentences, tokenize, type Token } from './tokens.ts';

/** A stretch that someone said: a direct quotation (by its index) or reported content. */
export interface ContentSpan {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  /** Index into the paragraph's direct quotations; -1 for reported content. */
  quote: number;
}

/**
 * One attribution: who (a mention, or null to inherit from the speaker around it) said what.
 * Claims of one sentence that share a subject share the same Mention object.
 */
export interface Claim {
  at: number;
  mention: Mention | null;
  spans: ContentSpan[];
  /** "Hal itu disampaikan X": X said what came before, in this paragraph or the last. */
  pointsBack: boolean;
}

/** What the attribution rules found in one paragraph, in text order. */
export type SpeechEvent =
  { type: 'claim'; claim: Claim } | { type: 'mention'; mention: Mention; subject: boolean };

/** Words that open a new clause: a subject is looked for after them, never across them. */
const CLAUSE_BREAK_WORDS = new Set([
  'bahwa',
  'yang',
  'karena',
  'sementara',
  'sedangkan',
  'namun',
  'tetapi',
  'setelah',
  'ketika',
  'saat',
  'sebelum',
  'sehingga',
  'agar',
  'jika',
  'meski',
  'meskipun',
  'walaupun',
  'hingga',
  'sejak',
  'that',
  'while',
  'after',
  'before',
  'when',
  'because',
  'although',
  'but',
]);
/** A parenthetical between a subject and its verb that is neither a name nor a role. */
const ASIDE_OPENERS = new Set([
  'yang',
  'saat',
  'ketika',
  'dalam',
  'usai',
  'seusai',
  'kepada',
  'di',
  'pada',
  'dihubungi',
  'ditemui',
  'dikonfirmasi',
  'secara',
  'melalui',
  'lewat',
  'sambil',
  'seraya',
  'kemarin',
  'tadi',
  'sebelumnya',
  'who',
  'when',
  'speaking',
  'in',
  'on',
  'at',
]);
/** After a verb, a phrase of place, time or addressee before the content: "kepada wartawan, …". */
const ADVERBIAL_OPENERS = new Set([
  'kepada',
  'dalam',
  'saat',
  'ketika',
  'di',
  'pada',
  'usai',
  'seusai',
  'melalui',
  'lewat',
  'dengan',
  'secara',
  'sambil',
  'seraya',
  'kemarin',
  'tadi',
  'sebelumnya',
  'juga',
  'pun',
  'lebih',
  'lanjut',
  'to',
  'in',
  'at',
  'on',
  'during',
  'after',
  'also',
  'later',
  'earlier',
  'yesterday',
]);
/** An adverbial phrase this long at most is skipped to find the content after it. */
const ADVERBIAL_MAX_TOKENS = 14;
/** A subject is looked for this many tokens back from its verb at most (keeps the rules linear). */
const SUBJECT_MAX_TOKENS = 24;
/** At most this many parentheticals ("Budi, Kamis (2/5), yang dihubungi, mengatakan") are hopped. */
const MAX_ASIDES = 3;
/** A parenthetical that opens with a number is a date or an age: "Kamis (2/5)". */
const STARTS_WITH_NUMBER = /^\p{N}/u;
/** The possessive "-nya" of a mention's head, spelled out with whose it is. */
const POSSESSIVE_NYA = /(\p{L}+)nya(?=\P{L}|$)/u;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

function cueBase(lower: string): { base: string; nya: boolean } {
  if (lower.endsWith('nya') && lower.length > 4) return { base: lower.slice(0, -3), nya: true };
  return { base: lower, nya: false };
}

function matchesSequence(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  // A loop, not words.every(): its callback was a closure made on every comma of the narration.
  for (let n = 0; n < words.length; n++) if (tokens[k + n]?.lower !== words[n]) return false;
  return true;
}

/** The relay phrase starting at `k` ("seperti dikutip", "mengutip"), as its number of tokens. */
function relayAt(tokens: readonly Token[], k: number): { length: number; citing: boolean } | null {
  for (const opener of R.relayOpeners) {
    if (matchesSequence(tokens, k, opener)) {
      return { length: opener.length, citing: R.citingVerbs.has(opener[0] ?? '') };
    }
  }
  return null;
}

interface Reader {
  text: string;
  tokens: Token[];
  quotes: readonly DirectQuote[];
  events: SpeechEvent[];
  claimed: Set<number>;
}

function pronounMention(token: Token): Mention {
  const mention = newMention(token.start, token.end, 'pronoun', token.text);
  mention.possessive = true;
  return mention;
}

/**
 * The subject of the verb at `k`: the mention that ends right before it, past adverbs ("juga",
 * "telah lama") and parentheticals that are neither name nor role ("Budi, Kamis (2/5/2024),
 * mengatakan"; "Budi Santoso, yang dihubungi terpisah, mengatakan").
 */
export function findSubject(
  reader: Pick<Reader, 'text' | 'tokens'>,
  k: number,
  first: number,
): Mention | null {
  const { tokens } = reader;
  let j = k - 1;
  // "Juru bicara Kemenhub, Adita Irawati: "…"": a colon between speaker and quotation.
  if (tokens[k]?.type === 'quote' && tokens[j]?.text === ':') j--;
  while (j >= first) {
    const t = tokens[j];
    if (!isWord(t) || ((lexOf(t) & LEX.adverbs) === 0 && t.lower !== 'yang')) break;
    j--;
  }
  if (j < first) return null;
  for (let hop = 0; hop < MAX_ASIDES && tokens[j]?.text === ','; hop++) {
    let p = j - 1;
    while (p >= first && tokens[p]?.text !== ',' && j - p < SUBJECT_MAX_TOKENS) p--;
    if (p < first || tokens[p]?.text !== ',') return null;
    const opener = tokens[p + 1];
    const aside =
      opener !== undefined &&
      (ASIDE_OPENERS.has(opener.lower) ||
        R.dayNames.has(opener.lower) ||
        STARTS_WITH_NUMBER.test(opener.text) ||
        opener.text === '(');
    if (aside) {
      j = p - 1;
      continue;
    }
    // A name or a role between commas belongs to the subject: the mention reads it as apposition.
    j = j - 1;
    break;
  }
  if (j < first) return null;
  let s = j;
  while (s - 1 >= first && j - s < SUBJECT_MAX_TOKENS) {
    const before = tokens[s - 1];
    if (!before) break;
    if (before.type === 'quote') break;
    if (
      before.type === 'punct' &&
      before.text !== ',' &&
      before.text !== '(' &&
      before.text !== ')' &&
      before.text !== '.'
    )
      break;
    if (
      before.type === 'punct' &&
      (before.text === '.' || before.text === '(' || before.text === ')')
    ) {
      s--;
      continue;
    }
    if (before.text === ',') {
      // A comma inside the subject is an apposition ("Robert Wood, duta besar AS"); one after an
      // opening adverbial ("Jumat lalu, …") ends the search. The mention reader decides below.
      s--;
      continue;
    }
    if (CLAUSE_BREAK_WORDS.has(before.lower) && before.lower !== 'yang') break;
    s--;
  }
  const whole = mentionEndingAt(reader, s, j + 1);
  if (whole) return whole;
  // A relative clause or an adverbial between subject and verb, without commas: "Seorang pejabat
  // Mesir yang mengetahui perundingan mengatakan", "Bank Indonesia dalam keterangannya menyatakan".
  for (let m = s + 1; m <= j; m++) {
    const t = tokens[m];
    if (!t || t.type !== 'word' || !(t.lower === 'yang' || ASIDE_OPENERS.has(t.lower))) continue;
    const before = mentionEndingAt(reader, s, tokens[m - 1]?.text === ',' ? m - 1 : m);
    if (before) return before;
  }
  return null;
}

/** The mention that starts at or after `s` and ends exactly before `end`, if any. */
function mentionEndingAt(
  reader: Pick<Reader, 'text' | 'tokens'>,
  s: number,
  end: number,
): Mention | null {
  const { tokens, text } = reader;
  for (let st = s; st < end; st++) {
    const t = tokens[st];
    if (!t || t.type !== 'word') continue;
    if ((lexOf(t) & (LEX.connectives | LEX.roleHeads)) === LEX.connectives) continue;
    const read = chunkMention(text, tokens, st, end);
    if (read && read.next === end) return read.mention;
    // A mention that stops short ends where the next may start: each token is read once or twice.
    if (read && read.next > st + 1) st = read.next - 2;
  }
  return null;
}

/** "hal itu", "hal tersebut", "demikian" right after a verb: what was said came before. */
function pointsBack(tokens: readonly Token[], m: number): boolean {
  const a = tokens[m]?.lower ?? '';
  const b = tokens[m + 1]?.lower ?? '';
  return (a === 'hal' && R.anaphoricDeterminers.has(b)) || a === 'demikian' || a === 'begitu';
}

/** Whether the words from `from` to `to` make a clause: a verb or an auxiliary among them. */
function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    const t = tokens[m];
    if (t?.type !== 'word' || R.notVerbs.has(t.lower)) continue;
    if (R.clauseWords.has(t.lower) || R.clauseVerb.test(t.lower)) return true;
  }
  return false;
}

function wordsIn(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let m = from; m < to; m++) if (tokens[m]?.type === 'word') n++;
  return n;
}

/** Trims a content range to words and quotations: no leading complementiser, no trailing comma. */
function trimRange(tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b) {
    const t = tokens[a];
    if (!t) break;
    if (t.type === 'punct' && t.text !== '(') a++;
    else if (t.type === 'word' && R.complementisers.has(t.lower)) a++;
    else break;
  }
  while (b > a) {
    const t = tokens[b - 1];
    if (!t || t.type !== 'punct' || t.text === ')') break;
    b--;
  }
  return [a, b];
}

/** The narration from `runStart` to `runEnd`, as reported content if it says enough. */
function pushReported(
  spans: ContentSpan[],
  tokens: readonly Token[],
  runStart: number,
  runEnd: number,
  quoted: boolean,
  minWords: number,
): void {
  const [a, b] = trimRange(tokens, runStart, runEnd);
  // Beside a quotation, narration is reported only when it is a clause of its own: not the
  // object in "menyebut rencana itu "terburu-buru"" nor "latihan itu sebagai "…"".
  const enough = quoted ? hasClause(tokens, a, b) : true;
  if (b > a && enough && wordsIn(tokens, a, b) >= minWords) {
    const first = tokens[a];
    const last = tokens[b - 1];
    if (first && last)
      spans.push({ start: first.start, end: last.end, kind: 'indirect', quote: -1 });
  }
}

/**
 * Splits a content range into spans: each quotation its own direct span, the narration
 * between them reported (when it has words enough).
 */
function contentSpans(reader: Reader, from: number, to: number, minWords: number): ContentSpan[] {
  const { tokens } = reader;
  const spans: ContentSpan[] = [];
  let runStart = from;
  let quoted = false;
  for (let m = from; m < to && !quoted; m++) quoted = tokens[m]?.type === 'quote';
  for (let m = from; m < to; m++) {
    const t = tokens[m];
    if (!t || t.type !== 'quote') continue;
    pushReported(spans, tokens, runStart, m, quoted, minWords);
    runStart = m + 1;
    if (!reader.claimed.has(m) && !reader.quotes[t.quote]?.notSpeech) {
      reader.claimed.add(m);
      spans.push({ start: t.start, end: t.end, kind: 'direct', quote: t.quote });
    }
  }
  pushReported(spans, tokens, runStart, to, quoted, minWords);
  return compact(spans);
}

/** The end of the content that starts at `from`: the next cue's comma, a relay phrase, or the end. */
function contentEnd(
  reader: Reader,
  from: number,
  end: number,
  cueAt: ReadonlyMap<number, CueKind>,
): { end: number; relay: { at: number; length: number; citing: boolean } | null } {
  const { tokens } = reader;
  for (let m = from; m < end; m++) {
    const t = tokens[m];
    if (!t) break;
    if (t.text === ',' || t.text === ';') {
      const relay = relayAt(tokens, m + 1);
      if (relay) return { end: m, relay: { at: m + 1, ...relay } };
      if (cueAt.has(m + 1)) return { end: m, relay: null };
    }
  }
  return { end, relay: null };
}

/** Skips, after a verb, what is not yet the content: adverbs, "kepada wartawan,", a colon, "bahwa". */
function contentStart(tokens: readonly Token[], from: number, end: number): number {
  let m = from;
  // "juga", "pun" belong to the verb; "belum pernah" belongs to what was said.
  while (m < end && isWord(tokens[m]) && R.verbParticles.has(tokens[m]?.lower ?? '')) m++;
  const t = tokens[m];
  if (t && t.type === 'word' && ADVERBIAL_OPENERS.has(t.lower)) {
    for (let n = m + 1; n < end && n < m + ADVERBIAL_MAX_TOKENS; n++) {
      const u = tokens[n];
      if (u?.type === 'quote') break;
      if (u?.text === ',' || u?.text === ':') return n + 1;
      if (u?.type === 'word' && R.complementisers.has(u.lower)) return n;
    }
  }
  return m;
}

function isPostCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  const lower = t.lower;
  if (!R.postCues.has(lower) && !(lower.endsWith('nya') && R.postCues.has(lower.slice(0, -3))))
    return false;
  const prev = tokens[k - 1];
  if (!prev) return false;
  if (prev.type === 'quote' || prev.text === ',') return true;
  return prev.lower === 'demikian' || prev.lower === 'begitu' || prev.lower === 'seperti';
}

type CueKind = 'post' | 'verb' | 'weak' | 'according' | 'passive';

function cueKindAt(tokens: readonly Token[], k: number, first: number): CueKind | null {
  const t = tokens[k];
  if (!t || t.type !== 'word' || (lexOf(t) & LEX.cue) === 0) return null;
  if (isPostCue(tokens, k)) return 'post';
  if (R.speechVerbs.has(t.lower)) return 'verb';
  if (R.weakSpeechVerbs.has(t.lower)) return 'weak';
  if (t.lower === R.accordingTo || t.lower === `${R.accordingTo}nya`) return 'according';
  // "Kata Adita, …" at the head of a sentence reads like "Menurut Adita, …".
  if (k === first && R.sentenceInitialCues.has(t.lower)) return 'according';
  if (R.passiveCues.has(t.lower)) {
    for (let m = first; m < k; m++) {
      const u = tokens[m];
      if (!u || (u.type === 'word' && !R.passiveSubjects.has(u.lower) && !R.adverbs.has(u.lower)))
        return null;
    }
    return 'passive';
  }
  return null;
}

/** "…" followed by a post cue ("…," kata X) is claimed by that cue, not by a subject before it. */
function quoteHasPostCue(tokens: readonly Token[], m: number): boolean {
  if (isPostCue(tokens, m + 1)) return true;
  return tokens[m + 1]?.text === ',' && isPostCue(tokens, m + 2);
}

/** The mention that opens the sentence, after connectives ("Sementara itu, …"), if it names someone. */
function sentenceSubject(reader: Reader, first: number, end: number): Mention | null {
  let st = first;
  while (
    st < end &&
    (reader.tokens[st]?.type === 'punct' || R.connectives.has(reader.tokens[st]?.lower ?? ''))
  )
    st++;
  const read = chunkMention(reader.text, reader.tokens, st, end);
  return read && read.mention.kind !== 'anaphor' ? read.mention : null;
}

/**
 * "…, kata salah satu perwakilannya": whose representative is the sentence's subject, so the
 * mention is spelled out as "perwakilan Korea Utara" and can meet its later mentions.
 */
function spellOutPossessor(reader: Reader, mention: Mention, first: number, end: number): void {
  let st = first;
  while (
    st < end &&
    (reader.tokens[st]?.type === 'punct' || R.connectives.has(reader.tokens[st]?.lower ?? ''))
  )
    st++;
  const read = chunkMention(reader.text, reader.tokens, st, end, { apposition: false });
  if (!read || read.mention.start === mention.start || read.mention.kind === 'pronoun') return;
  const owner = read.mention;
  mention.label = mention.label.replace(POSSESSIVE_NYA, `$1 ${owner.label}`);
  mention.proper = [...mention.proper, ...owner.proper];
  mention.rewritten = true;
}

/**
 * Records a claim of the sentence from token `first` to `end`; a possessive speaker
 * ("perwakilannya") is spelled out first.
 *
 * This and the other helpers of the readers are functions of the module, not closures made in
 * each call: a closure is an allocation per sentence, and under tsx (esbuild with keepNames)
 * each named one also costs an Object.defineProperty call; together they were a tenth of the
 * parser's time.
 */
function addClaim(reader: Reader, claims: Claim[], first: number, end: number, claim: Claim): void {
  if (claim.mention?.possessive && claim.mention.kind !== 'pronoun')
    spellOutPossessor(reader, claim.mention, first, end);
  claims.push(claim);
  reader.events.push({ type: 'claim', claim });
}

/** The speaker of the sentence's latest claim that names one. */
function lastMention(claims: readonly Claim[]): Mention | null {
  for (let n = claims.length - 1; n >= 0; n--) {
    const m = claims[n]?.mention;
    if (m) return m;
  }
  return null;
}

const NO_CUES: ReadonlyMap<number, CueKind> = new Map();

function readSentence(reader: Reader, first: number, end: number): void {
  const { tokens, text } = reader;
  // The cues of the sentence by token index; where the next cue starts also ends content. A map
  // only for a sentence with a cue: most have none.
  let found: Map<number, CueKind> | undefined;
  for (let k = first; k < end; k++) {
    const kind = cueKindAt(tokens, k, first);
    if (kind) (found ??= new Map()).set(k, kind);
  }
  const kinds: ReadonlyMap<number, CueKind> = found ?? NO_CUES;
  const claims: Claim[] = [];
  let regionStart = first;

  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.type === 'quote') {
      if (reader.claimed.has(k) || reader.quotes[t.quote]?.notSpeech || quoteHasPostCue(tokens, k))
        continue;
      // A subject right before a partial quotation: Pemerintah "mengutuk keras" Korea Utara. After
      // a colon, the subject of the verb before it: Euis menimpali: "…".
      const verb = tokens[k - 2];
      const colonVerb =
        tokens[k - 1]?.text === ':' && verb?.type === 'word' && !verb.capital ? k - 2 : -1;
      const subject =
        colonVerb > first
          ? findSubject(reader, colonVerb, regionStart)
          : k > first
            ? findSubject(reader, k, regionStart)
            : null;
      if ((subject && subject.kind !== 'pronoun') || (subject?.kind === 'pronoun' && k > first)) {
        reader.claimed.add(k);
        addClaim(reader, claims, first, end, {
          at: t.start,
          mention: subject,
          spans: [{ start: t.start, end: t.end, kind: 'direct', quote: t.quote }],
          pointsBack: false,
        });
        regionStart = k + 1;
      }
      continue;
    }
    const kind = kinds.get(k);
    if (!kind) continue;

    if (kind === 'post') {
      const { nya } = cueBase(t.lower);
      const read = nya && !R.postCues.has(t.lower) ? null : chunkMention(text, tokens, k + 1, end);
      if (!nya && !read) continue;
      const mention = read ? read.mention : pronounMention(t);
      if (mention.kind === 'pronoun' && R.answerCues.has(cueBase(t.lower).base))
        mention.answers = true;
      let hasQuote = false;
      for (let m = regionStart; m < k && !hasQuote; m++)
        hasQuote = tokens[m]?.type === 'quote' && !reader.claimed.has(m);
      let spans: ContentSpan[];
      if (hasQuote) {
        spans = [];
        for (let m = regionStart; m < k; m++) {
          const u = tokens[m];
          if (u?.type === 'quote' && !reader.claimed.has(m) && !reader.quotes[u.quote]?.notSpeech) {
            reader.claimed.add(m);
            spans.push({ start: u.start, end: u.end, kind: 'direct', quote: u.quote });
          }
        }
      } else {
        spans = contentSpans(reader, regionStart, k, R.reportedMinWords);
      }
      addClaim(reader, claims, first, end, { at: t.start, mention, spans, pointsBack: false });
      regionStart = read ? read.next : k + 1;
      k = regionStart - 1;
      continue;
    }

    if (kind === 'according') {
      const takesName = !t.lower.endsWith('nya');
      const read = takesName ? chunkMention(text, tokens, k + 1, end) : null;
      if (takesName && !read) continue;
      const mention = read ? read.mention : pronounMention(t);
      const after = read ? read.next : k + 1;
      const atStart = wordsIn(tokens, regionStart, k) === 0 || tokens[k - 1]?.text !== ',';
      let spans: ContentSpan[];
      if (atStart) {
        const { end: stop } = contentEnd(reader, after, end, kinds);
        spans = contentSpans(reader, after, stop, R.reportedMinWords);
        regionStart = stop;
      } else {
        spans = contentSpans(reader, regionStart, k, R.reportedMinWords);
        regionStart = after;
      }
      addClaim(reader, claims, first, end, { at: t.start, mention, spans, pointsBack: false });
      k = Math.max(k, regionStart - 1);
      continue;
    }

    if (kind === 'passive') {
      let m = k + 1;
      if (tokens[m]?.lower === 'oleh') m++;
      const read = chunkMention(text, tokens, m, end);
      if (!read) continue;
      addClaim(reader, claims, first, end, {
        at: t.start,
        mention: read.mention,
        spans: [],
        pointsBack: true,
      });
      regionStart = read.next;
      k = regionStart - 1;
      continue;
    }

    // A verb of saying: the subject before it, the content after it.
    let before = k - 1;
    let negated = false;
    while (
      before >= first &&
      isWord(tokens[before]) &&
      (R.adverbs.has(tokens[before]?.lower ?? '') || R.negations.has(tokens[before]?.lower ?? ''))
    ) {
      if (R.negations.has(tokens[before]?.lower ?? '')) negated = true;
      before--;
    }
    if (negated) continue;
    const participial = tokens[before]?.text === ',' && claims.length > 0;
    let mention = participial
      ? lastMention(claims)
      : findSubject(reader, k, Math.max(first, regionStart - 1 > first ? regionStart : first));
    if (!mention && tokens[before]?.text === ',') mention = lastMention(claims);
    // "X mengecam latihan itu dan mengatakan …": a second verb shares the sentence's subject.
    if (!mention && R.coordinators.has(tokens[before]?.lower ?? ''))
      mention = lastMention(claims) ?? sentenceSubject(reader, first, end);
    if (!mention) continue;
    const from = contentStart(tokens, k + 1, end);
    if (pointsBack(tokens, from)) {
      // "Pramono mengungkapkan hal itu kepada wartawan": he said what came before.
      addClaim(reader, claims, first, end, { at: t.start, mention, spans: [], pointsBack: true });
      regionStart = end;
      k = end;
      continue;
    }
    const { end: stop, relay } = contentEnd(reader, from, end, kinds);
    const complement = R.complementisers.has(tokens[from]?.lower ?? '');
    const weakEnough =
      kind === 'verb' ||
      complement ||
      tokens[from]?.type === 'quote' ||
      (wordsIn(tokens, from, stop) >= R.weakSpeechMinWords && hasClause(tokens, k + 1, stop));
    const spans = weakEnough ? contentSpans(reader, from, stop, R.reportedMinWords) : [];
    if (relay) {
      const source = chunkMention(text, tokens, relay.at + relay.length, end);
      if (source && relay.citing && mention.outlet && !source.mention.outlet) {
        // "Yonhap melaporkan …, mengutip sumber pemerintah": the source spoke, the outlet relayed.
        reader.events.push({ type: 'mention', mention, subject: true });
        mention = source.mention;
      }
    }
    addClaim(reader, claims, first, end, {
      at: t.start,
      mention,
      spans,
      pointsBack: false,
    });
    regionStart = stop;
    k = Math.max(k, stop - 1);
  }

  // Quotations no cue claimed: the speaker of the sentence, else the one around (resolved later).
  const speaking = claims.filter((c) => c.mention).sort((a, b) => a.at - b.at);
  // Made only when a quotation joins a claim: most sentences have none left over.
  let grown: Set<Claim> | undefined;
  let o = 0;
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'quote' || reader.claimed.has(k) || reader.quotes[t.quote]?.notSpeech)
      continue;
    reader.claimed.add(k);
    const span: ContentSpan = { start: t.start, end: t.end, kind: 'direct', quote: t.quote };
    while (o + 1 < speaking.length && (speaking[o + 1]?.at ?? Infinity) <= t.start) o++;
    const owner = speaking[o];
    if (owner) {
      owner.spans.push(span);
      (grown ??= new Set()).add(owner);
    } else {
      addClaim(reader, claims, first, end, {
        at: t.start,
        mention: null,
        spans: [span],
        pointsBack: false,
      });
    }
  }
  if (grown) for (const c of grown) c.spans.sort((a, b) => a.start - b.start);

  // The sentence's subject, when it names someone, is who a later "-nya" or "ia" may mean.
  if (claims.length === 0) {
    let st = first;
    while (st < end && isWord(tokens[st]) && R.connectives.has(tokens[st]?.lower ?? '')) st++;
    const read = chunkMention(text, tokens, st, end);
    if (read && read.mention.kind !== 'pronoun' && read.mention.kind !== 'anaphor') {
      reader.events.push({ type: 'mention', mention: read.mention, subject: true });
    }
  }
}

/** Role and name mentions anywhere in the narration, so that "utusan tersebut" finds "duta besar Moskow". */
/** A word written like a name (capital, then lower case): "Ginting", not "KPK". */
const NAME_LIKE = /^\p{Lu}\p{Ll}/u;

/** Words that are never part of a person's full name (isNameStart). */
const NOT_IN_NAME =
  LEX.officeWords |
  LEX.places |
  LEX.institutionHeads |
  LEX.connectives |
  LEX.dayNames |
  LEX.outletNames;

/** Two capitalised words that are neither office, place nor connective: a person's full name. */
function isNameStart(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  const before = tokens[k - 1];
  if (!a || !b || !a.capital || !b.capital || before?.capital) return false;
  for (const t of [a, b]) {
    if (t.type !== 'word' || !NAME_LIKE.test(t.text)) return false;
    if ((lexOf(t) & NOT_IN_NAME) !== 0) return false;
  }
  return true;
}

function readObjectMentions(reader: Reader): void {
  const { tokens, text } = reader;
  // The mentions themselves, not copies of their spans: only start and end are read.
  const taken: Mention[] = [];
  for (const e of reader.events) {
    const m = e.type === 'claim' ? e.claim.mention : e.mention;
    if (m) taken.push(m);
  }
  taken.sort((a, b) => a.end - b.end);
  let next = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word') continue;
    // A role ("duta besar Moskow") or a full name ("Anthony Sinisuka Ginting"), for later mentions.
    const role = (lexOf(t) & ROLE_START) !== 0;
    const fullName = !role && k > 0 && isNameStart(tokens, k);
    if (!role && !fullName) continue;
    while (next < taken.length && (taken[next]?.end ?? 0) <= t.start) next++;
    const cover = taken[next];
    if (cover && t.start >= cover.start && t.start < cover.end) continue;
    const read = chunkMention(text, tokens, k, tokens.length);
    if (read && (read.mention.kind === 'role' || read.mention.kind === 'person')) {
      reader.events.push({ type: 'mention', mention: read.mention, subject: false });
      k = read.next - 1;
    }
  }
}

/**
 * Reads one Indonesian paragraph: every cue of speech, with who said what, in text order.
 * `contentFrom` skips a dateline ("PBB -") so it is never part of what was said.
 */
export function readIndonesianParagraph(
  text: string,
  quotes: readonly DirectQuote[],
  contentFrom = 0,
): SpeechEvent[] {
  const all = tokenize(text, quotes);
  const tokens = contentFrom > 0 ? all.filter((t) => t.start >= contentFrom) : all;
  const reader: Reader = { text, tokens, quotes, events: [], claimed: new Set() };
  for (const sentence of splitTokenSentences(tokens))
    readSentence(reader, sentence.first, sentence.end);
  readObjectMentions(reader);
  reader.events.sort((a, b) => eventAt(a) - eventAt(b));
  return reader.events;
}

function eventAt(event: SpeechEvent): number {
  return event.type === 'claim'
    ? (event.claim.mention?.start ?? event.claim.at)
    : event.mention.start;
}
