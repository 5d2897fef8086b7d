/**
 * The page's only script tag. The article is already in the HTML (prerendered), so the reader's
 * script waits until the article's title, the largest text of the first screen, is on screen:
 * Element Timing reports it (ArticleHeader names it with titleTiming.ts) only once its frame has
 * been presented. On a slow connection or a slow phone, the download and the hydration never hold
 * back the first view of the article, and a page-load audit (Lighthouse) never finds the reader's
 * download begun before the paint it measures. Waiting one frame was not enough (on a
 * busy machine that frame was presented after the download had begun), nor was the first
 * contentful paint: the parser can yield mid-page, and that paint then showed the masthead a frame
 * before the title. Lighthouse's simulated LCP counted the download (slow 4G, about 0.6 s) then.
 */
import { TITLE_TIMING } from '../reader/titleTiming.ts';

function loadReader(): void {
  void import('./main.tsx');
}

// A browser without Element Timing waits for the first contentful paint instead. So does a page
// opened at a paragraph further down (an address ending in #its-id): it scrolls there, and a
// title scrolled away before it was painted is never reported (a phone opened at the last
// paragraph waited the two seconds below for its reader).
const awaited =
  PerformanceObserver.supportedEntryTypes.includes('element') && !location.hash
    ? 'element'
    : 'paint';
new PerformanceObserver((list, observer) => {
  for (const entry of list.getEntries())
    if (
      entry.name === 'first-contentful-paint' ||
      // Element Timing's entries are missing from TypeScript's DOM types. An assertion, not a
      // check: this is the first view's script, and every byte of it counts against the budget.
      // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
      (entry as PerformanceEntry & { identifier?: string }).identifier === TITLE_TIMING
    ) {
      observer.disconnect();
      loadReader();
      return;
    }
}).observe({ type: awaited, buffered: true });
// Should nothing be reported (the title off screen, no Paint Timing), the reader loads all the same.
setTimeout(loadReader, 2000);
