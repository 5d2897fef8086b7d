import { useSyncExternalStore } from 'react';

export const readingModes = ['id', 'en', 'both'] as const;
export type ReadingMode = (typeof readingModes)[number];

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const textSizes = ['s', 'm', 'l', 'xl'] as const;
export type TextSize = (typeof textSizes)[number];

export function isReadingMode(value: unknown): value is ReadingMode {
  return readingModes.some((mode) => mode === value);
}

export function isTheme(value: unknown): value is Theme {
  return themes.some((theme) => theme === value);
}

export function isTextSize(value: unknown): value is TextSize {
  return textSizes.some((size) => size === value);
}

/** The order T walks through: side by side first, then each language alone. */
export function nextReadingMode(mode: ReadingMode): ReadingMode {
  if (mode === 'both') return 'id';
  if (mode === 'id') return 'en';
  return 'both';
}

/** Where the pointer or the keyboard is on a quotation, for the note naming its speaker. */
export interface SpeakerNoteAnchor {
  speaker: string;
  kind: 'direct' | 'indirect';
  /** Page coordinates (CSS pixels) of the note's top left corner. */
  top: number;
  left: number;
}

/** A sentence whose translation is shown on demand in a single-language mode. */
export interface Peek {
  paragraph: string;
  sentence: number;
}

/**
 * Everything the reader changes without touching the article text. Components read slices of it
 * through `useReaderState`, so a change re-renders only the few elements that show that slice.
 */
export interface ReaderState {
  mode: ReadingMode;
  theme: Theme;
  textSize: TextSize;
  /** Sections folded in the article on screen, by id. */
  folded: readonly string[];
  /** The speaker whose quotations are focused (the others dimmed), if any. */
  focusedSpeaker: string | null;
  peek: Peek | null;
  note: SpeakerNoteAnchor | null;
}

export const defaultReaderState: ReaderState = {
  mode: 'both',
  theme: 'system',
  textSize: 'm',
  folded: [],
  focusedSpeaker: null,
  peek: null,
  note: null,
};

const readerStateKeys = [
  'mode',
  'theme',
  'textSize',
  'folded',
  'focusedSpeaker',
  'peek',
  'note',
] as const satisfies readonly (keyof ReaderState)[];

export interface ReaderStore {
  get: () => ReaderState;
  /** The state the store started with: what a server render shows, so hydration matches. */
  getInitial: () => ReaderState;
  update: (change: Partial<ReaderState>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createReaderStore(initial: ReaderState = defaultReaderState): ReaderStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    getInitial: () => initial,
    update(change) {
      const next = { ...state, ...change };
      const changed = readerStateKeys.some((key) => next[key] !== state[key]);
      if (!changed) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One slice of the reader state; the selector must return a primitive or a stable reference. */
export function useReaderState<T>(store: ReaderStore, select: (state: ReaderState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.getInitial()),
  );
}
