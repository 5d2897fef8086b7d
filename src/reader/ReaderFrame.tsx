import { useEffect, useRef, type ReactNode } from 'react';
import type { ReaderState, ReaderStore } from './readerState.ts';

function frameAttributes(state: ReaderState) {
  return {
    'data-mode': state.mode,
    'data-theme': state.theme,
    'data-text-size': state.textSize,
    'data-speaker-focus': state.focusedSpeaker === null ? undefined : 'on',
  };
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
    return store.subscribe(apply);
  }, [store]);
  return (
    <div ref={ref} className="app" {...frameAttributes(store.getInitial())}>
      {children}
    </div>
  );
}
