import type { Locator, Page } from '@playwright/test';

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

/**
 * A point on the element (on its first line box) once the element has come to rest there. Rows
 * near the screen render only as they come near it (content-visibility), a few frames after a
 * scroll, and replace their estimated heights: an element checked once as "stable" can still
 * move under a click between its press and its release. So: scrolled into view, then the same
 * point, hitting the element, three times two frames apart.
 */
export async function restingPoint(target: Locator): Promise<{ x: number; y: number }> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate(async (element) => {
    let last = '';
    let still = 0;
    for (let attempt = 0; attempt < 30; attempt++) {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
      const point = { x: rect.left + Math.min(rect.width / 2, 24), y: rect.top + rect.height / 2 };
      const hit = document.elementFromPoint(point.x, point.y);
      if (!hit || !element.contains(hit)) {
        element.scrollIntoView({ block: 'center' });
        still = 0;
        continue;
      }
      still = `${point.x},${point.y}` === last ? still + 1 : 0;
      last = `${point.x},${point.y}`;
      if (still === 2) return point;
    }
    throw new Error('the element never came to rest under a point');
  });
}
