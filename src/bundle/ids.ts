import { RULES } from './rules.ts';

/** Only the first few words are used: a short prefix is folded, not the whole paragraph. */
const PREFIX_LENGTH = RULES.idMaxLength * 3;
const MARK = /\p{M}/gu;
const STARTS_WITH_LETTER = /^[a-z]/u;

/** a-z and 0-9, and in the ASCII reading A-Z too (they fold to a-z). */
function isWordCharacter(code: number, upperCase: boolean): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (upperCase && code >= 65 && code <= 90)
  );
}

/** Adds `word` to `slug`, or returns null when the slug would grow too long for an id. */
function extend(slug: string, word: string): string | null {
  const next = slug === '' ? word : `${slug}-${word}`;
  return next.length > RULES.idMaxLength ? null : next;
}

/** The slug by the Unicode rules: compatibility decomposition, marks dropped, lower case. */
export function foldedSlug(text: string, maxWords: number = RULES.idMaxWords): string {
  const folded = text.slice(0, PREFIX_LENGTH).normalize('NFKD').replace(MARK, '').toLowerCase();
  let slug = '';
  let i = 0;
  for (let words = 0; words < maxWords; words++) {
    while (i < folded.length && !isWordCharacter(folded.charCodeAt(i), false)) i++;
    if (i >= folded.length) break;
    const start = i;
    while (i < folded.length && isWordCharacter(folded.charCodeAt(i), false)) i++;
    const next = extend(slug, folded.slice(start, i));
    if (next === null) break;
    slug = next;
  }
  return slug;
}

/**
 * The slug read straight from the text, or undefined as soon as a character it has to read is
 * not ASCII. ASCII folds to itself, and the characters after the last one read cannot change
 * the words before it (marks are dropped, case is mapped one character at a time), so where
 * this gives a slug it is foldedSlug's. It spares the Unicode folding of nearly every line.
 */
function asciiSlug(text: string, maxWords: number): string | undefined {
  const length = Math.min(text.length, PREFIX_LENGTH);
  let slug = '';
  let i = 0;
  for (let words = 0; words < maxWords; words++) {
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return undefined;
      if (isWordCharacter(code, true)) break;
    }
    if (i >= length) break;
    const start = i;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return undefined;
      if (!isWordCharacter(code, true)) break;
    }
    const next = extend(slug, text.slice(start, i).toLowerCase());
    if (next === null) break;
    slug = next;
  }
  return slug;
}

/** Folds a line's first words into a URL-fragment id: "PBB - Korea Utara tidak" → "pbb-korea-utara-tidak". */
export function slugify(text: string, maxWords: number = RULES.idMaxWords): string {
  return asciiSlug(text, maxWords) ?? foldedSlug(text, maxWords);
}

/**
 * Hands out ids that are unique within one bundle, made from the text so that a link to a
 * paragraph survives edits elsewhere in the article. Ids always start with a letter.
 */
export function createIdMaker(): (text: string, prefix: string) => string {
  const taken = new Set<string>();
  // The next suffix to try for each base, so that many equal lines cost linear time, not quadratic.
  const nextSuffix = new Map<string, number>();
  return (text, prefix) => {
    const slug = slugify(text);
    const base = slug === '' ? prefix : STARTS_WITH_LETTER.test(slug) ? slug : `${prefix}-${slug}`;
    const seen = nextSuffix.get(base);
    // A base asked for before is taken already (by that line, or else it was passed over for a
    // suffix), so the search starts at its next suffix.
    let n = seen ?? 2;
    let id = seen === undefined ? base : `${base}-${n++}`;
    while (taken.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(id);
    return id;
  };
}
