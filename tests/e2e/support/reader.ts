import type { Page, TestInfo } from '@playwright/test';
import type { Bundle } from '../../../src/bundle/schema.ts';
import { afterFrames } from './frames.ts';
import { withSpeakers } from './speakerBundle.ts';

export const seedSlug = 'korea-utara-pasukan-rusia';

/** The seed bundle as the built site serves it. */
export async function fetchSeed(page: Page): Promise<Bundle> {
  const response = await page.request.get(`/bundles/${seedSlug}.json`);
  return (await response.json()) as Bundle;
}

/** Opens a bundle through the file input, as a reader would. */
export async function openBundle(page: Page, bundle: Bundle, name = 'artikel.json') {
  await page.getByText(/Open your own article|Buka artikel Anda sendiri/).click();
  await page.getByLabel(/Article \(\.json or \.txt\)|Artikel \(\.json atau \.txt\)/).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
}

/** The seed with speakers, opened from a file: what the seed will look like once quotes land. */
export async function openSeedWithSpeakers(page: Page): Promise<Bundle> {
  const bundle = withSpeakers(await fetchSeed(page));
  await openBundle(page, bundle);
  // The seed's own page has a legend too: wait for the opened article itself, or the test would
  // act on the page it replaces (opening loads the parser and the checks first).
  await page
    .getByRole('status')
    .filter({ hasText: /your own article|artikel Anda sendiri/ })
    .waitFor();
  await page.getByRole('heading', { name: /Who speaks|Siapa yang berbicara/ }).waitFor();
  return bundle;
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  // Rows off screen skip rendering (content-visibility: auto); a whole-page picture needs them all.
  const skip = fullPage ? 'visible' : '';
  await page.evaluate((value) => {
    for (const element of document.querySelectorAll<HTMLElement>('.row, .row-group, .section'))
      element.style.contentVisibility = value;
  }, skip);
  // A screen's picture right after a scroll would show the rows just brought on screen blank: the
  // browser draws them a frame or two later. (The screenshots spec's "middle" pictures were.)
  if (!fullPage) await afterFrames(page, 4);
  await page.screenshot({
    path: testInfo.outputPath(`${name}.png`),
    fullPage,
    animations: 'disabled',
  });
}
