import type { Page } from '@playwright/test';

/** What the screen showed when a jump (a link, the next quotation) moved the reader. */
export interface Jump {
  /** The rows on screen right after the jump's scroll, and those of them not drawn yet. */
  onScreen: number;
  blank: number;
  /** Where the target's top was then, and six frames later, in pixels from the screen's top. */
  top: number;
  later: number | null;
}

/**
 * Watches every jump the page makes. A jump is a `scrollIntoView({ block })` without a behaviour
 * (revealParagraph.ts); a smooth scroll passes one. Right after the jump's scroll, in its own task,
 * it counts the rows on screen whose contents the browser still skips (content-visibility: auto):
 * those paint blank in the jump's first frame. Six frames later it reads where the target went.
 */
export async function watchJumps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const jumps: Jump[] = [];
    Object.defineProperty(window, '__kabarJumps', { value: jumps });
    const scroll = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | object) {
      scroll.call(this, options);
      if (typeof options !== 'object' || !('block' in options) || 'behavior' in options) return;
      const onScreen = [...document.querySelectorAll('#article .row')].filter((row) => {
        const { top, bottom } = row.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      });
      const blank = onScreen.filter(
        (row) => !row.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }),
      );
      const jump: Jump = {
        onScreen: onScreen.length,
        blank: blank.length,
        top: this.getBoundingClientRect().top,
        later: null,
      };
      jumps.push(jump);
      let frames = 6;
      const look = () => {
        if (--frames > 0) requestAnimationFrame(look);
        else jump.later = this.getBoundingClientRect().top;
      };
      requestAnimationFrame(look);
    };
  });
}

/** The jumps made since the last call, once the last of them has been looked at again. */
export async function takeJumps(page: Page): Promise<Jump[]> {
  await page.waitForFunction(() => {
    const jumps: unknown = Reflect.get(window, '__kabarJumps');
    return Array.isArray(jumps) && jumps.length > 0 && jumps.at(-1).later !== null;
  });
  return page.evaluate(() => {
    const jumps: unknown = Reflect.get(window, '__kabarJumps');
    return Array.isArray(jumps) ? jumps.splice(0, jumps.length) : [];
  });
}
