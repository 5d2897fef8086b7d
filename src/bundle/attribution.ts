import { compact } from './arrays.ts';
import { findDateline } from './lineKinds.ts';
import type { Quote, Span, Speaker } from './schema.ts';
import { findDirectQuotes, startsWithQuoteMark, type DirectQuote } from './quotes/directQuotes.ts';
import {
  readGlossParagraph,
  type GlossClaim,
  type GlossMention,
} from './quotes/englishAttribution.ts';
import { pairSpans } from './quotes/glossPairing.ts';
import { readIndonesianParagraph, type Claim, type ContentSpan } from './quotes/reportedSpeech.ts';
import { lowerTokens, SpeakerResolver, type Entity } from './quotes/speakerClusters.ts';
import { newMention, type Mention } from './quotes/speakerMentions.ts';
import { nameSpeakers, type GlossNaming } from './quotes/speakerNames.ts';

/** A paragraph as the quotation finder sees it: prose only, in article order. */
export interface SpeechParagraph {
  id: string;
  text: string;
  gloss?: string;
  /** "PBB -" at the start of the lead: never part of what was said. */
  dateline?: Span;
}

export interface Attribution {
  speakers: Speaker[];
  /** Quotations by paragraph id, each list in text order. */
  quotes: Map<string, Quote[]>;
  warnings: string[];
}

/** A quotation shown in a warning is cut to this many characters. */
const WARNING_EXCERPT = 40;

interface Attributed {
  claim: Claim;
  /** There from the start, if undefined: a property added later would take a second store. */
  entity: Entity | undefined;
}

interface ParagraphWork {
  paragraph: SpeechParagraph;
  /** Its last direct quotation runs on into the next paragraph. */
  runsOn: boolean;
  attributed: Attributed[];
}

function excerpt(text: string, span: Span): string {
  const s = text.slice(span.start, span.end);
  return s.length > WARNING_EXCERPT ? `${s.slice(0, WARNING_EXCERPT - 1)}…` : s;
}

/** Who a quotation is given to when the article names nobody before or after it. */
function unnamedSpeaker(): Mention {
  const mention = newMention(0, 0, 'role', 'Narasumber tanpa nama');
  mention.other = true;
  return mention;
}

/** Gives a claim that has no speaker yet to `entity`, who thereby speaks. */
function give(a: Attributed, entity: Entity | undefined): void {
  if (!entity || a.entity) return;
  a.entity = entity;
  entity.speaking = true;
}

/** Who speaks in an attributed claim: its entity, if the claim says something. */
function speakerOf(b: Attributed): Entity | undefined {
  return b.claim.spans.length > 0 ? b.entity : undefined;
}

/**
 * Attributes every claim of the article to an entity, in order. A claim with no speaker of its
 * own takes the speaker named by a "Hal itu disampaikan X" at the start of the next paragraph,
 * else the nearest speaker of its paragraph, else the quotation it runs on from or into, else
 * the last speaker before it. Each paragraph's quotations are found as it is read; what is
 * unbalanced goes to `warnings`.
 */
function resolveClaims(
  work: readonly ParagraphWork[],
  resolver: SpeakerResolver,
  warnings: string[],
): void {
  let held: Attributed[] = [];
  let heldFallback: Entity | undefined;
  work.forEach((item, n) => {
    // The quotations are found as each paragraph is read, not all held from the start.
    const direct = directQuotesOf(item.paragraph, work[n + 1]?.paragraph.text, warnings);
    item.runsOn = direct[direct.length - 1]?.runsOn === true;
    const events = readIndonesianParagraph(
      item.paragraph.text,
      direct,
      item.paragraph.dateline?.end ?? 0,
    );
    // Claims of one sentence may share a mention object; it is resolved once.
    const resolved = new Map<Mention, Entity | undefined>();
    for (const event of events) {
      if (event.type === 'mention') {
        resolver.resolve(event.mention, false, event.subject);
        continue;
      }
      const { claim } = event;
      const a: Attributed = { claim, entity: undefined };
      if (claim.mention) {
        const speaking = claim.spans.length > 0;
        if (!resolved.has(claim.mention))
          resolved.set(claim.mention, resolver.resolve(claim.mention, speaking, true, true));
        a.entity = resolved.get(claim.mention);
        if (a.entity && speaking) a.entity.speaking = true;
      }
      if (claim.pointsBack && a.entity) {
        for (const h of held) give(h, a.entity);
        held = [];
        for (const earlier of item.attributed)
          if (earlier.claim.spans.length > 0) give(earlier, a.entity);
      }
      item.attributed.push(a);
    }
    // Kept to the end of the article: right-sized (see compact).
    item.attributed = compact(item.attributed);
    // A quotation running on from the last paragraph shares its speaker, whichever names it.
    const previous = work[n - 1];
    const runOn = previous?.runsOn === true;
    const firstQuote = item.attributed.find((a) => a.claim.spans.some((s) => s.kind === 'direct'));
    if (runOn && previous && firstQuote) {
      const from = previous.attributed.findLast((a) =>
        a.claim.spans.some((s) => s.kind === 'direct'),
      );
      if (from) {
        give(firstQuote, from.entity);
        give(from, firstQuote.entity);
      }
    }
    // Quotations nobody was named for, before a paragraph that opens with a quotation and names
    // its speaker: a block of quotations is named at its end. Otherwise the last speaker before.
    const opener = item.attributed.find((a) => a.claim.spans.length > 0);
    const opensQuoted =
      opener?.claim.spans[0]?.kind === 'direct' && opener.claim.spans[0].start <= 1;
    const namedNext = opensQuoted && opener.claim.mention ? opener.entity : undefined;
    for (const h of held) give(h, namedNext ?? heldFallback);
    held = [];
    // Within the paragraph: the next speaker named, else the last one.
    const after: (Entity | undefined)[] = [];
    for (let k = item.attributed.length - 1, next: Entity | undefined; k >= 0; k--) {
      after[k] = next;
      const b = item.attributed[k];
      next = (b && speakerOf(b)) ?? next;
    }
    let before: Entity | undefined;
    item.attributed.forEach((a, k) => {
      const own = speakerOf(a);
      if (!a.entity && a.claim.spans.length > 0) give(a, after[k] ?? before);
      before = own ?? before;
    });
    held = item.attributed.filter((a) => !a.entity && a.claim.spans.length > 0);
    heldFallback = resolver.lastSpeaker();
  });
  // One unnamed speaker for everything the article attributes to nobody, made when first needed.
  let unnamed: Entity | undefined;
  for (const h of held) give(h, heldFallback ?? (unnamed ??= resolver.unnamed(unnamedSpeaker())));
  for (const item of work) {
    for (const a of item.attributed) {
      if (a.entity || a.claim.spans.length === 0) continue;
      give(a, resolver.lastSpeaker() ?? (unnamed ??= resolver.unnamed(unnamedSpeaker())));
    }
  }
}

/** A quotation to be: its span, the claim it belongs to, and where the gloss says it, once paired. */
interface Built {
  span: ContentSpan;
  attributed: Attributed;
  gloss: Span | undefined;
}

/**
 * The bundle's quotation for a built one, made whole at once: an object given a property after
 * it is made grows a second store for it, and the bundle keeps every quotation.
 */
function quoteOf(b: Built, speaker: string): Quote {
  const { start, end, kind } = b.span;
  return b.gloss ? { start, end, speaker, kind, gloss: b.gloss } : { start, end, speaker, kind };
}

/** The quotations of a paragraph, in order and without overlap; speakers are named later. */
function buildQuotes(item: ParagraphWork): Built[] {
  const all: Built[] = [];
  for (const a of item.attributed) {
    if (!a.entity) continue;
    for (const span of a.claim.spans) all.push({ span, attributed: a, gloss: undefined });
  }
  all.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const kept: Built[] = [];
  for (const b of all) {
    const last = kept[kept.length - 1];
    if (last && b.span.start < last.span.end) {
      // Overlap: a direct quotation wins over reported content around it.
      if (last.span.kind === 'indirect' && b.span.kind === 'direct') kept[kept.length - 1] = b;
      continue;
    }
    kept.push(b);
  }
  return compact(kept);
}

interface GlossSpan {
  span: ContentSpan;
  claim: GlossClaim;
}

function glossSpansOf(claims: readonly GlossClaim[]): GlossSpan[] {
  const spans: GlossSpan[] = [];
  for (const claim of claims) for (const span of claim.spans) spans.push({ span, claim });
  spans.sort((a, b) => a.span.start - b.span.start);
  const kept: GlossSpan[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.span.start < last.span.end) continue;
    kept.push(s);
  }
  return kept;
}

function nameTokens(gloss: GlossMention): string[] {
  return lowerTokens(gloss.name ?? '');
}

/**
 * Marks each quotation in the gloss: direct with direct and reported with reported, in order,
 * within the paragraph. Where the two languages part (a quotation on one side only, or another
 * person named), says so in `warnings`. Collects what the gloss calls each speaker.
 */
function pairWithGloss(
  item: ParagraphWork,
  built: Built[],
  glossDirect: readonly DirectQuote[],
  warnings: string[],
  glossNames: Map<number, GlossNaming[]>,
): void {
  const gloss = item.paragraph.gloss;
  if (gloss === undefined) return;
  if (built.length === 0) {
    // Nothing to mark: only say so when the English quotes what the Indonesian does not.
    for (const q of glossDirect) {
      if (!q.notSpeech)
        warnings.push(
          `paragraph ${item.paragraph.id}: the English quotation ${excerpt(gloss, q)} has no counterpart in the Indonesian`,
        );
    }
    return;
  }
  const glossDateline = item.paragraph.dateline ? findDateline(gloss) : undefined;
  const glossSpans = glossSpansOf(readGlossParagraph(gloss, glossDirect, glossDateline?.end ?? 0));
  for (const kind of ['direct', 'indirect'] as const) {
    const source = built.filter((b) => b.span.kind === kind);
    const target = glossSpans.filter((g) => g.span.kind === kind);
    const pairs = pairSpans(
      source.map((b) => b.span),
      item.paragraph.text.length,
      target.map((g) => g.span),
      gloss.length,
    );
    const used = new Set<number>();
    pairs.forEach((j, i) => {
      const b = source[i];
      const g = j >= 0 ? target[j] : undefined;
      if (!b) return;
      if (!g) {
        if (kind === 'direct')
          warnings.push(
            `paragraph ${item.paragraph.id}: the quotation ${excerpt(item.paragraph.text, b.span)} has no counterpart in the English`,
          );
        return;
      }
      used.add(j);
      b.gloss = { start: g.span.start, end: g.span.end };
      const entity = b.attributed.entity;
      const glossMention = g.claim.mention;
      if (!entity || !glossMention) return;
      const list = glossNames.get(entity.key) ?? [];
      list.push({ gloss: glossMention, mention: b.attributed.claim.mention });
      glossNames.set(entity.key, list);
      const idName = b.attributed.claim.mention?.name;
      // The English name's words are split only when there is a name on both sides to compare.
      if (!idName || entity.nameTokens.size === 0) return;
      const names = nameTokens(glossMention);
      if (names.length > 0 && !names.some((w) => entity.nameTokens.has(w))) {
        warnings.push(
          `paragraph ${item.paragraph.id}: the Indonesian gives ${excerpt(item.paragraph.text, b.span)} to ${idName}, the English to ${glossMention.name ?? glossMention.label}`,
        );
      }
    });
    if (kind === 'direct') {
      target.forEach((g, j) => {
        if (!used.has(j))
          warnings.push(
            `paragraph ${item.paragraph.id}: the English quotation ${excerpt(gloss, g.span)} has no counterpart in the Indonesian`,
          );
      });
    }
  }
}

/** The direct quotations of a paragraph; what is unbalanced goes to `warnings`. */
function directQuotesOf(
  paragraph: SpeechParagraph,
  next: string | undefined,
  warnings: string[],
): DirectQuote[] {
  const found = findDirectQuotes(paragraph.text, next !== undefined && startsWithQuoteMark(next));
  for (const problem of found.problems) warnings.push(`paragraph ${paragraph.id}: ${problem}`);
  return found.quotes;
}

/** The direct quotations of paragraph `n`'s gloss; what is unbalanced goes to `warnings`. */
function glossQuotesOf(
  paragraphs: readonly SpeechParagraph[],
  n: number,
  warnings: string[],
): DirectQuote[] {
  const paragraph = paragraphs[n];
  if (paragraph?.gloss === undefined) return [];
  const next = paragraphs[n + 1]?.gloss;
  const found = findDirectQuotes(paragraph.gloss, next !== undefined && startsWithQuoteMark(next));
  for (const problem of found.problems)
    warnings.push(`paragraph ${paragraph.id} (English): ${problem}`);
  return found.quotes;
}

/**
 * Finds the quotations of an article, direct and reported, decides who said each, and marks the
 * same quotation in the gloss. Pure and linear in the article: each paragraph is read once, and
 * speakers are looked up through indexes.
 */
export function attributeQuotations(paragraphs: readonly SpeechParagraph[]): Attribution {
  const warnings: string[] = [];
  const work: ParagraphWork[] = paragraphs.map((paragraph) => ({
    paragraph,
    runsOn: false,
    attributed: [],
  }));
  const resolver = new SpeakerResolver();
  resolveClaims(work, resolver, warnings);
  // The gloss first, so that the English names are known when the speakers are named. Its
  // quotations too are found paragraph by paragraph; their problems still come after all the
  // Indonesian's and before the pairing's warnings.
  const glossNames = new Map<number, GlossNaming[]>();
  const pairing: string[] = [];
  const builtByParagraph = work.map((item, n) => {
    const built = buildQuotes(item);
    pairWithGloss(item, built, glossQuotesOf(paragraphs, n, warnings), pairing, glossNames);
    return built;
  });
  for (const warning of pairing) warnings.push(warning);
  const named = nameSpeakers(resolver.entities, glossNames);
  const quotes = new Map<string, Quote[]>();
  const used = new Set<Speaker>();
  work.forEach((item, n) => {
    const built = builtByParagraph[n] ?? [];
    if (built.length === 0) return;
    const list = built.map((b) => {
      const speaker = b.attributed.entity ? named.get(b.attributed.entity.key) : undefined;
      if (speaker) used.add(speaker);
      return quoteOf(b, speaker?.id ?? '');
    });
    quotes.set(item.paragraph.id, list);
  });
  const speakers = [...named.values()].filter((s) => used.has(s));
  return { speakers, quotes, warnings };
}
