import type { ReactNode } from 'react';
import { useReaderState, type ReaderStore } from './readerState.ts';

/**
 * The root element carrying the reading mode, theme, text size and speaker focus as data
 * attributes. Only this element re-renders when they change; CSS does the rest.
 */
export function ReaderFrame({ store, children }: { store: ReaderStore; children: ReactNode }) {
  const mode = useReaderState(store, (state) => state.mode);
  const theme = useReaderState(store, (state) => state.theme);
  const textSize = useReaderState(store, (state) => state.textSize);
  const focusing = useReaderState(store, (state) => state.focusedSpeaker !== null);
  return (
    <div
      className="app"
      data-mode={mode}
      data-theme={theme}
      data-text-size={textSize}
      data-speaker-focus={focusing ? 'on' : undefined}
    >
      {children}
    </div>
  );
}
