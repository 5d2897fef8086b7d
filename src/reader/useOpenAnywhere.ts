import { useEffect, useEffectEvent } from 'react';
import { isTypingTarget } from './useReaderShortcuts.ts';

/**
 * A file dropped anywhere on the page, or text pasted anywhere outside a text field, is opened
 * as the reader's own article.
 */
export function useOpenAnywhere(handlers: {
  onFiles: (files: File[]) => void;
  onText: (text: string) => void;
}): void {
  const onFiles = useEffectEvent(handlers.onFiles);
  const onText = useEffectEvent(handlers.onText);
  useEffect(() => {
    function hasFiles(event: DragEvent): boolean {
      return event.dataTransfer?.types.includes('Files') ?? false;
    }
    function onDragOver(event: DragEvent): void {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent): void {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    }
    function onPaste(event: ClipboardEvent): void {
      if (isTypingTarget(event.target)) return;
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length > 0) {
        event.preventDefault();
        onFiles(files);
        return;
      }
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      onText(text);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
