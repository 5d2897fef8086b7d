import type { Bundle } from '../../../src/bundle/schema.ts';
import { parseArticle } from '../../../src/bundle/parseArticle.ts';
import { readDefaultSeed, repeatArticle } from '../../../src/cli/measureParser.ts';

/**
 * The seed's text and gloss repeated `times` times and parsed, as the bench's long article is:
 * past the reader's long-article threshold (60 paragraphs) at 3 times, so its rows come in groups
 * and its sections are skipped while off screen.
 */
export function longBundle(times: number): Bundle {
  const seed = readDefaultSeed();
  return parseArticle({
    id: `seed-${times}x`,
    text: repeatArticle(seed.text, times),
    gloss: repeatArticle(seed.gloss, times),
  });
}
