import type { Page } from '@playwright/test';
import { afterFrames } from './support/frames.ts';
import { takeJumps, watchJumps, type Jump } from './support/jumps.ts';
import { openLongArticle } from './support/longBundle.ts';
import { expect, test } from './support/test.ts';

/**
 * Rows render only near the screen (content-visibility), a frame or two after a scroll brings
 * them there. A jump must not show the rows it lands among blank for those frames, nor let them
 * move the target when they pop in at their real height.
 */
function expectDrawnAndStill(jumps: readonly Jump[], what: string): void {
  // One jump: its hold never had to scroll again, the target having stayed where it landed.
  expect(jumps.length, `${what}: jumps`).toBe(1);
  for (const [index, jump] of jumps.entries()) {
    expect(jump.onScreen, `${what}, jump ${index}: rows on screen`).toBeGreaterThan(0);
    expect(jump.blank, `${what}, jump ${index}: rows on screen not drawn`).toBe(0);
    expect(
      Math.abs((jump.later ?? NaN) - jump.top),
      `${what}, jump ${index}: the target moved from ${jump.top}`,
    ).toBeLessThanOrEqual(1);
  }
}

/** Back to the top once the jump's hold (12 frames) is over: a scroll from a script is no reader's
 * input, and during the hold the jump would pull the page back to its target. */
async function backToTop(page: Page): Promise<void> {
  await afterFrames(page, 15);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A paragraph a fraction of the way down the article. */
function rowAt(page: Page, fraction: number): Promise<string> {
  return page.evaluate((f) => {
    const rows = document.querySelectorAll('#article .row');
    return rows[Math.floor((rows.length - 1) * f)]?.id ?? '';
  }, fraction);
}

test.beforeEach(async ({ page }) => {
  await watchJumps(page);
});

test('a link to a paragraph lands on drawn rows, and they do not move it', async ({ page }) => {
  await page.goto('/?lng=en');
  // The middle of the article, and near its end, where the jump stops short of the top.
  for (const fraction of [0.5, 0.95]) {
    const id = await rowAt(page, fraction);
    await page.evaluate((hash) => (window.location.hash = hash), `#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    expectDrawnAndStill(await takeJumps(page), `#${id}`);
    await backToTop(page);
  }
  // Opened from the link itself.
  const id = await rowAt(page, 0.7);
  await page.goto(`/?lng=en#${id}`);
  expectDrawnAndStill(await takeJumps(page), `opened at #${id}`);
});

test('in a long article, a link lands on drawn rows inside sections skipped until then', async ({
  page,
}) => {
  // The long article's sections, not only its rows and their groups, are skipped while off
  // screen: a jump draws the section it lands in too, or the rows there paint blank.
  await openLongArticle(page);
  for (const fraction of [0.5, 0.95]) {
    const id = await rowAt(page, fraction);
    const skipped = await page.evaluate(
      (row) =>
        !document
          .getElementById(row)
          ?.closest('.section')
          ?.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }),
      id,
    );
    expect(skipped, `#${id}'s section is skipped before the jump`).toBe(true);
    await page.evaluate((hash) => (window.location.hash = hash), `#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    expectDrawnAndStill(await takeJumps(page), `#${id}`);
    await backToTop(page);
  }
});

test('the next quotation lands on drawn rows, in folded sections too', async ({ page }) => {
  await page.goto('/?lng=en');
  const legend = page.getByRole('region', { name: 'Who speaks' });
  const next = legend.getByRole('button', { name: /^Next quotation by/ });
  const count = await next.count();
  expect(count).toBeGreaterThan(2);
  for (const index of [count - 1, Math.floor(count / 2)]) {
    await next.nth(index).click();
    expectDrawnAndStill(await takeJumps(page), `next quotation ${index}`);
    await backToTop(page);
  }
  await page.getByRole('button', { name: 'Fold all', exact: true }).click();
  await next.nth(count - 1).click();
  expectDrawnAndStill(await takeJumps(page), 'next quotation, everything folded');
});

test('of two links followed while the jump’s code loads, the later one wins', async ({ page }) => {
  // The code loaded late, as on a slow connection: both links wait for it, and their jumps ran
  // in either order (2 runs in 4 landed on the first) until the target was read once it loaded.
  await page.route(/revealParagraph.*\.js$/u, async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  await page.goto('/?lng=en');
  const [first, second] = [await rowAt(page, 0.3), await rowAt(page, 0.8)];
  await page.evaluate(
    async ([a, b]) => {
      window.location.hash = `#${a}`;
      await new Promise((done) => setTimeout(done, 50));
      window.location.hash = `#${b}`;
    },
    [first, second],
  );
  // Both jumps done, and their holds over.
  await page.waitForTimeout(1500);
  await expect(page.locator(`#${second}`)).toBeInViewport();
  await expect(page.locator(`#${first}`)).not.toBeInViewport();
});

test('a jump made while another holds its target ends that hold', async ({ page }) => {
  await page.goto('/?lng=en');
  const [first, second] = [await rowAt(page, 0.3), await rowAt(page, 0.8)];
  await page.evaluate((hash) => (window.location.hash = hash), `#${first}`);
  // A few frames into the first jump's hold (12 frames), the second: the browser's Back, say.
  await expect(page.locator(`#${first}`)).toBeInViewport();
  const tops = await page.evaluate(async (id) => {
    window.location.hash = `#${id}`;
    const row = document.getElementById(id);
    const seen: number[] = [];
    for (let frame = 0; frame < 16; frame++) {
      await new Promise((done) => requestAnimationFrame(done));
      seen.push(Math.round(row?.getBoundingClientRect().top ?? NaN));
    }
    return seen;
  }, second);
  // Landed by the third frame, and from then on nothing pulls the page back to the first.
  expect(new Set(tops.slice(3)), `the second target's top, frame by frame: ${tops}`).toEqual(
    new Set([tops[3]]),
  );
  await takeJumps(page);
});
