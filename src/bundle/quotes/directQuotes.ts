import type { Span } from '../schema.ts';
import { QUOTE_RULES as R } from './quoteRules.ts';

/** A direct quotation in one paragraph, marks included. */
export interface DirectQuote extends Span {
  /** Opened with no closing mark: the quotation goes on in the next paragraph. */
  runsOn: boolean;
  /** A title, an event, a slogan or a term in quotation marks: not something said. */
  notSpeech: boolean;
}

export interface DirectQuoteResult {
  quotes: DirectQuote[];
  /** What was unbalanced, in words, with the offset of the mark. */
  problems: string[];
}

type Lean = 'open' | 'close' | 'either';

// Patterns made once, not as literals inside the functions: a literal is a new object each time
// it is evaluated (and, compiled by esbuild as tsx does, a `new RegExp` call), and these run on
// every quotation of every paragraph.
const NON_SPACE = /\S/u;
const SPACE = /\s/u;
const SPACES = /\s+/u;
const CLAUSE_END = /[.!?…,;:]/u;
const WORD_RUN = /[\p{L}\p{N}'’-]+/gu;
const STARTS_LIKE_TITLE = /^[\p{Lu}\p{N}#@]/u;
const ENDS_LIKE_CLAUSE = /[.!?,;:]$/u;
const FIRST_WORD = /^[\s,]*([\p{L}]+)/u;

// Jumps from mark to mark, so that the text between them costs nothing but the regex scan.
const DOUBLE_MARK = new RegExp(`[${[...R.doubleMarks].join('')}]`, 'gu');

function leanOf(text: string, i: number): Lean {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = i + 1 >= text.length ? ' ' : (text[i + 1] ?? ' ');
  const openSide = R.opensAfter.test(before) || R.doubleMarks.has(before);
  const closeSide = R.closesBefore.test(after) || R.doubleMarks.has(after);
  if (openSide && !closeSide) return 'open';
  if (!openSide && closeSide) return 'close';
  return 'either';
}

function firstNonSpace(text: string): number {
  // search(), not exec(): it gives the index without making a match array.
  return Math.max(text.search(NON_SPACE), 0);
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1] ?? '')) end--;
  return end;
}

function endsClause(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
  return CLAUSE_END.test(text[i - 1] ?? '');
}

// A cue after a comma ends a quotation that lost its closing mark: "Kami siap, kata Budi."
const POST_CUE_AFTER_COMMA = new RegExp(
  `[,.!?]\\s+(?:${[...R.postCues].join('|')})(?:nya)?(?=\\s|[,.]|$)`,
  'u',
);

/** Starts a paragraph with a quotation mark (the sign of a quotation running on from the last one). */
export function startsWithQuoteMark(text: string): boolean {
  const c = text[firstNonSpace(text)];
  return c !== undefined && R.doubleMarks.has(c);
}

function wordsBefore(text: string, start: number, count: number): string[] {
  const head = text.slice(Math.max(0, start - 60), start).toLowerCase();
  const found = head.match(WORD_RUN) ?? [];
  return found.slice(-count);
}

// Words of a title: capitalised, or the small words titles keep in lower case ("Tanah Air dan Kita").
const TITLE_WORD = /^(?:[\p{Lu}\p{N}#@]|(?:dan|di|ke|dari|untuk|yang|of|the|and|in|for|to|a|an)$)/u;

function looksLikeTitle(inner: string): boolean {
  const content = inner.trim();
  if (content === '' || ENDS_LIKE_CLAUSE.test(content)) return false;
  // Split no further than one word past the most a title has: a long quotation is no title.
  const ws = content.split(SPACES, R.titleCaseMaxWords + 1);
  if (ws.length > R.titleCaseMaxWords) return false;
  return STARTS_LIKE_TITLE.test(content) && ws.every((w) => TITLE_WORD.test(w));
}

function followedByCue(text: string, end: number): boolean {
  const tail = text.slice(end, end + 40).toLowerCase();
  const m = FIRST_WORD.exec(tail);
  const word = m?.[1] ?? '';
  return R.postCues.has(word) || R.postCues.has(word.replace(/nya$/u, ''));
}

/** Whether `words` ends with the words of `phrase`, compared in place (no slice per phrase). */
function endsWithWords(words: readonly string[], phrase: readonly string[]): boolean {
  const offset = words.length - phrase.length;
  if (offset < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (words[offset + k] !== phrase[k]) return false;
  return true;
}

function isNotSpeech(text: string, quote: Span): boolean {
  const all = wordsBefore(text, quote.start, 4);
  // "dubbed the "reading revolution"": look past an article to the cue.
  const before = R.articles.has(all[all.length - 1] ?? '') ? all.slice(0, -1) : all;
  const last = before[before.length - 1] ?? '';
  if (R.titleCues.has(last)) return true;
  for (const cue of R.soCalledCues) if (endsWithWords(before, cue)) return true;
  const inner = text.slice(quote.start + 1, quote.end - 1);
  return looksLikeTitle(inner) && !followedByCue(text, quote.end);
}

/** Adds the quotation from `start` to `end`, marked if it is a title or a term, not speech. */
function pushQuote(
  quotes: DirectQuote[],
  text: string,
  start: number,
  end: number,
  runsOn = false,
): void {
  quotes.push({ start, end, runsOn, notSpeech: !runsOn && isNotSpeech(text, { start, end }) });
}

/**
 * Finds the direct quotations of one paragraph. Marks are paired by what stands beside them,
 * not by their shape, since outlets open with ” and close with “ as well: a mark after a space
 * and before a word opens, one after a word and before a space or punctuation closes. Single
 * marks are left alone (nested quotations stay inside their double ones; apostrophes abound).
 *
 * A quotation still open at the end runs on when the next paragraph opens with a mark (the
 * convention for quotations over several paragraphs); otherwise it is unbalanced, reported in
 * `problems`, and kept only where the paragraph is plainly one quotation, so that a stray mark
 * never swallows the rest of the article. Linear in the paragraph's length.
 */
export function findDirectQuotes(text: string, nextStartsWithMark: boolean): DirectQuoteResult {
  const quotes: DirectQuote[] = [];
  const problems: string[] = [];
  let openAt = -1;
  DOUBLE_MARK.lastIndex = 0;
  for (let found = DOUBLE_MARK.exec(text); found; found = DOUBLE_MARK.exec(text)) {
    const i = found.index;
    const lean = leanOf(text, i);
    if (openAt < 0) {
      if (lean !== 'close') {
        openAt = i;
        continue;
      }
      const lastEnd = quotes[quotes.length - 1]?.end ?? 0;
      const from = firstNonSpace(text);
      if (lastEnd === 0 && from < i && !text.slice(from, i).includes('"')) {
        problems.push(`a closing quotation mark at ${i} has no opening one; read from the start`);
        pushQuote(quotes, text, from, i + 1);
      } else {
        problems.push(`a closing quotation mark at ${i} has no opening one; ignored`);
      }
      continue;
    }
    if (lean === 'open' && endsClause(text, i) && i > openAt + 1) {
      // The last quotation lost its closing mark: end it before this one opens.
      problems.push(`the quotation opened at ${openAt} is not closed before the next one opens`);
      pushQuote(quotes, text, openAt, trimmedEnd(text.slice(0, i)));
      openAt = i;
      continue;
    }
    if (i === openAt + 1 && lean === 'open') {
      // Two marks in a row ("“"): keep the quotation open from the second.
      openAt = i;
      continue;
    }
    pushQuote(quotes, text, openAt, i + 1);
    openAt = -1;
  }
  if (openAt >= 0) {
    const end = trimmedEnd(text);
    if (nextStartsWithMark) {
      pushQuote(quotes, text, openAt, end, true);
    } else if (openAt === firstNonSpace(text)) {
      // The paragraph is one quotation that lost its closing mark; a cue ends it if there is one.
      const cue = POST_CUE_AFTER_COMMA.exec(text.slice(openAt));
      const close = cue ? openAt + cue.index + 1 : end;
      problems.push(`the quotation opened at ${openAt} is never closed`);
      if (close > openAt + 1) pushQuote(quotes, text, openAt, close);
    } else {
      problems.push(`the quotation mark at ${openAt} is never closed; ignored`);
    }
  }
  return { quotes, problems };
}
