import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../bundle/parseArticle.ts';
import type { Bundle, Quote } from '../bundle/schema.ts';

/**
 * Scores the quotation finder against the labelled set in tests/attribution/: one folder per
 * passage with id.txt and en.txt (or `"seed"` naming a folder under seeds/) and labels.json, the
 * expected quotations with exact spans (UTF-16, end exclusive, in the line's trimmed text), their
 * kind and their speaker's name. Quotations with the same speaker name are one speaker.
 */

export const ATTRIBUTION_DIR = path.join('tests', 'attribution');

/** The targets of issue 3, for the test and the table. */
export const ATTRIBUTION_TARGETS = {
  directF1: 0.99,
  speakerF1: 0.97,
  minArticleSpeakerF1: 0.8,
  rightName: 0.95,
  reportedRecall: 0.85,
};

/** Reported speech counts as found when this share of it is covered by what was found. */
const REPORTED_COVERAGE = 0.5;
/** …and this share of the reported spans found there lies inside it. */
const REPORTED_PRECISION = 0.5;

const labelSchema = z.strictObject({
  /** 1-based number of the line among the non-blank lines of id.txt (the title is line 1). */
  line: z.int().min(1),
  kind: z.enum(['direct', 'indirect']),
  start: z.int().min(0),
  end: z.int().min(0),
  speaker: z.string().min(1),
  /** The labelled text, checked against the span so that a label cannot drift from its text. */
  text: z.string().min(1),
});

const labelsSchema = z.strictObject({
  seed: z.string().min(1).optional(),
  quotes: z.array(labelSchema),
});

type Label = z.infer<typeof labelSchema>;

export interface PassageScore {
  id: string;
  directGold: number;
  directFound: number;
  directMatched: number;
  reportedGold: number;
  reportedFound: number;
  speakerF1: number;
  rightNames: number;
  quotations: number;
  glossed: number;
  misses: string[];
}

export interface AttributionScores {
  passages: PassageScore[];
  directPrecision: number;
  directRecall: number;
  directF1: number;
  reportedRecall: number;
  speakerPrecision: number;
  speakerRecall: number;
  speakerF1: number;
  minArticleSpeakerF1: number;
  minArticle: string;
  rightName: number;
  /** Share of the labelled quotations found that are marked in the gloss too. */
  glossed: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/gu, ' ').trim();
}

function nonBlankLines(text: string): string[] {
  return text
    .replace(/^\ufeff/u, '')
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim().normalize('NFC'))
    .filter((l) => l !== '');
}

/** The quotations of each line of the article, in line order (headings have none). */
function quotesByLine(bundle: Bundle): { text: string; quotes: Quote[] }[] {
  const lines = [{ text: bundle.title.text, quotes: bundle.title.quotes }];
  for (const section of bundle.sections) {
    if (section.heading) lines.push({ text: section.heading.text, quotes: [] });
    for (const p of section.paragraphs) lines.push({ text: p.text, quotes: p.quotes });
  }
  return lines;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

interface Item {
  gold: string;
  predicted: string;
}

/** B-cubed precision and recall over items, each with its gold and predicted cluster. */
function bCubed(items: readonly Item[]): { precision: number; recall: number } {
  if (items.length === 0) return { precision: 1, recall: 1 };
  let precision = 0;
  let recall = 0;
  for (const i of items) {
    let samePredicted = 0;
    let sameGold = 0;
    let both = 0;
    for (const j of items) {
      const p = j.predicted === i.predicted;
      const g = j.gold === i.gold;
      if (p) samePredicted++;
      if (g) sameGold++;
      if (p && g) both++;
    }
    precision += both / samePredicted;
    recall += both / sameGold;
  }
  return { precision: precision / items.length, recall: recall / items.length };
}

function readPassage(dir: string): { id: string; text: string; gloss?: string; labels: Label[] } {
  const labels = labelsSchema.parse(
    JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')),
  );
  const from = labels.seed ? path.join('seeds', labels.seed) : dir;
  const glossFile = path.join(from, 'en.txt');
  return {
    id: path.basename(dir),
    text: readFileSync(path.join(from, 'id.txt'), 'utf8'),
    ...(existsSync(glossFile) ? { gloss: readFileSync(glossFile, 'utf8') } : {}),
    labels: labels.quotes,
  };
}

/** Scores one passage; labels that do not match their own text throw. */
export function scorePassage(passage: {
  id: string;
  text: string;
  gloss?: string;
  labels: readonly Label[];
}): { score: PassageScore; items: Item[] } {
  const bundle = parseArticle({
    id: 'passage',
    text: passage.text,
    ...(passage.gloss === undefined ? {} : { gloss: passage.gloss }),
  });
  const lines = quotesByLine(bundle);
  const source = nonBlankLines(passage.text);
  const names = new Map(bundle.speakers.map((s) => [s.id, s.name]));
  const misses: string[] = [];
  const score: PassageScore = {
    id: passage.id,
    directGold: 0,
    directFound: 0,
    directMatched: 0,
    reportedGold: 0,
    reportedFound: 0,
    speakerF1: 0,
    rightNames: 0,
    quotations: passage.labels.length,
    glossed: 0,
    misses,
  };
  for (const line of lines)
    score.directFound += line.quotes.filter((q) => q.kind === 'direct').length;
  const items: Item[] = [];
  const matchedDirect = new Set<Quote>();
  passage.labels.forEach((label, n) => {
    const lineText = source[label.line - 1] ?? '';
    if (lineText.slice(label.start, label.end) !== label.text)
      throw new Error(`${passage.id}: label ${n} does not match line ${label.line}: ${label.text}`);
    const quotes = lines[label.line - 1]?.quotes ?? [];
    let found: Quote | undefined;
    if (label.kind === 'direct') {
      score.directGold++;
      found = quotes.find(
        (q) => q.kind === 'direct' && q.start === label.start && q.end === label.end,
      );
      if (found) {
        score.directMatched++;
        matchedDirect.add(found);
      } else misses.push(`line ${label.line}: direct ${label.text.slice(0, 50)} not found`);
    } else {
      score.reportedGold++;
      const indirect = quotes.filter((q) => q.kind === 'indirect' && overlap(q, label) > 0);
      const covered = quotes.reduce((sum, q) => sum + overlap(q, label), 0);
      const inside = indirect.reduce((sum, q) => sum + overlap(q, label), 0);
      const total = indirect.reduce((sum, q) => sum + (q.end - q.start), 0);
      const ok =
        indirect.length > 0 &&
        covered / (label.end - label.start) >= REPORTED_COVERAGE &&
        inside / total >= REPORTED_PRECISION;
      if (ok) {
        score.reportedFound++;
        found = indirect.reduce((best, q) => (overlap(q, label) > overlap(best, label) ? q : best));
      } else misses.push(`line ${label.line}: reported ${label.text.slice(0, 50)} not found`);
    }
    if (found?.gloss) score.glossed++;
    const predictedName = found ? names.get(found.speaker) : undefined;
    if (predictedName && normaliseName(predictedName) === normaliseName(label.speaker))
      score.rightNames++;
    else if (found)
      misses.push(
        `line ${label.line}: ${label.text.slice(0, 40)} given to ${predictedName ?? '?'}, not ${label.speaker}`,
      );
    items.push({ gold: label.speaker, predicted: found ? found.speaker : `missing-${n}` });
  });
  for (const line of lines) {
    for (const q of line.quotes) {
      if (q.kind === 'direct' && !matchedDirect.has(q))
        misses.push(`extra direct quotation: ${line.text.slice(q.start, q.end).slice(0, 50)}`);
    }
  }
  const b = bCubed(items);
  score.speakerF1 = f1(b.precision, b.recall);
  return { score, items };
}

/** Scores every passage of the labelled set: the figures of issue 3. */
export function scoreAttribution(dir: string = ATTRIBUTION_DIR): AttributionScores {
  const passages: PassageScore[] = [];
  let precision = 0;
  let recall = 0;
  let itemCount = 0;
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'labels.json')))
    .map((e) => e.name)
    .sort();
  for (const name of folders) {
    const { score, items } = scorePassage(readPassage(path.join(dir, name)));
    passages.push(score);
    const b = bCubed(items);
    precision += b.precision * items.length;
    recall += b.recall * items.length;
    itemCount += items.length;
  }
  const sum = (pick: (p: PassageScore) => number): number =>
    passages.reduce((s, p) => s + pick(p), 0);
  const directPrecision = ratio(
    sum((p) => p.directMatched),
    sum((p) => p.directFound),
  );
  const directRecall = ratio(
    sum((p) => p.directMatched),
    sum((p) => p.directGold),
  );
  const speakerPrecision = ratio(precision, itemCount);
  const speakerRecall = ratio(recall, itemCount);
  const worst = passages.reduce<PassageScore | undefined>(
    (w, p) => (!w || p.speakerF1 < w.speakerF1 ? p : w),
    undefined,
  );
  const found = sum((p) => p.directMatched + p.reportedFound);
  return {
    passages,
    directPrecision,
    directRecall,
    directF1: f1(directPrecision, directRecall),
    reportedRecall: ratio(
      sum((p) => p.reportedFound),
      sum((p) => p.reportedGold),
    ),
    speakerPrecision,
    speakerRecall,
    speakerF1: f1(speakerPrecision, speakerRecall),
    minArticleSpeakerF1: worst?.speakerF1 ?? 1,
    minArticle: worst?.id ?? '',
    rightName: ratio(
      sum((p) => p.rightNames),
      sum((p) => p.quotations),
    ),
    glossed: ratio(
      sum((p) => p.glossed),
      found,
    ),
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** The figures as a table, passage by passage, then the totals against the targets. */
export function formatAttributionScores(scores: AttributionScores, details = false): string {
  const rows = [
    ['passage', 'direct', 'reported', 'speaker F1', 'right name'],
    ...scores.passages.map((p) => [
      p.id,
      `${p.directMatched}/${p.directGold} (+${p.directFound - p.directMatched})`,
      `${p.reportedFound}/${p.reportedGold}`,
      p.speakerF1.toFixed(3),
      `${p.rightNames}/${p.quotations}`,
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  const t = ATTRIBUTION_TARGETS;
  const mark = (ok: boolean): string => (ok ? '✓' : '✗');
  lines.push(
    '',
    `direct quotations  P ${pct(scores.directPrecision)}  R ${pct(scores.directRecall)}  F1 ${scores.directF1.toFixed(3)} (target ${t.directF1}) ${mark(scores.directF1 >= t.directF1)}`,
    `reported speech    recall ${pct(scores.reportedRecall)} (target ${pct(t.reportedRecall)}) ${mark(scores.reportedRecall >= t.reportedRecall)}`,
    `speakers (B-cubed) P ${pct(scores.speakerPrecision)}  R ${pct(scores.speakerRecall)}  F1 ${scores.speakerF1.toFixed(3)} (target ${t.speakerF1}) ${mark(scores.speakerF1 >= t.speakerF1)}`,
    `worst passage      ${scores.minArticle} ${scores.minArticleSpeakerF1.toFixed(3)} (target ${t.minArticleSpeakerF1}) ${mark(scores.minArticleSpeakerF1 >= t.minArticleSpeakerF1)}`,
    `right name         ${pct(scores.rightName)} (target ${pct(t.rightName)}) ${mark(scores.rightName >= t.rightName)}`,
    `marked in gloss    ${pct(scores.glossed)}`,
  );
  if (details) {
    for (const p of scores.passages) for (const miss of p.misses) lines.push(`${p.id}: ${miss}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(
    `${formatAttributionScores(scoreAttribution(), process.argv.includes('--details'))}\n`,
  );
}
