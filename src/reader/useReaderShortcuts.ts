import { useEffect } from 'react';
import { nextReadingMode, type ReaderStore } from './readerState.ts';

/** True when keys typed at this element are text, so no shortcut may take them. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable]:not([contenteditable="false"])'))
    return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
    target.type,
  );
}

/** T cycles the reading modes, except while typing or with a modifier held. */
export function useReaderShortcuts(store: ReaderStore): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 't' && event.key !== 'T') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      store.update({ mode: nextReadingMode(store.get().mode), peek: null });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
