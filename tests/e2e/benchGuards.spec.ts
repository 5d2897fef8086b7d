import { expect, test, type Page } from '@playwright/test';
import { measureToggleLatency } from '../../src/cli/measurePage.ts';
import { DESKTOP_ONLY } from './support/screens.ts';

/**
 * The bench's toggle figures are the page's own work only while Playwright's injected script is
 * out of the page: once a locator has run, its capture listeners on the window handle every
 * press and click measured. measureToggleLatency must refuse such a page, and measure a clean one.
 * The plain @playwright/test page, not the project's: its goto waits with a locator.
 */
async function openClean(page: Page): Promise<void> {
  await page.goto('/?lng=en&mode=both');
  await page.evaluate(async () => {
    while (!document.documentElement.hasAttribute('data-ready'))
      await new Promise((done) => setTimeout(done, 20));
  });
}

test.describe(`the bench's toggle measurement ${DESKTOP_ONLY}`, () => {
  // A locator's script listens in Playwright's isolated world, waitForSelector's in the page's.
  for (const [how, wait] of [
    ['a locator', (page: Page) => page.locator('.app').waitFor()],
    ['waitForSelector', (page: Page) => page.waitForSelector('.app')],
  ] as const) {
    test(`refuses a page where ${how} has loaded Playwright’s injected script`, async ({
      page,
    }) => {
      await openClean(page);
      await wait(page);
      await expect(measureToggleLatency(page, { rounds: 1, cpuSlowdown: 1 })).rejects.toThrow(
        /injected script listens in the page/u,
      );
    });
  }

  test('measures a page opened and waited for with plain scripts', async ({ page }) => {
    await openClean(page);
    const latency = await measureToggleLatency(page, { rounds: 1, cpuSlowdown: 1 });
    // One round is the three reading modes, each toggle with its Event Timing figure.
    expect(latency.durations).toHaveLength(3);
  });
});
