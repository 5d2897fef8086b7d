import type { Page } from '@playwright/test';

/** Waits in the page until `count` frames have been rendered, then for a task after the last. */
export async function afterFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((done) => {
        const next = () => (--frames > 0 ? requestAnimationFrame(next) : setTimeout(done, 0));
        requestAnimationFrame(next);
      }),
    count,
  );
}
