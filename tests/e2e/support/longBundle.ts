import type { Page } from '@playwright/test';
import type { Bundle } from '../../../src/bundle/schema.ts';
import { parseArticle } from '../../../src/bundle/parseArticle.ts';
import { readDefaultSeed, repeatArticle } from '../../../src/cli/measureParser.ts';
import { openBundle } from './reader.ts';

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

/** Opens the seed repeated `times` times from a file, once its last paragraph is in the page. */
export async function openLongArticle(page: Page, times = 10): Promise<Bundle> {
  await page.goto('/?lng=en');
  const bundle = longBundle(times);
  await openBundle(page, bundle);
  await page.locator(`#${bundle.sections.at(-1)?.paragraphs.at(-1)?.id}`).waitFor();
  return bundle;
}
