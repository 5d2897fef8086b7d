import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Bundle } from '../bundle/schema.ts';
import { englishAround, keyboardPoint, rangeOfText, wordAt } from './wordAtPoint.ts';
import { WordCard } from './WordCard.tsx';
import type { WordTarget } from './WordTaps.tsx';

/** Space kept between the word and the card, and around the card at the window's edges (px). */
const GAP = 6;
const EDGE = 8;
const HIGHLIGHT = 'kabar-word';
/** How long after closing a blur counts as the closing tap's own (a touch's mouse events lag). */
const REFOCUS_MS = 1000;

/** The toolbar, where it sits at the top (wide screens) or the bottom (phones) of the window. */
function toolbarEdges(document: Document): { ceiling: number; floor: number } {
  const height = document.documentElement.clientHeight;
  const bar = document.querySelector('.toolbar')?.getBoundingClientRect();
  if (!bar) return { ceiling: 0, floor: height };
  return bar.top > height / 2
    ? { ceiling: 0, floor: Math.min(bar.top, height) }
    : { ceiling: Math.max(bar.bottom, 0), floor: height };
}

/**
 * Puts the card next to the word: below it, or above it when only there it fits (and, on a
 * quotation, above when it fits, since the speaker's note opens below the quotation); then
 * scrolls the page as little as needs be to show the whole card. Direct style writes, so placing
 * the card re-renders nothing.
 */
function placeNear(card: HTMLElement, word: Range, quoted: boolean): void {
  const document = card.ownerDocument;
  const view = document.defaultView;
  if (!view || !('getClientRects' in word)) return;
  const rect = word.getClientRects()[0] ?? word.getBoundingClientRect();
  const parent = card.offsetParent;
  const base =
    parent && parent !== document.body
      ? parent.getBoundingClientRect()
      : { left: -view.scrollX, top: -view.scrollY };
  const { ceiling, floor } = toolbarEdges(document);
  // Below a quotation, the card goes under the speaker's note rather than over it.
  const note = quoted ? document.querySelector('.speaker-note')?.getBoundingClientRect() : null;
  const under = note && note.top >= rect.bottom - GAP ? note.bottom : rect.bottom;
  const height = card.offsetHeight + GAP + EDGE;
  const below = floor - under;
  const above = rect.top - ceiling;
  const up = quoted && above >= height ? true : below >= height ? false : above >= height;
  const width = document.documentElement.clientWidth;
  const left = Math.max(EDGE, Math.min(rect.left, width - card.offsetWidth - EDGE));
  card.style.left = `${left - base.left}px`;
  card.style.top = `${(up ? rect.top - GAP : under + GAP) - base.top}px`;
  card.dataset.side = up ? 'above' : 'below';
  const shown = card.getBoundingClientRect();
  // Never so far that the word itself leaves the window.
  const scroll = up
    ? Math.max(Math.min(shown.top - ceiling - EDGE, 0), rect.bottom - floor + EDGE)
    : Math.min(Math.max(shown.bottom - floor + EDGE, 0), rect.top - ceiling - EDGE);
  if (scroll !== 0) view.scrollBy(0, scroll);
}

/** Places the card now and again whenever its size changes (the details arrive after loading). */
function keepNear(card: HTMLElement, word: Range, quoted: boolean): () => void {
  placeNear(card, word, quoted);
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(() => placeNear(card, word, quoted));
  observer.observe(card);
  return () => observer.disconnect();
}

/** Highlights the word with the CSS Custom Highlight API, which leaves the article's DOM alone. */
function highlight(word: Range): (() => void) | undefined {
  if (typeof Highlight === 'undefined' || typeof CSS === 'undefined' || !('highlights' in CSS))
    return undefined;
  CSS.highlights.set(HIGHLIGHT, new Highlight(word));
  return () => CSS.highlights.delete(HIGHLIGHT);
}

/** Focus has gone elsewhere since the word was asked for (not just lost to the page). */
function movedOn(target: WordTarget): boolean {
  const active = target.origin?.ownerDocument.activeElement;
  return active != null && active !== target.origin && active !== active.ownerDocument.body;
}

/**
 * The word card for a word of the article, beside the word, with the word highlighted; it steps
 * to the previous or next word of the same text, and gives focus back where it was on close.
 */
export function WordPopover({
  target,
  bundle,
  onDone,
}: {
  target: WordTarget;
  bundle: Bundle;
  onDone: (next: null) => void;
}) {
  const place = useMemo(() => {
    // The card's code and dictionary load on the first tap, which can take a while on a slow
    // connection. A reader who has meanwhile moved on (focus went from where the tap or key
    // left it to another control) gets no card: it would take focus from what they went to.
    if (movedOn(target)) return null;
    // A tap asks for the word under it exactly; the keyboard takes the next word when between.
    const point = target.point ?? keyboardPoint(document);
    return point && wordAt(point[0], point[1], target.point !== null);
  }, [target]);
  const [moved, setMoved] = useState<{ from: WordTarget; index: number } | null>(null);
  const index = moved?.from === target ? moved.index : (place?.index ?? -1);
  const token = place?.tokens[index];
  const popover = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!place) onDone(null);
  }, [place, onDone]);

  useLayoutEffect(() => {
    if (!place || !token || !popover.current) return undefined;
    const word = rangeOfText(place.container, token.start, token.end);
    if (!word) return undefined;
    const quoted = Boolean(word.startContainer.parentElement?.closest('[data-speaker]'));
    const stopPlacing = keepNear(popover.current, word, quoted);
    const stopHighlighting = highlight(word);
    return () => {
      stopPlacing();
      stopHighlighting?.();
    };
  }, [place, token]);

  if (!place || !token) return null;
  const tokens = place.tokens;
  function close(): void {
    onDone(null);
    const origin = target.origin;
    if (!(origin instanceof HTMLElement)) return;
    origin.focus({ preventScroll: true });
    // A tap outside then moves focus where it lands, to nowhere when that is not focusable:
    // then focus comes back here, rather than being lost to the page.
    const closed = performance.now();
    origin.addEventListener(
      'blur',
      (event) => {
        if (event.relatedTarget === null && performance.now() - closed < REFOCUS_MS)
          setTimeout(() => origin.focus({ preventScroll: true }));
      },
      { once: true },
    );
  }
  function step(to: number): (() => void) | undefined {
    return to < 0 || to >= tokens.length ? undefined : () => setMoved({ from: target, index: to });
  }
  return (
    <div ref={popover} className="word-popover">
      <WordCard
        key={token.start}
        text={place.text}
        offset={token.start}
        englishSentence={englishAround(bundle, place.container, token.start)}
        onClose={close}
        onPrevious={step(index - 1)}
        onNext={step(index + 1)}
      />
    </div>
  );
}
