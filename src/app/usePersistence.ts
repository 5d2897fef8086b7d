import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bundle } from '../bundle/schema.ts';
import type { ReaderStore } from '../reader/readerState.ts';
import { storageKeys, type SafeStorage } from '../reader/storage.ts';
import { withUrlParams } from '../reader/urlState.ts';

/** How long after a change the address and storage are written. */
const WRITE_DELAY_MS = 300;

/**
 * Keeps what the reader chooses: the reading mode in the URL and in storage, theme and text size
 * and the folded sections (per article) in storage, the interface language in both.
 * Writes only on change, so opening a page never rewrites its address.
 */
export function usePersistence(store: ReaderStore, storage: SafeStorage, bundle: Bundle): void {
  const { i18n } = useTranslation();

  useEffect(() => {
    // What the address and storage already hold: the reader's own choices, which a prerendered
    // page applies in its root's effect, after this one (main.tsx, AfterFirstCommit). Taken once
    // every effect of this commit has run, so applying them writes nothing, and a change made
    // within the write delay after it (the store went default -> stored -> default) is written.
    let previous = store.get();
    queueMicrotask(() => {
      previous = store.get();
    });
    let pending = false;
    let cancelled = false;
    // history.replaceState costs the page about a millisecond and the browser process several
    // (it records a navigation), and storage writes cost too: all wait a moment, until well after
    // the change is on screen, so they never compete with showing it, and a burst of changes
    // (T pressed three times) is written once.
    function write(): void {
      pending = false;
      if (cancelled) return;
      const state = store.get();
      if (state.mode !== previous.mode) {
        storage.write(storageKeys.mode, state.mode);
        window.history.replaceState(
          window.history.state,
          '',
          withUrlParams(window.location.href, { mode: state.mode }),
        );
      }
      if (state.theme !== previous.theme) storage.write(storageKeys.theme, state.theme);
      if (state.textSize !== previous.textSize) storage.write(storageKeys.textSize, state.textSize);
      if (state.folded !== previous.folded)
        storage.write(storageKeys.folded(bundle.id), state.folded);
      previous = state;
    }
    const unsubscribe = store.subscribe(() => {
      if (pending) return;
      pending = true;
      setTimeout(write, WRITE_DELAY_MS);
    });
    // A reload or a closed tab right after a change must not lose it to the wait.
    const flush = () => pending && write();
    window.addEventListener('pagehide', flush);
    return () => {
      // Whatever changed last is still written, even if the article is leaving.
      flush();
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      unsubscribe();
    };
  }, [store, storage, bundle.id]);

  useEffect(() => {
    function onLanguageChanged(language: string): void {
      storage.write(storageKeys.language, language);
      window.history.replaceState(
        window.history.state,
        '',
        withUrlParams(window.location.href, { lng: language }),
      );
    }
    i18n.on('languageChanged', onLanguageChanged);
    return () => i18n.off('languageChanged', onLanguageChanged);
  }, [i18n, storage]);
}
