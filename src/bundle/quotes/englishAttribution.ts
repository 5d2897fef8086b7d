import type { DirectQuote } from './directQuotes.ts';
import { LEX, lexOf } from './lexicon.ts';
import { ENGLISH_LEADING_DETERMINERS, QUOTE_RULES as R } from './quoteRules.ts';
import type { ContentSpan } from './reportedSpeech.ts';
import { splitTokenSentences, tokenize, type Token } from './tokens.ts';

/** Who the gloss says spoke: what it calls them, and their name and role when it gives them. */
export interface GlossMention {
  label: string;
  name?: string;
  role?: string;
  pronoun: boolean;
}

export interface GlossClaim {
  at: number;
  mention: GlossMention | null;
  spans: ContentSpan[];
}

/** Words that end an English speaker mention: where, when or to whom it was said, or a new clause. */
const STOPS = new Set([
  'at',
  'on',
  'in',
  'during',
  'after',
  'before',
  'while',
  'with',
  'from',
  'that',
  'this',
  'last',
  'earlier',
  'later',
  'yesterday',
  'today',
  'when',
  'who',
  'which',
  'and',
  'but',
  'as',
  'by',
  'about',
  'because',
  'if',
]);
/** Prepositions inside an English role: "ambassador to the UN", "head of the office". */
const LINKERS = new Set(['of', 'to', 'for']);
/** Prepositions inside a role only before a body: "at the United Nations", "in the police". */
const PLACE_LINKERS = new Set(['at', 'in']);
/** Verbs that may come before their speaker: "…," said Wood. */
const INVERTING_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'asked',
  'asks',
  'wrote',
  'writes',
  'continued',
  'explained',
  'noted',
  'insisted',
  'stressed',
  'recalled',
  'replied',
  'concluded',
]);
/** Before a post-verb subject, a clause of this many words is what was reported: "X did Y, an official said". */
const REPORTED_CLAUSE_MIN_WORDS = 4;
/** English pronouns that stand for a speaker named earlier. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
/** Words between an English subject and its verb: "Seoul and Washington have long claimed". */
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'also',
  'then',
  'later',
  'earlier',
  'again',
  'previously',
  'repeatedly',
  'long',
  'already',
  'once',
  'further',
  'recently',
  'reportedly',
  'separately',
  'publicly',
  'firmly',
  'officially',
  'not',
  'did',
  'does',
  'was',
  'were',
  'is',
  'be',
  'been',
  'would',
  'will',
]);
/** ", urging that …": a participle goes on with the sentence's speaker. */
const PARTICIPLES = new Set([
  'urging',
  'claiming',
  'calling',
  'saying',
  'adding',
  'stressing',
  'warning',
  'noting',
  'explaining',
  'insisting',
  'arguing',
]);
/** Verbs with an addressee before the content: "told reporters that …". */
const ADDRESSEE_VERBS = new Set([
  'told',
  'tells',
  'urged',
  'urges',
  'asked',
  'asks',
  'warned',
  'called',
  'calls',
  'calling',
  'urging',
]);
/** Titles before an English name, dropped from it: "Dr. Siti Rahmawati" is Siti Rahmawati. */
const ENGLISH_TITLES = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Gen|Col|Capt|Lt)\.?\s+)+/u;
/** A capitalised word that may be part of an English name. */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** An English mention is read over this many tokens at most (keeps the reading linear). */
const MAX_MENTION_TOKENS = 14;
/** A subject is read from at most this many clause boundaries back (keeps the reading linear). */
const MAX_SUBJECT_TRIES = 4;

const NOT_WORD = /[^\p{L}.]+/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

function isOutlet(label: string): boolean {
  return label
    .toLowerCase()
    .split(NOT_WORD)
    .some((w) => R.outletNames.has(w) || R.outletHeads.has(w));
}

function isSpeechVerb(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && (lexOf(t) & LEX.englishSpeechVerbs) !== 0;
}

function isNameWord(t: Token): boolean {
  return (
    t.type === 'word' &&
    NAME_WORD.test(t.text) &&
    (lexOf(t) & (LEX.officeWords | LEX.places | LEX.institutionHeads | LEX.roleHeads)) === 0 &&
    !ALL_CAPITALS.test(t.text)
  );
}

/** Reads an English speaker mention from `i` to no further than `end`. */
function chunkGloss(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
): { mention: GlossMention; next: number } | null {
  const first = tokens[i];
  if (!first || first.type !== 'word') return null;
  if (PRONOUNS.has(first.lower)) {
    return { mention: { label: first.text, pronoun: true }, next: i + 1 };
  }
  let j = i;
  let lastWord = -1;
  while (j < end && j < i + MAX_MENTION_TOKENS) {
    const t = tokens[j];
    if (!t || t.type === 'quote') break;
    if (t.type === 'punct') {
      if ((t.text === '(' || t.text === ')' || t.text === '.') && lastWord >= 0) {
        j++;
        continue;
      }
      break;
    }
    if (LINKERS.has(t.lower) || PLACE_LINKERS.has(t.lower)) {
      const next = tokens[j + 1];
      if (!next || next.type !== 'word' || isSpeechVerb(next)) break;
      // "at the United Nations" and "in the police" belong to a role; "at a committee meeting"
      // is where it was said.
      const after = next.lower === 'the' ? tokens[j + 2] : next;
      const body = after?.capital || R.institutionHeads.has(after?.lower ?? '');
      if (PLACE_LINKERS.has(t.lower) && !body) break;
      j++;
      continue;
    }
    if (t.lower === 'and' && lastWord >= 0 && tokens[j - 1]?.capital && tokens[j + 1]?.capital) {
      j++;
      continue;
    }
    if (
      isSpeechVerb(t) ||
      AUXILIARIES.has(t.lower) ||
      STOPS.has(t.lower) ||
      R.dayNames.has(t.lower)
    )
      break;
    lastWord = j;
    j++;
  }
  if (lastWord < 0) return null;
  // Trailing closing parenthesis belongs with "(UN)"; trailing dots do not.
  let stop = lastWord + 1;
  while (stop < j && tokens[stop]?.text === ')') stop++;
  const a = tokens[i];
  const b = tokens[stop - 1];
  if (!a || !b) return null;
  const raw = text.slice(a.start, b.end);
  const label = raw.replace(ENGLISH_LEADING_DETERMINERS, '').trim();
  if (label === '') return null;
  const words = tokens.slice(i, stop).filter((t) => t.type === 'word');
  const mention: GlossMention = { label, pronoun: false };
  let run = words.length;
  for (let w = words[run - 1]; run > 0 && w && isNameWord(w); w = words[run - 1]) run--;
  // Capitals after "of", "to" or "the" name a body, not the speaker: "the head of Jati District".
  const beforeRun = words[run - 1]?.lower ?? '';
  if (run > 0 && (LINKERS.has(beforeRun) || PLACE_LINKERS.has(beforeRun) || beforeRun === 'the'))
    run = words.length;
  if (run < words.length) {
    const from = words[run];
    if (from)
      mention.name = text
        .slice(from.start, b.end)
        .replace(/[().]+$/u, '')
        .replace(ENGLISH_TITLES, '')
        .trim();
    if (run > 0 && words[0]) {
      const role = text.slice(a.start, from?.start ?? a.start).trim();
      const cleaned = role.replace(ENGLISH_LEADING_DETERMINERS, '').trim();
      if (cleaned) mention.role = cleaned;
    }
  }
  // An apposition: "Robert Wood, the US ambassador to the UN," or "…, Robert Wood,".
  let next = stop;
  if (tokens[next]?.text === ',') {
    const inner = chunkGloss(text, tokens, next + 1, end);
    const after = inner ? tokens[inner.next] : undefined;
    if (inner && !inner.mention.pronoun && (after?.text === ',' || isSpeechVerb(after) || !after)) {
      if (mention.name && !inner.mention.name) {
        mention.role = inner.mention.label;
        next = inner.next;
      } else if (!mention.name && inner.mention.name) {
        mention.role = mention.label;
        mention.name = inner.mention.name;
        next = inner.next;
      }
    }
  }
  return { mention, next };
}

/** Words after which an English subject may start. */
const BOUNDARY_WORDS = new Set(['that', 'and', 'but', 'while', 'when', 'as', 'after', 'because']);

function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.type === 'quote') return true;
  if (t.type === 'punct')
    return (
      t.text === ',' ||
      t.text === ':' ||
      t.text === ';' ||
      t.text === '-' ||
      t.text === '—' ||
      t.text === '–'
    );
  return BOUNDARY_WORDS.has(t.lower);
}

/**
 * The subject that ends right before the verb at `k`: read from the furthest clause boundary
 * that gives a mention reaching the verb, so "Robert Wood, the US ambassador to the UN, told"
 * keeps its apposition and "Last Friday, Seoul's spy agency said" drops the time.
 */
export function subjectBefore(
  text: string,
  tokens: readonly Token[],
  k: number,
  first: number,
): { mention: GlossMention; start: number } | null {
  let j = k - 1;
  while (j >= first && tokens[j]?.type === 'word' && AUXILIARIES.has(tokens[j]?.lower ?? '')) j--;
  if (j < first) return null;
  const end = tokens[j]?.text === ',' ? j : j + 1;
  const starts: number[] = [];
  for (let s = end - 1; s >= first && end - s <= MAX_MENTION_TOKENS; s--) {
    if (s === first || isBoundary(tokens[s - 1])) starts.push(s);
  }
  for (let n = starts.length - 1, tries = 0; n >= 0 && tries < MAX_SUBJECT_TRIES; n--, tries++) {
    const s = starts[n] ?? first;
    if (tokens[s]?.type !== 'word') continue;
    const read = chunkGloss(text, tokens, s, end);
    if (read && read.next === end) return { mention: read.mention, start: s };
  }
  // An aside between subject and verb: "Budi Santoso, contacted separately, said".
  if (tokens[j]?.text === ',') {
    let p = j - 1;
    while (p > first && tokens[p]?.text !== ',' && j - p < MAX_MENTION_TOKENS) p--;
    if (tokens[p]?.text === ',' && p > first) {
      const before = subjectBefore(text, tokens, p + 1, first);
      if (before) return before;
    }
  }
  // A name right before the verb, after a role too long to read: "… economist Mohammad Faisal said".
  let s = end;
  while (s > first && s > end - MAX_MENTION_TOKENS && tokens[s - 1]?.capital) s--;
  if (s < end) {
    const read = chunkGloss(text, tokens, s, end);
    if (read && read.next === end) return { mention: read.mention, start: s };
  }
  return null;
}

/** Content after an English verb: past its addressee ("told reporters"), "that", a colon. */
function glossContentStart(tokens: readonly Token[], k: number, end: number): number {
  let m = k + 1;
  const verb = tokens[k]?.lower ?? '';
  if (ADDRESSEE_VERBS.has(verb)) {
    let n = m;
    while (
      n < end &&
      n < m + MAX_MENTION_TOKENS &&
      tokens[n]?.type === 'word' &&
      !R.englishComplementisers.has(tokens[n]?.lower ?? '')
    )
      n++;
    if (R.englishComplementisers.has(tokens[n]?.lower ?? '')) m = n;
  }
  while (m < end) {
    const t = tokens[m];
    if (!t) break;
    if (t.type === 'punct' && (t.text === ',' || t.text === ':')) m++;
    else if (
      t.type === 'word' &&
      (R.englishComplementisers.has(t.lower) || AUXILIARIES.has(t.lower))
    )
      m++;
    else break;
  }
  return m;
}

/** The narration from `runStart` to `runEnd`, as reported content if it has words enough. */
function pushReported(
  spans: ContentSpan[],
  tokens: readonly Token[],
  runStart: number,
  runEnd: number,
): void {
  let a = runStart;
  let b = runEnd;
  while (a < b && tokens[a]?.type === 'punct') a++;
  while (b > a && tokens[b - 1]?.type === 'punct' && tokens[b - 1]?.text !== ')') b--;
  let words = 0;
  for (let m = a; m < b; m++) if (tokens[m]?.type === 'word') words++;
  const s = tokens[a];
  const e = tokens[b - 1];
  if (words >= R.reportedMinWords && s && e)
    spans.push({ start: s.start, end: e.end, kind: 'indirect', quote: -1 });
}

function spansOf(
  tokens: readonly Token[],
  quotes: readonly DirectQuote[],
  from: number,
  to: number,
  claimed: Set<number>,
): ContentSpan[] {
  const spans: ContentSpan[] = [];
  let runStart = from;
  for (let m = from; m < to; m++) {
    const t = tokens[m];
    if (t?.type !== 'quote') continue;
    pushReported(spans, tokens, runStart, m);
    runStart = m + 1;
    if (!claimed.has(m) && !quotes[t.quote]?.notSpeech) {
      claimed.add(m);
      spans.push({ start: t.start, end: t.end, kind: 'direct', quote: t.quote });
    }
  }
  pushReported(spans, tokens, runStart, to);
  return spans;
}

/**
 * Reads the English gloss of one paragraph: who said what, by the cues of English news (said,
 * told, added, asked, according to, claimed, reported, stressed, urged …), before or after
 * the quotation. Enough to mark each quotation in the gloss and to name its speaker in English.
 */
export function readGlossParagraph(
  text: string,
  quotes: readonly DirectQuote[],
  contentFrom = 0,
): GlossClaim[] {
  const all = tokenize(text, quotes);
  const tokens = contentFrom > 0 ? all.filter((t) => t.start >= contentFrom) : all;
  const claims: GlossClaim[] = [];
  const claimed = new Set<number>();
  for (const { first, end } of splitTokenSentences(tokens)) {
    const sentenceClaims: GlossClaim[] = [];
    let regionStart = first;
    for (let k = first; k < end; k++) {
      const t = tokens[k];
      if (!t || t.type !== 'word') continue;
      const according = t.lower === 'according' && tokens[k + 1]?.lower === 'to';
      if (!according && !isSpeechVerb(t)) continue;
      const last = sentenceClaims[sentenceClaims.length - 1];
      if (according) {
        const read = chunkGloss(text, tokens, k + 2, end);
        if (!read) continue;
        const atStart = tokens[k - 1]?.text !== ',';
        let spans: ContentSpan[];
        if (atStart) {
          spans = spansOf(tokens, quotes, read.next, end, claimed);
          regionStart = end;
        } else {
          spans = spansOf(tokens, quotes, regionStart, k, claimed);
          regionStart = read.next;
        }
        const claim = { at: t.start, mention: read.mention, spans };
        sentenceClaims.push(claim);
        k = Math.max(k, regionStart - 1);
        continue;
      }
      const prev = tokens[k - 1];
      if (PARTICIPLES.has(t.lower) && prev?.text === ',') {
        // ", urging that …": the sentence's speaker goes on.
        const from = glossContentStart(tokens, k, end);
        const spans = spansOf(tokens, quotes, from, end, claimed);
        const subject = last ? null : chunkGloss(text, tokens, first, end);
        if (last) last.spans.push(...spans);
        else if (subject) sentenceClaims.push({ at: t.start, mention: subject.mention, spans });
        regionStart = end;
        k = end;
        continue;
      }
      // "…," said Wood: the speaker after the verb.
      if (prev && (prev.text === ',' || prev.type === 'quote') && INVERTING_VERBS.has(t.lower)) {
        const read = chunkGloss(text, tokens, k + 1, end);
        // The speaker ends the clause ("said Wood." / "said Wood on Monday"); "said his company
        // was …" is a subject with its own verb.
        const after = read ? tokens[read.next] : undefined;
        const endsClause = !after || after.type !== 'word' || STOPS.has(after.lower);
        if (read && endsClause && !R.englishComplementisers.has(tokens[k + 1]?.lower ?? '')) {
          const spans = spansOf(tokens, quotes, regionStart, k, claimed);
          sentenceClaims.push({ at: t.start, mention: read.mention, spans });
          regionStart = read.next;
          k = read.next - 1;
          continue;
        }
      }
      const subject = subjectBefore(text, tokens, k, regionStart);
      if (!subject) continue;
      const before = tokens[subject.start - 1];
      const afterQuote =
        before &&
        (before.type === 'quote' ||
          (before.text === ',' && tokens[subject.start - 2]?.type === 'quote'));
      let clauseWords = 0;
      for (let m = regionStart; m < subject.start; m++)
        if (tokens[m]?.type === 'word') clauseWords++;
      if (afterQuote || (before?.text === ',' && clauseWords >= REPORTED_CLAUSE_MIN_WORDS)) {
        // "…," the representative said: what came before.
        const spans = spansOf(tokens, quotes, regionStart, subject.start, claimed);
        sentenceClaims.push({ at: t.start, mention: subject.mention, spans });
        regionStart = k + 1;
        continue;
      }
      const from = glossContentStart(tokens, k, end);
      let stop = end;
      for (let m = from; m < end; m++) {
        const u = tokens[m];
        if (
          u?.text === ',' &&
          (PARTICIPLES.has(tokens[m + 1]?.lower ?? '') ||
            tokens[m + 1]?.lower === 'citing' ||
            tokens[m + 1]?.lower === 'according')
        ) {
          stop = m;
          break;
        }
      }
      const complement = R.englishComplementisers.has(tokens[from - 1]?.lower ?? '');
      let contentWords = 0;
      for (let m = from; m < stop; m++) if (tokens[m]?.type === 'word') contentWords++;
      // "He urged the public to wear masks": a weak verb reports a clause or an infinitive.
      const weak =
        R.englishWeakVerbs.has(t.lower) && !complement && contentWords < REPORTED_CLAUSE_MIN_WORDS;
      const spans = weak ? [] : spansOf(tokens, quotes, from, stop, claimed);
      let mention = subject.mention;
      if (tokens[stop + 1]?.lower === 'citing' && isOutlet(mention.label)) {
        // "Yonhap reported …, citing a government source": the source spoke.
        const cited = chunkGloss(text, tokens, stop + 2, end);
        if (cited && !isOutlet(cited.mention.label)) mention = cited.mention;
      }
      sentenceClaims.push({ at: t.start, mention, spans });
      regionStart = stop;
      k = Math.max(k, stop - 1);
    }
    // Quotations no cue claimed: a subject right before them, the sentence's speaker, or none.
    const cued = [...sentenceClaims].sort((a, b) => a.at - b.at);
    let o = 0;
    let latest: GlossClaim | undefined;
    for (let k = first; k < end; k++) {
      const t = tokens[k];
      if (!t || t.type !== 'quote' || claimed.has(k) || quotes[t.quote]?.notSpeech) continue;
      claimed.add(k);
      const span: ContentSpan = { start: t.start, end: t.end, kind: 'direct', quote: t.quote };
      const subject = k > first ? subjectBefore(text, tokens, k, first) : null;
      while (o + 1 < cued.length && (cued[o + 1]?.at ?? Infinity) <= t.start) o++;
      const cue = cued[o];
      const before = cue && cue.at <= t.start ? cue : undefined;
      let owner = latest && (!before || latest.at > before.at) ? latest : before;
      owner ??= cued[0];
      if (subject && (!owner || owner.at > t.start)) {
        latest = { at: t.start, mention: subject.mention, spans: [span] };
        sentenceClaims.push(latest);
      } else if (owner) {
        owner.spans.push(span);
      } else {
        latest = { at: t.start, mention: null, spans: [span] };
        sentenceClaims.push(latest);
      }
    }
    for (const c of sentenceClaims) c.spans.sort((a, b) => a.start - b.start);
    claims.push(...sentenceClaims);
  }
  return claims;
}
