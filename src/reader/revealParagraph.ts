import type { ReadingMode } from './readerState.ts';

/**
 * Unfolds the section holding a paragraph, at once: callers pass SectionBlock's `unfoldParagraph`.
 * This module is loaded on demand, and importing a first-view module from it would make the
 * bundler split React out of the first view's chunk.
 */
export type Unfold = (paragraphId: string) => void;

function scrollBehaviour(view: Window | null): ScrollBehavior {
  if (typeof view?.matchMedia !== 'function') return 'auto';
  return view.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Scrolls an element into view where the DOM can (jsdom, for one, cannot). */
export function scrollToElement(element: Element, block: ScrollLogicalPosition): void {
  if (typeof element.scrollIntoView !== 'function') return;
  element.scrollIntoView({ block, behavior: scrollBehaviour(element.ownerDocument.defaultView) });
}

/** How many frames a link's target is kept in view while the rows around it render. */
const SETTLE_FRAMES = 12;

/** The jump being held, if any. */
let holding: AbortController | undefined;

/** What a reader does to move on: any of these ends the hold at once. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Rows render only as they come near the screen (content-visibility), and each replaces its
 * estimated height with its real one. The rows a jump lands among are drawn before it
 * (drawLanding), but those just off screen render after, and where scroll anchoring cannot make
 * up for them they would push the target away. For a few frames, bring it back whenever it has
 * left the top half of the screen, unless the reader has meanwhile scrolled, tapped or pressed a
 * key: the hold never pulls them back. `done` runs when the hold ends.
 */
function keepInView(element: Element, block: 'start' | 'center', done: () => void): void {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.requestAnimationFrame !== 'function') return done();
  let frames = SETTLE_FRAMES;
  const released = new AbortController();
  // One hold at a time: a jump made during another's (the browser's Back after a link, say, which
  // is no input to the page) would have the two pull the reader back and forth.
  holding?.abort();
  holding = released;
  released.signal.addEventListener('abort', done, { once: true });
  const release = () => released.abort();
  for (const type of READER_INPUT)
    view.addEventListener(type, release, { capture: true, passive: true, signal: released.signal });
  function check(): void {
    if (!view || released.signal.aborted) return;
    const { top, bottom } = element.getBoundingClientRect();
    // Near the article's end the page cannot scroll the target any higher: leave it be.
    const { scrollHeight } = element.ownerDocument.documentElement;
    const low = block === 'start' ? top > view.innerHeight / 2 : bottom > view.innerHeight;
    if (top < 0 || (low && view.scrollY + view.innerHeight < scrollHeight - 1))
      element.scrollIntoView({ block });
    if (--frames > 0) view.requestAnimationFrame(check);
    else release();
  }
  view.requestAnimationFrame(check);
}

/** At most how many rows either way of a jump's target are looked at to fill the screen. */
const LANDING_ROWS = 40;

/**
 * Rows render only once the browser finds them near the screen (content-visibility: auto), a
 * frame or two after a scroll has brought them there: a jump would paint the rows it lands among
 * blank, at their estimated height, then pop them in and shrink them, moving what is below. So
 * the rows a jump lands among are drawn before it, each measured as it is drawn, until they cover
 * the screen the jump will show. Returns the hand-back: the browser decides again, and keeps
 * drawing those still on screen.
 */
function drawLanding(element: Element, block: 'start' | 'center'): () => void {
  const view = element.ownerDocument.defaultView;
  const rows = [...element.ownerDocument.querySelectorAll('#article .row')];
  const first = rows.findIndex(
    (row) =>
      row.contains(element) ||
      (element.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  const drawn = new Set<HTMLElement>();
  const handBack = () => {
    for (const box of drawn) {
      box.style.removeProperty('content-visibility');
      box.style.removeProperty('contain');
      if (box.getAttribute('style') === '') box.removeAttribute('style');
    }
  };
  const screen = view?.innerHeight ?? 0;
  if (!view || first < 0 || screen === 0) return handBack;
  // Where the screen's top or middle will be once the jump lands, on the page as drawn so far.
  const margin = Number.parseFloat(view.getComputedStyle(element).scrollMarginTop) || 0;
  const anchor = (): number => {
    const { top, height } = element.getBoundingClientRect();
    return block === 'start' ? top - margin : top + height / 2;
  };
  // Draws rows from `from` in `step`'s direction until `reach` says they cover `height`.
  const cover = (from: number, step: 1 | -1, height: number, reach: (row: Element) => number) => {
    let covered = -Infinity;
    for (let i = from, seen = 0; covered < height && seen < LANDING_ROWS; i += step, seen++) {
      const row = rows[i];
      if (!row) break;
      // Rows in folded sections take no room: nothing to draw.
      if (!row.checkVisibility()) continue;
      // A row inside a section or a group the browser skips (a long article's) is drawn only
      // with them.
      for (const box of [
        row.closest('.article[data-long] .section'),
        row.closest('.row-group'),
        row,
      ]) {
        if (!(box instanceof HTMLElement) || drawn.has(box)) continue;
        box.style.contentVisibility = 'visible';
        // The containment `auto` gives a drawn row anyway: handing it back then changes nothing
        // the browser must paint again (it did: 2.6 → 12.2 ms of paint at 4× after a jump).
        box.style.contain = 'layout style paint';
        drawn.add(box);
      }
      covered = reach(row);
    }
    return covered;
  };
  const below = block === 'start' ? screen : screen / 2;
  const covered = cover(first, 1, below, (row) => row.getBoundingClientRect().bottom - anchor());
  // Above: the rest of the screen, and what the rows below leave of it where the article ends
  // (the jump stops short).
  const above = screen - below + Math.max(0, below - covered);
  cover(first - 1, -1, above, (row) => anchor() - row.getBoundingClientRect().top);
  return handBack;
}

/** Scrolls to an element at once, drawn among its rows, and holds it there while they settle. */
function jumpTo(element: Element, block: 'start' | 'center'): void {
  if (typeof element.scrollIntoView !== 'function') return;
  const handBack = drawLanding(element, block);
  element.scrollIntoView({ block });
  keepInView(element, block, handBack);
}

/** Unfolds and jumps to a paragraph (or section), for links to `#paragraph-id`. */
export function revealParagraph(document: Document, paragraphId: string, unfold: Unfold): boolean {
  unfold(paragraphId);
  const element = document.getElementById(paragraphId);
  if (!element?.closest('#article')) return false;
  // A link is a jump, not a glide: scrolled at once, then held while the rows settle.
  jumpTo(element, 'start');
  return true;
}

/**
 * The quotation each speaker's "next quotation" button went to last (its `data-quote` key). Kept
 * here, in the chunk loaded on the first jump, rather than in the legend, the first view's code.
 * A key of another article is simply not found, and the walk starts again at the first.
 */
const lastQuoteBySpeaker = new Map<string, string>();

/**
 * Moves to the speaker's next quotation after the one this button went to last, in the language
 * on screen, wrapping round, and focuses its sentence.
 */
export function jumpToNextQuote(
  document: Document,
  mode: ReadingMode,
  speakerId: string,
  unfold: Unfold,
): void {
  const side = mode === 'en' ? '.side-en' : '.side-id';
  const byKey = new Map<string, Element>();
  for (const selector of [side, '.side-id']) {
    for (const quote of document.querySelectorAll(`#article ${selector} [data-speaker]`)) {
      const key = quote.getAttribute('data-quote');
      if (quote.getAttribute('data-speaker') === speakerId && key !== null && !byKey.has(key))
        byKey.set(key, quote);
    }
    if (byKey.size > 0) break;
  }
  const keys = [...byKey.keys()];
  const key = keys[keys.indexOf(lastQuoteBySpeaker.get(speakerId) ?? '') + 1] ?? keys[0];
  if (key === undefined) return;
  lastQuoteBySpeaker.set(speakerId, key);
  unfold(key.split(':')[0] ?? '');
  const quote = byKey.get(key);
  // A jump too, held like a link's: a glide ended wherever the rows rendering on the way left it.
  if (quote) jumpTo(quote, 'center');
  const sentence = quote?.closest('[data-sentence]');
  if (sentence instanceof HTMLElement) sentence.focus({ preventScroll: true });
}
