import type { Span } from '../schema.ts';

/** Leaving a quotation without a counterpart costs this much, against the gap in relative position. */
const SKIP_COST = 0.35;
/** Above this many cells the pairing falls back to order alone (keeps long paragraphs linear). */
const MAX_CELLS = 10_000;

function middle(span: Span, length: number): number {
  return length === 0 ? 0 : (span.start + span.end) / 2 / length;
}

/**
 * Pairs the quotations of a paragraph with those of its gloss, in order: the same number on
 * both sides pair one to one; otherwise a monotone alignment by where each sits in its line
 * (a quotation halfway through the Indonesian sits about halfway through the English) leaves
 * out the ones with no counterpart. Returns, for each source span, its target's index or -1.
 */
export function pairSpans(
  source: readonly Span[],
  sourceLength: number,
  target: readonly Span[],
  targetLength: number,
): number[] {
  const n = source.length;
  const m = target.length;
  if (n === m) return source.map((_, i) => i);
  if (n === 0) return [];
  if (m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return source.map((_, i) => (i < m ? i : -1));
  }
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * width + j] ?? Infinity;
      if (here === Infinity) continue;
      const s = source[i];
      const t = target[j];
      if (i < n) {
        const k = (i + 1) * width + j;
        cost[k] = Math.min(cost[k] ?? Infinity, here + SKIP_COST);
      }
      if (j < m) {
        const k = i * width + j + 1;
        cost[k] = Math.min(cost[k] ?? Infinity, here + SKIP_COST);
      }
      if (s && t) {
        const k = (i + 1) * width + j + 1;
        const d = Math.abs(middle(s, sourceLength) - middle(t, targetLength));
        cost[k] = Math.min(cost[k] ?? Infinity, here + d);
      }
    }
  }
  const pairs = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = cost[i * width + j] ?? Infinity;
    const s = source[i - 1];
    const t = target[j - 1];
    const diagonal =
      s && t
        ? (cost[(i - 1) * width + j - 1] ?? Infinity) +
          Math.abs(middle(s, sourceLength) - middle(t, targetLength))
        : Infinity;
    if (Math.abs(here - diagonal) < 1e-9) {
      pairs[i - 1] = j - 1;
      i--;
      j--;
    } else if (Math.abs(here - ((cost[(i - 1) * width + j] ?? Infinity) + SKIP_COST)) < 1e-9) {
      i--;
    } else {
      j--;
    }
  }
  return pairs;
}
