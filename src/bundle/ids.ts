import { RULES } from './rules.ts';

/** Folds a line's first words into a URL-fragment id: "PBB - Korea Utara tidak" → "pbb-korea-utara-tidak". */
export function slugify(text: string, maxWords: number = RULES.idMaxWords): string {
  // Only the first few words are used: fold a short prefix, not the whole paragraph.
  const words = text
    .slice(0, RULES.idMaxLength * 3)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words.slice(0, maxWords)) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > RULES.idMaxLength) break;
    slug = next;
  }
  return slug;
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
    const base = slug === '' ? prefix : /^[a-z]/u.test(slug) ? slug : `${prefix}-${slug}`;
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(id);
    return id;
  };
}
