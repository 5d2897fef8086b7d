import {
  DERIVATIONAL_SUFFIXES,
  FAMILY_LETTERS,
  INVALID_AFFIX_PAIRS,
  MAX_CANDIDATES,
  MAX_PREFIXES,
  MAX_WORD_LENGTH,
  MIN_ROOT_LENGTH,
  OUTERMOST_ONLY,
  PARTICLE_SUFFIXES,
  POSSESSIVE_SUFFIXES,
  PREFIX_FIRST,
  PREFIX_RULES,
  SUFFIX_LETTERS,
  WORD_HYPHENS,
  type PrefixFamily,
} from './rules.ts';

/** What the analyser needs to know about roots: whether one exists, and which prefixes it takes. */
export interface RootList {
  hasRoot(word: string): boolean;
  /**
   * Letters of FAMILY_LETTERS and SUFFIX_LETTERS for the prefixes and derivational suffixes the
   * root is known to take ('' when nothing is known).
   */
  affixLetters(root: string): string;
}

export interface Prefix {
  surface: string;
  family: PrefixFamily;
}

export interface Analysis {
  /** The word as analysed (lower case). */
  word: string;
  /** The root in dictionary form; the word itself when no affix could be taken off. */
  root: string;
  /** Whether `root` is in the root list (false: the word was not recognised). */
  known: boolean;
  prefixes: Prefix[];
  /** Suffixes in the order they follow the root: derivational, possessive, particle. */
  suffixes: string[];
  /** Prefixes as written, the root, the suffixes, and for a reduplicated word its copy ("-kata"). */
  parts: string[];
}

interface Candidate {
  root: string;
  prefixes: Prefix[];
  suffixes: string[];
  /** Sum of the option indexes used: earlier options are preferred when all else is equal. */
  optionRank: number;
}

interface SuffixSplit {
  stem: string;
  suffixes: string[];
}

function stripSuffixes(word: string): SuffixSplit[] {
  const splits: SuffixSplit[] = [{ stem: word, suffixes: [] }];
  for (const particle of ['', ...PARTICLE_SUFFIXES]) {
    if (!word.endsWith(particle)) continue;
    const afterParticle = word.slice(0, word.length - particle.length);
    for (const possessive of ['', ...POSSESSIVE_SUFFIXES]) {
      if (!afterParticle.endsWith(possessive)) continue;
      const afterPossessive = afterParticle.slice(0, afterParticle.length - possessive.length);
      for (const derivational of ['', ...DERIVATIONAL_SUFFIXES]) {
        if (particle === '' && possessive === '' && derivational === '') continue;
        if (!afterPossessive.endsWith(derivational)) continue;
        const stem = afterPossessive.slice(0, afterPossessive.length - derivational.length);
        if (stem.length < MIN_ROOT_LENGTH) continue;
        splits.push({
          stem,
          suffixes: [derivational, possessive, particle].filter((suffix) => suffix !== ''),
        });
      }
    }
  }
  return splits;
}

function derivationalOf(suffixes: readonly string[]): string | undefined {
  const first = suffixes[0];
  return DERIVATIONAL_SUFFIXES.some((suffix) => suffix === first) ? first : undefined;
}

function isInvalidPair(family: PrefixFamily, derivational: string | undefined): boolean {
  return (
    derivational !== undefined &&
    INVALID_AFFIX_PAIRS.some(
      ([pairFamily, suffix]) => pairFamily === family && suffix === derivational,
    )
  );
}

function collectCandidates(word: string, roots: RootList): Candidate[] {
  const found: Candidate[] = [];
  let explored = 0;

  function stripPrefixes(stem: string, split: SuffixSplit, prefixes: Prefix[], rank: number): void {
    if (prefixes.length >= MAX_PREFIXES || explored >= MAX_CANDIDATES) return;
    for (const rule of PREFIX_RULES) {
      if (prefixes.some((prefix) => prefix.family === rule.family)) continue;
      if (prefixes.length > 0 && OUTERMOST_ONLY.includes(rule.family)) continue;
      if (prefixes.length === 0 && isInvalidPair(rule.family, derivationalOf(split.suffixes)))
        continue;
      const match = rule.match.exec(stem);
      if (match === null) continue;
      const rest = stem.slice(match[0].length);
      rule.options.forEach((option, index) => {
        explored += 1;
        const root = option.restore + rest;
        if (root.length < MIN_ROOT_LENGTH || explored >= MAX_CANDIDATES) return;
        const next = [...prefixes, { surface: option.surface, family: rule.family }];
        if (roots.hasRoot(root))
          found.push({ root, prefixes: next, suffixes: split.suffixes, optionRank: rank + index });
        stripPrefixes(root, split, next, rank + index);
      });
    }
  }

  for (const split of stripSuffixes(word)) {
    if (roots.hasRoot(split.stem))
      found.push({ root: split.stem, prefixes: [], suffixes: split.suffixes, optionRank: 0 });
    stripPrefixes(split.stem, split, [], 0);
  }
  return found;
}

/** How many of the affixes next to the root the root list does not say the root takes. */
function unlicensed(candidate: Candidate, roots: RootList): number {
  if (candidate.prefixes.length === 0 && candidate.suffixes.length === 0) return 0;
  const letters = roots.affixLetters(candidate.root);
  const inner = candidate.prefixes.at(-1);
  const derivational = derivationalOf(candidate.suffixes);
  return (
    (inner !== undefined && !letters.includes(FAMILY_LETTERS[inner.family]) ? 1 : 0) +
    (derivational !== undefined && !letters.includes(suffixLetter(derivational)) ? 1 : 0)
  );
}

function suffixLetter(suffix: string): string {
  return suffix === 'kan'
    ? SUFFIX_LETTERS.kan
    : suffix === 'an'
      ? SUFFIX_LETTERS.an
      : SUFFIX_LETTERS.i;
}

function countInflections(candidate: Candidate): number {
  return candidate.suffixes.length - (derivationalOf(candidate.suffixes) === undefined ? 0 : 1);
}

function countDerivational(candidate: Candidate): number {
  return derivationalOf(candidate.suffixes) === undefined ? 0 : 1;
}

/**
 * Orders analyses: a word that is itself a root stays whole; then the analysis whose root is known
 * (from hunspell-id's flags) to take those affixes; then the order in which Nazief and Adriani's
 * stemmer would find them: particles and pronouns off first, the derivational suffix before the
 * prefixes unless the word has a PREFIX_FIRST shape, as few prefixes as reach a root (it checks the
 * dictionary after each one), the earlier rule option, and last the longer root.
 */
function compareCandidates(
  a: Candidate,
  b: Candidate,
  prefixFirst: boolean,
  roots: RootList,
): number {
  const derivational = countDerivational(a) - countDerivational(b);
  return (
    unlicensed(a, roots) - unlicensed(b, roots) ||
    countInflections(b) - countInflections(a) ||
    (prefixFirst ? derivational : -derivational) ||
    a.prefixes.length - b.prefixes.length ||
    a.optionRank - b.optionRank ||
    b.root.length - a.root.length
  );
}

function toAnalysis(word: string, candidate: Candidate | undefined): Analysis {
  if (candidate === undefined)
    return { word, root: word, known: false, prefixes: [], suffixes: [], parts: [word] };
  return {
    word,
    root: candidate.root,
    known: true,
    prefixes: candidate.prefixes,
    suffixes: candidate.suffixes,
    parts: [
      ...candidate.prefixes.map((prefix) => prefix.surface),
      candidate.root,
      ...candidate.suffixes,
    ],
  };
}

function analyseSimple(word: string, roots: RootList): Analysis {
  if (roots.hasRoot(word))
    return toAnalysis(word, { root: word, prefixes: [], suffixes: [], optionRank: 0 });
  const candidates = collectCandidates(word, roots);
  const prefixFirst = PREFIX_FIRST.some((shape) => shape.test(word));
  candidates.sort((a, b) => compareCandidates(a, b, prefixFirst, roots));
  return toAnalysis(word, candidates[0]);
}

/**
 * Reduplication: kata-kata ← kata (full), sehari-hari ← se- + hari (affix on the left half),
 * kata-katanya ← kata + -nya (affix on the right half). Anything else with a hyphen is a compound
 * (pro-Rusia) and is kept whole.
 */
function analyseHyphenated(word: string, left: string, right: string, roots: RootList): Analysis {
  if (left === right) {
    const half = analyseSimple(left, roots);
    return { ...half, word, parts: [...half.parts, `-${right}`] };
  }
  const leftAnalysis = analyseSimple(left, roots);
  if (leftAnalysis.known && leftAnalysis.root === right)
    return { ...leftAnalysis, word, parts: [...leftAnalysis.parts, `-${right}`] };
  const rightAnalysis = analyseSimple(right, roots);
  if (rightAnalysis.known && rightAnalysis.root === left)
    return { ...rightAnalysis, word, parts: [`${left}-`, ...rightAnalysis.parts] };
  if (roots.hasRoot(word)) return analyseSimple(word, roots);
  return toAnalysis(word, undefined);
}

/**
 * Splits an Indonesian word into prefixes, root and suffixes, stopping at a root of the list.
 * Never throws; a word it cannot analyse comes back whole with `known: false`.
 */
export function analyseWord(input: string, roots: RootList): Analysis {
  const word = input.toLowerCase();
  if (
    word.length === 0 ||
    word.length > MAX_WORD_LENGTH ||
    !/^[\p{L}\p{M}'’\-\u2010\u2011]+$/u.test(word)
  ) {
    return toAnalysis(word, undefined);
  }
  const halves = word.split(WORD_HYPHENS);
  const [left, right] = halves;
  if (halves.length === 2 && left && right) return analyseHyphenated(word, left, right, roots);
  if (halves.length > 1)
    return roots.hasRoot(word) ? analyseSimple(word, roots) : toAnalysis(word, undefined);
  return analyseSimple(word, roots);
}
