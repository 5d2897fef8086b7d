import { alignProportionally, alignSentences, type Bead } from './align.ts';
import { attributeQuotations, type SpeechParagraph } from './attribution.ts';
import { splitLines, type Line } from './decode.ts';
import { ParseError, type Problem } from './errors.ts';
import { createIdMaker } from './ids.ts';
import { classifyLine, findDateline, type LineKind } from './lineKinds.ts';
import { correctionProblem, parseMeta, type Meta } from './meta.ts';
import type { Bundle, Paragraph, Section, Sentence, Span } from './schema.ts';
import { splitSentences } from './sentences.ts';
import { applySpeakerCorrections } from './speakerCorrections.ts';

export interface ArticleInput {
  /** The slug: the article's id, e.g. "korea-utara-pasukan-rusia". */
  id: string;
  /** The article as published: title line, then paragraphs and subheadings. */
  text: string;
  /** The English gloss: one line for each non-blank line of `text`. */
  gloss?: string;
  /** The text of meta.json. */
  meta?: string;
}

/** Counts of the sentence alignment, for reports and the closing figures. */
export interface AlignmentStats {
  byType: Record<string, number>;
}

const NUMBER = /\d+(?:[.,]\d+)*/gu;
const QUOTE_MARK = /["“”«»]/gu;
const NAME = /\p{Lu}[\p{L}-]{2,}/gu;
/** A gloss line missing from one side costs this much, against the distance of a poor match. */
const GAP_COST = 1.5;
/** Above this many cells the line alignment falls back to comparing line by line. */
const MAX_LINE_ALIGNMENT_CELLS = 4_000_000;
/**
 * Above this many comparisons (cells times the numbers and names each compares) the line alignment
 * falls back too: lines full of numbers would otherwise make a long gloss slow to report.
 */
const MAX_LINE_ALIGNMENT_WORK = 40_000_000;

function numbersOf(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((n) => n.replace(/[.,]/gu, ''));
}

/** What the line alignment compares, read once per line instead of once per pair of lines. */
interface LineFeatures {
  length: number;
  numbers: string[];
  numberSet: ReadonlySet<string>;
  quoteMarks: number;
  names: ReadonlySet<string>;
}

function featuresOf(text: string): LineFeatures {
  const numbers = numbersOf(text);
  return {
    length: text.length,
    numbers,
    numberSet: new Set(numbers),
    quoteMarks: text.match(QUOTE_MARK)?.length ?? 0,
    names: new Set(text.match(NAME) ?? []),
  };
}

/** How unlike two lines are as translations of each other: 0 is alike; higher is less alike. */
function lineDistance(source: LineFeatures, target: LineFeatures): number {
  const lengthRatio = Math.abs(Math.log(Math.max(target.length, 1) / Math.max(source.length, 1)));
  let missingNumbers = 0;
  for (const n of source.numbers) if (!target.numberSet.has(n)) missingNumbers++;
  const quoteDifference = Math.abs(source.quoteMarks - target.quoteMarks);
  // Names (Seoul, Wood, NATO) mostly survive translation; share of the source's names not found.
  let shared = 0;
  for (const name of source.names) if (target.names.has(name)) shared++;
  const missingNames = source.names.size === 0 ? 0 : 1 - shared / source.names.size;
  return 2 * lengthRatio + missingNumbers + quoteDifference + missingNames;
}

/**
 * Where a gloss with a different number of lines parts from the article: the line pairs are
 * aligned with gaps (edit distance, each pair costing how unlike the lines are), and the first
 * gap is where they part: an article line with no gloss line, or a gloss line with no article line.
 */
function firstDivergence(
  text: readonly Line[],
  gloss: readonly Line[],
): { text: number; gloss: number; missing: 'gloss' | 'text' } {
  const n = text.length;
  const m = gloss.length;
  const fallback = {
    text: Math.min(n, m),
    gloss: Math.min(n, m),
    missing: n > m ? ('gloss' as const) : ('text' as const),
  };
  if ((n + 1) * (m + 1) > MAX_LINE_ALIGNMENT_CELLS) return fallback;
  const textFeatures = text.map((line) => featuresOf(line.text));
  let work = 0;
  for (const features of textFeatures)
    work += (features.numbers.length + features.names.size + 1) * (m + 1);
  if (work > MAX_LINE_ALIGNMENT_WORK) return fallback;
  const glossFeatures = gloss.map((line) => featuresOf(line.text));
  const distance = (i: number, j: number): number => {
    const source = textFeatures[i];
    const target = glossFeatures[j];
    return source && target ? lineDistance(source, target) : Infinity;
  };
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      const up = i > 0 ? (cost[(i - 1) * width + j] ?? Infinity) + GAP_COST : Infinity;
      const left = j > 0 ? (cost[i * width + j - 1] ?? Infinity) + GAP_COST : Infinity;
      const diagonal =
        i > 0 && j > 0
          ? (cost[(i - 1) * width + j - 1] ?? Infinity) + distance(i - 1, j - 1)
          : Infinity;
      cost[i * width + j] = Math.min(up, left, diagonal);
    }
  }
  // Walk back, remembering the earliest gap.
  let i = n;
  let j = m;
  let first = fallback;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j] ?? 0;
    const diagonal =
      i > 0 && j > 0
        ? (cost[(i - 1) * width + j - 1] ?? Infinity) + distance(i - 1, j - 1)
        : Infinity;
    if (Math.abs(here - diagonal) < 1e-9) {
      i--;
      j--;
    } else if (
      i > 0 &&
      Math.abs(here - ((cost[(i - 1) * width + j] ?? Infinity) + GAP_COST)) < 1e-9
    ) {
      i--;
      first = { text: i, gloss: j, missing: 'gloss' };
    } else {
      j--;
      first = { text: i, gloss: j, missing: 'text' };
    }
  }
  return first;
}

function glossMismatch(text: readonly Line[], gloss: readonly Line[]): Problem {
  const at = firstDivergence(text, gloss);
  const counts = `the article has ${text.length} lines, the gloss ${gloss.length}`;
  if (at.missing === 'gloss') {
    const textLine = text[at.text]?.number ?? 0;
    const glossLine = gloss[at.gloss]?.number ?? (gloss[gloss.length - 1]?.number ?? 0) + 1;
    return {
      input: 'gloss',
      line: glossLine,
      message: `${counts}; they part here: article line ${textLine} has no gloss line`,
    };
  }
  const glossLine = gloss[at.gloss]?.number ?? 1;
  return {
    input: 'gloss',
    line: glossLine,
    message: `${counts}; they part here: this gloss line has no article line`,
  };
}

function alignParagraph(
  text: string,
  gloss: string | undefined,
  stats: AlignmentStats,
  warnings: string[],
  lineNumber: number,
): Sentence[] {
  const sentences = splitSentences(text);
  if (gloss === undefined) return sentences;
  const glossSentences = splitSentences(gloss);
  let beads: Bead[] | null = alignSentences(sentences, glossSentences);
  if (!beads) {
    beads = alignProportionally(sentences, glossSentences);
    warnings.push(
      `line ${lineNumber}: the gloss has ${glossSentences.length} sentences for ${sentences.length}; aligned by position`,
    );
  }
  const glossOf: (Span | undefined)[] = [];
  for (const bead of beads) {
    stats.byType[bead.type] = (stats.byType[bead.type] ?? 0) + 1;
    const first = glossSentences[bead.target.first];
    const last = glossSentences[bead.target.first + bead.target.count - 1];
    if (!first || !last) continue;
    for (let k = bead.source.first; k < bead.source.first + bead.source.count; k++)
      glossOf[k] = { start: first.start, end: last.end };
  }
  // Each sentence made whole at once: a property added to an object after it is made takes a
  // second store, and the bundle keeps every sentence.
  return sentences.map((s, k): Sentence => {
    const span = glossOf[k];
    return span ? { start: s.start, end: s.end, gloss: span } : s;
  });
}

/** What making a paragraph needs of the article around it. */
interface ParagraphMaker {
  glossLines: readonly Line[] | undefined;
  stats: AlignmentStats;
  warnings: string[];
  makeId: (text: string, prefix: string) => string;
}

/**
 * The paragraph of a body line (or the title): its id, gloss, kind of furniture, aligned
 * sentences, and the dateline of the lead. A function of the module, not one made in each parse
 * (see addClaim in quotes/reportedSpeech.ts).
 */
function paragraphOf(
  maker: ParagraphMaker,
  line: Line,
  index: number,
  isLead: boolean,
  kind: LineKind,
): Paragraph {
  const gloss = maker.glossLines?.[index]?.text;
  const paragraph: Paragraph = {
    id: maker.makeId(line.text, 'p'),
    text: line.text,
    ...(gloss === undefined ? {} : { gloss }),
    ...(kind === 'related' || kind === 'credit' || kind === 'advert' ? { kind } : {}),
    sentences: alignParagraph(line.text, gloss, maker.stats, maker.warnings, line.number),
    quotes: [],
  };
  const dateline = isLead ? findDateline(line.text) : undefined;
  if (dateline) paragraph.dateline = dateline;
  return paragraph;
}

/** What `read` returns, or undefined with its problems added to `problems` if it refuses. */
function collect<T>(problems: Problem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof ParseError) {
      problems.push(...error.problems);
      return undefined;
    }
    throw error;
  }
}

export interface ParseResult {
  bundle: Bundle;
  alignment: AlignmentStats;
}

/**
 * Text + gloss (+ meta) → bundle. Pure: runs in Node and in the browser. Throws only ParseError,
 * with every problem located by input and line.
 */
export function parseArticleWithStats(input: ArticleInput): ParseResult {
  const problems: Problem[] = [];
  const lines = collect(problems, () => splitLines(input.text, 'text'));
  const glossLines =
    input.gloss === undefined
      ? undefined
      : collect(problems, () => splitLines(input.gloss ?? '', 'gloss'));
  const meta: Meta | undefined =
    input.meta === undefined ? undefined : collect(problems, () => parseMeta(input.meta ?? ''));
  if (lines && lines.length === 0)
    problems.push({ input: 'text', line: 1, message: 'the article is empty' });
  if (glossLines && glossLines.length === 0)
    problems.push({ input: 'gloss', line: 1, message: 'the gloss is empty' });
  if (
    lines &&
    glossLines &&
    lines.length > 0 &&
    glossLines.length > 0 &&
    lines.length !== glossLines.length
  ) {
    problems.push(glossMismatch(lines, glossLines));
  }
  if (problems.length > 0 || !lines) throw new ParseError(problems);

  const forcedHeadings = new Set(meta?.headings ?? []);
  const forcedProse = new Set(meta?.notHeadings ?? []);
  const stats: AlignmentStats = { byType: {} };
  const warnings: string[] = [];
  const makeId = createIdMaker();
  const maker: ParagraphMaker = { glossLines, stats, warnings, makeId };

  // Index and slice, not `[title, ...body]`: a rest pattern steps an iterator over every line.
  const titleLine = lines[0];
  const bodyLines = lines.slice(1);
  if (!titleLine)
    throw new ParseError([{ input: 'text', line: 1, message: 'the article is empty' }]);
  const title = paragraphOf(maker, titleLine, 0, false, classifyLine(titleLine.text));
  title.id = 'title';
  const sections: Section[] = [{ id: 'section-lead', heading: null, paragraphs: [] }];
  let sawProse = false;
  bodyLines.forEach((line, k) => {
    const index = k + 1;
    // Classified once: the kind decides heading or paragraph, the lead, and furniture.
    const kind = classifyLine(line.text);
    // Looked up only when meta.json lists lines: a lookup hashes the whole line.
    const forcedHeading = forcedHeadings.size > 0 && forcedHeadings.has(line.text);
    const forcedParagraph = forcedProse.size > 0 && forcedProse.has(line.text);
    const looksLikeHeading = forcedHeading || (!forcedParagraph && kind === 'heading');
    if (looksLikeHeading) {
      const gloss = glossLines?.[index]?.text;
      sections.push({
        id: makeId(line.text, 'section').replace(/^(?!section-)/u, 'section-'),
        heading: { text: line.text, ...(gloss === undefined ? {} : { gloss }) },
        paragraphs: [],
      });
      return;
    }
    const section = sections[sections.length - 1];
    const isFirstProse = !sawProse && kind === 'prose';
    if (isFirstProse) sawProse = true;
    section?.paragraphs.push(
      paragraphOf(maker, line, index, isFirstProse && sections.length === 1, kind),
    );
  });

  // The paragraphs themselves: a paragraph is a SpeechParagraph, and the finder only reads it.
  const speech: SpeechParagraph[] = [];
  for (const section of sections) {
    for (const paragraph of section.paragraphs)
      if (paragraph.kind === undefined) speech.push(paragraph);
  }
  const found = attributeQuotations(speech);
  // Without corrections the parser's own lists stand: nothing to copy, no index of the texts.
  const attribution = meta?.speakers
    ? applySpeakerCorrections(
        found.speakers,
        found.quotes,
        new Map(speech.map((p) => [p.id, p.text])),
        meta.speakers,
      )
    : { speakers: found.speakers, quotes: found.quotes, problems: [] };
  if (attribution.problems.length > 0) {
    throw new ParseError(attribution.problems.map((p) => correctionProblem(input.meta ?? '', p)));
  }
  for (const section of sections) {
    for (const paragraph of section.paragraphs)
      paragraph.quotes = attribution.quotes.get(paragraph.id) ?? [];
  }
  // One by one: spreading a list of tens of thousands of warnings would overflow the call stack.
  for (const warning of found.warnings) warnings.push(warning);

  const bundle: Bundle = {
    schemaVersion: 1,
    id: input.id,
    lang: 'id',
    ...(glossLines ? { glossLang: 'en' as const } : {}),
    ...(meta?.source ? { source: meta.source } : {}),
    title,
    speakers: attribution.speakers,
    sections,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  return { bundle, alignment: stats };
}

/** Text + gloss (+ meta) → bundle. See parseArticleWithStats. */
export function parseArticle(input: ArticleInput): Bundle {
  return parseArticleWithStats(input).bundle;
}
