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

/** What a reader does to move on: any of these ends the hold at once. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Rows render only as they come near the screen (content-visibility), and each replaces its
 * estimated height with its real one: the rows above a link's target can push it away after the
 * jump. For a few frames, bring it back whenever it has left the top half of the screen, unless
 * the reader has meanwhile scrolled, tapped or pressed a key: the hold never pulls them back.
 */
function keepInView(element: Element, block: 'start' | 'center'): void {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.requestAnimationFrame !== 'function') return;
  let frames = SETTLE_FRAMES;
  const released = new AbortController();
  const release = () => released.abort();
  for (const type of READER_INPUT)
    view.addEventListener(type, release, { capture: true, passive: true, signal: released.signal });
  function check(): void {
    if (!view || released.signal.aborted) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 0 || (block === 'start' ? top > view.innerHeight / 2 : bottom > view.innerHeight))
      element.scrollIntoView({ block });
    if (--frames > 0) view.requestAnimationFrame(check);
    else release();
  }
  view.requestAnimationFrame(check);
}

/** Scrolls to an element at once and holds it there while the rows around it render. */
function jumpTo(element: Element, block: 'start' | 'center'): void {
  if (typeof element.scrollIntoView !== 'function') return;
  element.scrollIntoView({ block });
  keepInView(element, block);
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
 * Moves to the speaker's next quotation after `after` (a `data-quote` key), in the language on
 * screen, wrapping round; focuses its sentence and returns its key.
 */
export function jumpToNextQuote(
  document: Document,
  mode: ReadingMode,
  speakerId: string,
  after: string | null,
  unfold: Unfold,
): string | null {
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
  if (keys.length === 0) return null;
  const key = keys[(after === null ? -1 : keys.indexOf(after)) + 1] ?? keys[0] ?? null;
  if (key === null) return null;
  unfold(key.split(':')[0] ?? '');
  const quote = byKey.get(key);
  // A jump too, held like a link's: a glide ended wherever the rows rendering on the way left it.
  if (quote) jumpTo(quote, 'center');
  const sentence = quote?.closest('[data-sentence]');
  if (sentence instanceof HTMLElement) sentence.focus({ preventScroll: true });
  return key;
}
