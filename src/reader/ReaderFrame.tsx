import { useEffect, useRef, type ReactNode } from 'react';
import { changeDisplay } from './displayChange.ts';
import type { ReaderState, ReaderStore } from './readerState.ts';

function frameAttributes(state: ReaderState) {
  return {
    'data-mode': state.mode,
    'data-theme': state.theme,
    'data-text-size': state.textSize,
    'data-speaker-focus': state.focusedSpeaker === null ? undefined : 'on',
  };
}

/** Attributes that move text, rather than only recolour it. */
const LAYOUT_ATTRIBUTES = new Set(['data-mode', 'data-text-size']);

/** Writes the state's attributes that differ onto the frame, as one display change. */
function showState(frame: HTMLElement, state: ReaderState): void {
  const changes = Object.entries(frameAttributes(state)).filter(
    ([name, value]) => frame.getAttribute(name) !== (value ?? null),
  );
  if (changes.length === 0) return;
  changeDisplay(
    frame,
    () => {
      for (const [name, value] of changes) {
        if (value === undefined) frame.removeAttribute(name);
        else frame.setAttribute(name, value);
      }
    },
    changes.some(([name]) => LAYOUT_ATTRIBUTES.has(name)),
  );
}

/**
 * The root element carrying the reading mode, theme, text size and speaker focus as data
 * attributes; CSS does the rest. React renders them once (on the server too); after that the
 * store writes them straight onto the element, so a toggle runs no React render at all: the
 * input's frame has only the style and layout the change itself needs, for the rows on and near
 * the screen (displayChange.ts).
 */
export function ReaderFrame({ store, children }: { store: ReaderStore; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const apply = () => showState(frame, store.get());
    apply();
    return store.subscribe(apply);
  }, [store]);
  return (
    <div ref={ref} className="app" {...frameAttributes(store.getInitial())}>
      {children}
    </div>
  );
}
