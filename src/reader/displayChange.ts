import { afterNextPaint } from './afterNextPaint.ts';

/**
 * A change to how the whole article looks (reading mode, text size, theme, speaker focus), made
 * so that its own frame stays small and the reader keeps their place.
 *
 * - The browser renders rows (`content-visibility: auto`) up to one and a half screens beyond the
 *   viewport, and a change restyles, lays out and paints every rendered row. So the rows more
 *   than a quarter of a screen below the screen (those without `data-near`) are held as they were
 *   (`data-settling` on the frame: `content-visibility: hidden`, reader.css) until the change is
 *   on screen, then let go in a task of their own. Rows above the screen change at once: were
 *   they held, their height would change after the reader's place had been kept. A held row
 *   shows blank, so a change that pulls rows up into view (rows getting shorter) holds none.
 * - A change of layout (mode, text size) keeps the paragraph the reader is at where it was on
 *   screen. The browser's scroll anchoring cannot: it anchors on an element that a mode often
 *   hides, and the reader lands a screen away.
 */

interface Place {
  row: Element;
  top: number;
}

/**
 * Keeps `data-near` on the article's rows on screen, up to a quarter of a screen below it, and up
 * to two screens above it: beyond those the browser skips the rows anyway. A row can only move
 * from below the screen to above it through that band (never around it, as a jump past a band
 * around the screen alone would), so the mark never goes stale.
 */
export function watchNearRows(article: HTMLElement): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.target.toggleAttribute('data-near', entry.isIntersecting);
    },
    { rootMargin: '200% 0px 25% 0px' },
  );
  for (const row of article.querySelectorAll('.row')) observer.observe(row);
  return () => observer.disconnect();
}

/**
 * The paragraph the reader is at: the first starting in the upper half of the reading area
 * (below the toolbar while it is stuck to the top), or else the one running across its top (a
 * long paragraph, read halfway). None at the very top of the page, which stays at its top.
 */
function readingPlace(frame: HTMLElement, near: NodeListOf<Element>): Place | null {
  if (scrollY <= 0) return null;
  const bar = frame.querySelector('.toolbar')?.getBoundingClientRect();
  const top = bar && bar.height > 0 && bar.top <= 1 ? bar.bottom : 0;
  const middle = (top + innerHeight) / 2;
  let across: Place | null = null;
  for (const row of near) {
    const box = row.getBoundingClientRect();
    if (box.top >= middle) break;
    if (box.top >= top) return { row, top: box.top };
    if (box.bottom > top) across ??= { row, top: box.top };
  }
  return across;
}

/** Scrolls at once (the page's smooth scrolling set aside) so the row is where it was. */
function keepPlace(place: Place | null): void {
  const moved = place ? place.row.getBoundingClientRect().top - place.top : 0;
  if (moved) scrollBy({ top: moved, behavior: 'instant' });
}

let latest = 0;

/**
 * Runs `apply`, which sets the frame's display attributes, as a display change. `relayout` says
 * whether the change moves text (mode, text size) rather than only recolouring it.
 */
export function changeDisplay(frame: HTMLElement, apply: () => void, relayout: boolean): void {
  // Only a change that moves text needs the rows near the screen (a recolouring holds them all
  // the same): a selector query over the whole article is not free on a long one.
  const near = relayout ? frame.querySelectorAll('.row[data-near]') : null;
  const place = near && readingPlace(frame, near);
  frame.setAttribute('data-settling', '');
  apply();
  keepPlace(place);
  // A change that shortens the rows on screen (side by side to one language on a phone) can pull
  // held rows up into view, where they would be blank in its frame: then none is held.
  if (near && (near[near.length - 1]?.getBoundingClientRect().bottom ?? 0) < innerHeight)
    frame.removeAttribute('data-settling');
  const change = ++latest;
  // A later change lets go once its own frame is on screen.
  afterNextPaint(() => {
    if (change === latest) frame.removeAttribute('data-settling');
  });
}
