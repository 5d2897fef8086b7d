import { RULES } from './rules.ts';
import type { Span } from './schema.ts';

/** How many sentences of each side a pairing takes, e.g. 1-2: one Indonesian, two English. */
export type PairingType = keyof typeof RULES.alignPriors;

/** One step of an alignment: a run of source sentences and the run of target sentences it matches. */
export interface Bead {
  /** "1-1", "1-2", "2-1", …: the number of source and target sentences the step takes. */
  type: string;
  source: { first: number; count: number };
  target: { first: number; count: number };
}

const MOVES: readonly { type: PairingType; source: number; target: number }[] = [
  { type: '1-1', source: 1, target: 1 },
  { type: '1-2', source: 1, target: 2 },
  { type: '2-1', source: 2, target: 1 },
  { type: '2-2', source: 2, target: 2 },
  { type: '1-3', source: 1, target: 3 },
  { type: '3-1', source: 3, target: 1 },
];

/**
 * Above this many cells (source sentences times target sentences) a paragraph is aligned by
 * position instead: a whole article pasted as one line (some fifty sentences) still fits, and a
 * pathological paragraph of thousands of sentences costs neither quadratic time nor memory.
 */
const MAX_ALIGNMENT_CELLS = 40_000;

// Abramowitz and Stegun 26.2.17: the standard normal tail, accurate to 7.5e-8.
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return (
    density *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  );
}

function lengthCost(sourceLength: number, targetLength: number, ratio: number): number {
  const mean = Math.max(sourceLength, 1);
  const delta = (targetLength - mean * ratio) / Math.sqrt(mean * RULES.alignVariance);
  const probability = 2 * normalTail(Math.abs(delta));
  return -Math.log(Math.max(probability, 1e-300));
}

function lengthOf(spans: readonly Span[], first: number, count: number): number {
  let total = 0;
  for (let i = first; i < first + count; i++) {
    const span = spans[i];
    if (span) total += span.end - span.start;
  }
  return total;
}

/**
 * Aligns the sentences of a paragraph with those of its translation by length, in the manner of
 * Gale and Church (1993): a dynamic programme over pairings 1-1, 1-2, 2-1, 2-2, 1-3 and 3-1, each
 * scored by how likely the length of one side is given the other and how common the pairing is.
 * The expected length ratio is the paragraph's own, so a wordier language costs nothing.
 * Returns null when no such pairing covers both sides (e.g. one sentence against five), or when
 * the paragraph has too many sentences to align this way (MAX_ALIGNMENT_CELLS).
 */
export function alignSentences(source: readonly Span[], target: readonly Span[]): Bead[] | null {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_ALIGNMENT_CELLS) return null;
  // One sentence on each side, as in most news paragraphs: 1-1 is the only pairing that covers
  // both, and its cost is always finite, so the programme below would choose it. Skipping it
  // spares two typed arrays per paragraph.
  if (n === 1 && m === 1) {
    return [{ type: '1-1', source: { first: 0, count: 1 }, target: { first: 0, count: 1 } }];
  }
  const ratio = Math.max(lengthOf(target, 0, m), 1) / Math.max(lengthOf(source, 0, n), 1);
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const step = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * width + j] ?? Infinity;
      if (here === Infinity) continue;
      // A plain loop, not forEach: a callback made for every cell is garbage for every cell.
      for (let k = 0; k < MOVES.length; k++) {
        const move = MOVES[k];
        if (!move) continue;
        const ni = i + move.source;
        const nj = j + move.target;
        if (ni > n || nj > m) continue;
        const total =
          here -
          Math.log(RULES.alignPriors[move.type]) +
          lengthCost(lengthOf(source, i, move.source), lengthOf(target, j, move.target), ratio);
        const index = ni * width + nj;
        if (total < (cost[index] ?? Infinity)) {
          cost[index] = total;
          step[index] = k;
        }
      }
    }
  }
  if (step[n * width + m] === -1) return null;
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = MOVES[step[i * width + j] ?? -1];
    if (!move) return null;
    i -= move.source;
    j -= move.target;
    beads.push({
      type: move.type,
      source: { first: i, count: move.source },
      target: { first: j, count: move.target },
    });
  }
  return beads.reverse();
}

/**
 * The fallback when no length-based pairing exists: each source sentence takes the run of target
 * sentences whose middle falls within its share of the paragraph, so every sentence on both sides
 * still has a counterpart near where it stands.
 */
export function alignProportionally(source: readonly Span[], target: readonly Span[]): Bead[] {
  const n = source.length;
  const m = target.length;
  const sourceTotal = Math.max(lengthOf(source, 0, n), 1);
  const targetTotal = Math.max(lengthOf(target, 0, m), 1);
  const owner: number[] = [];
  const owns = new Array<boolean>(n).fill(false);
  let before = 0;
  // The middles grow with j, so the owning source sentence only moves forward: one pass, not n × m.
  let seen = 0;
  let i = 0;
  for (let j = 0; j < m; j++) {
    const length = lengthOf(target, j, 1);
    const middle = (before + length / 2) / targetTotal;
    before += length;
    while (i < n - 1 && (seen + lengthOf(source, i, 1)) / sourceTotal < middle) {
      seen += lengthOf(source, i, 1);
      i++;
    }
    owner.push(i);
    owns[i] = true;
  }
  const beads: Bead[] = [];
  i = 0;
  let j = 0;
  while (i < n || j < m) {
    // Source sentences that own no target sentence join the next one that does (or the last).
    let sourceEnd = i;
    while (sourceEnd < n - 1 && !owns[sourceEnd]) sourceEnd++;
    let targetEnd = j;
    while (targetEnd < m && (owner[targetEnd] ?? n) <= sourceEnd) targetEnd++;
    if (sourceEnd >= n) sourceEnd = n - 1;
    if (targetEnd === j) targetEnd = Math.min(j + 1, m);
    if (sourceEnd === n - 1 || targetEnd === m) {
      sourceEnd = targetEnd === m ? n - 1 : sourceEnd;
      if (sourceEnd === n - 1) targetEnd = m;
    }
    const sourceCount = sourceEnd - i + 1;
    const targetCount = targetEnd - j;
    beads.push({
      type: `${sourceCount}-${targetCount}`,
      source: { first: i, count: sourceCount },
      target: { first: j, count: targetCount },
    });
    i = sourceEnd + 1;
    j = targetEnd;
  }
  return beads;
}
