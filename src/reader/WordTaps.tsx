import { lazy, Suspense, useEffect, useState, type RefObject } from 'react';
import type { Bundle } from '../bundle/schema.ts';
import { isTypingTarget } from './useReaderShortcuts.ts';

/**
 * What asked for a word: a tap at a DOM position in an Indonesian text, or the keyboard (no
 * point: the card finds the word at the selection or focus), and what had focus then.
 */
export interface WordTarget {
  point: [Node, number] | null;
  origin: Element | null;
}

// Everything else (the card, the analyser, the lexicon) is fetched on the first tap or key.
const WordPopover = lazy(() =>
  import('./WordPopover.tsx').then((module) => ({ default: module.WordPopover })),
);

function caretAt(x: number, y: number): [Node, number] | null {
  // Safari before 26 has only the older caretRangeFromPoint.
  if (typeof document.caretPositionFromPoint === 'function') {
    const caret = document.caretPositionFromPoint(x, y);
    return caret && [caret.offsetNode, caret.offset];
  }
  // Neither exists in old browsers (and jsdom): there, the keyboard path still opens words.
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? [range.startContainer, range.startOffset] : null;
}

/**
 * Opens the word card for the Indonesian word tapped, or from the keyboard (W, or Enter on an
 * Indonesian sentence) for the word at the selection or the focused sentence's first word.
 * Only these listeners and the lazy import weigh on the first view; the article never re-renders.
 */
export function WordTaps({
  articleRef,
  bundle,
}: {
  articleRef: RefObject<HTMLElement | null>;
  bundle: Bundle;
}) {
  const [target, setTarget] = useState<WordTarget | null>(null);

  useEffect(() => {
    const root = articleRef.current;
    function onClick(event: MouseEvent): void {
      // A drag that selected text, and the fold buttons of headings, keep their own meaning.
      if (!(event.target instanceof Element) || event.target.closest('button, a')) return;
      if (getSelection()?.isCollapsed === false) return;
      const point = caretAt(event.clientX, event.clientY);
      const node = point?.[0];
      const element = node instanceof Element ? node : node?.parentElement;
      if (element?.closest('.side-id')) setTarget({ point, origin: document.activeElement });
    }
    function onKeyDown(event: KeyboardEvent): void {
      const sentence = event.target instanceof Element && event.target.closest('.side-id *');
      const key = event.key.toLowerCase();
      if (key !== 'w' && !(key === 'enter' && sentence)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      setTarget({ point: null, origin: document.activeElement });
    }
    root?.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      root?.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [articleRef]);

  if (target === null) return null;
  return (
    <Suspense fallback={null}>
      <WordPopover target={target} bundle={bundle} onDone={setTarget} />
    </Suspense>
  );
}
