import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { articles } from 'virtual:kabar-articles';
import type { Bundle } from '../bundle/schema.ts';
import { createBrowserI18n } from '../i18n/createBrowserI18n.ts';
import { isInterfaceLanguage, type InterfaceLanguage } from '../i18n/languages.ts';
import {
  createReaderStore,
  defaultReaderState,
  isReadingMode,
  isTextSize,
  isTheme,
  type ReaderState,
} from '../reader/readerState.ts';
import {
  createSafeStorage,
  isStringList,
  storageKeys,
  type SafeStorage,
} from '../reader/storage.ts';
import { readUrlState, type UrlState } from '../reader/urlState.ts';
import { App } from './App.tsx';
import type { PrerenderedData } from './renderPage.tsx';
import '../reader/reader.css';

/** ?lng=, then the choice made before, then the browser's languages, then English. */
function detectLanguage(url: UrlState, storage: SafeStorage): InterfaceLanguage {
  if (url.language) return url.language;
  const stored = storage.read(storageKeys.language, isInterfaceLanguage);
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const primary = tag.toLowerCase().split('-')[0];
    // "in" is the old code for Indonesian, still sent by some Android browsers.
    if (primary === 'id' || primary === 'in') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

function isPrerenderedData(value: unknown): value is PrerenderedData {
  return (
    typeof value === 'object' &&
    value !== null &&
    isInterfaceLanguage(Reflect.get(value, 'language')) &&
    typeof Reflect.get(value, 'bundle') === 'object'
  );
}

/** The article and language the server rendered into the page, if it was prerendered. */
function readPrerendered(): PrerenderedData | undefined {
  const text = document.getElementById('kabar-data')?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isPrerenderedData(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function loadBundle(slug: string): Promise<Bundle> {
  const response = await fetch(`${import.meta.env.BASE_URL}bundles/${slug}.json`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // Seed bundles are made and validated by Kabar's own build, so they are trusted here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
  return (await response.json()) as Bundle;
}

/** What the reader chose before and what the address asks for, over the defaults. */
function preferredState(url: UrlState, storage: SafeStorage, bundle: Bundle): ReaderState {
  return {
    ...defaultReaderState,
    mode: url.mode ?? storage.read(storageKeys.mode, isReadingMode) ?? defaultReaderState.mode,
    theme: storage.read(storageKeys.theme, isTheme) ?? defaultReaderState.theme,
    textSize: storage.read(storageKeys.textSize, isTextSize) ?? defaultReaderState.textSize,
    folded: storage.read(storageKeys.folded(bundle.id), isStringList) ?? [],
  };
}

/**
 * Runs once the first render (or hydration) has been committed, then marks the page ready
 * (`<html data-ready>`): from then on every control answers, which browser tests wait for.
 */
function AfterFirstCommit({ onCommit, children }: { onCommit?: () => void; children: ReactNode }) {
  useEffect(() => {
    onCommit?.();
    document.documentElement.dataset.ready = 'true';
  }, [onCommit]);
  return children;
}

function showFailure(container: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  container.replaceChildren(message);
}

interface Start {
  container: HTMLElement;
  storage: SafeStorage;
  url: UrlState;
  language: InterfaceLanguage;
}

/**
 * A prerendered page is hydrated with exactly what the server used (its article, its interface
 * language, the default reader state); the reader's own choices are applied right after, so
 * hydration never mismatches and the text is on screen before any script runs.
 */
async function hydrate(
  { container, storage, url, language }: Start,
  data: PrerenderedData,
): Promise<void> {
  const i18n = await createBrowserI18n(data.language);
  const store = createReaderStore(defaultReaderState);
  function applyPreferences(): void {
    store.update(preferredState(url, storage, data.bundle));
    if (language !== data.language) void i18n.changeLanguage(language);
  }
  // In a transition, hydration is time-sliced: React yields to the browser every few
  // milliseconds instead of hydrating the whole page in one long task (a default-priority
  // hydration is not sliced), so a tap or scroll during it is never held up for long.
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <AfterFirstCommit onCommit={applyPreferences}>
          <App
            bundle={data.bundle}
            articles={articles}
            store={store}
            i18n={i18n}
            storage={storage}
          />
        </AfterFirstCommit>
      </StrictMode>,
    );
  });
}

async function render({ container, storage, url, language }: Start, slug: string): Promise<void> {
  const i18n = await createBrowserI18n(language);
  let bundle: Bundle;
  try {
    bundle = await loadBundle(slug);
  } catch (error) {
    showFailure(
      container,
      i18n.t('status.loadFailed', {
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    return;
  }
  const store = createReaderStore(preferredState(url, storage, bundle));
  createRoot(container).render(
    <StrictMode>
      <AfterFirstCommit>
        <App bundle={bundle} articles={articles} store={store} i18n={i18n} storage={storage} />
      </AfterFirstCommit>
    </StrictMode>,
  );
}

function main(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const storage = createSafeStorage(() => window.localStorage);
  const url = readUrlState(
    window.location.search,
    window.location.hash,
    articles.map((a) => a.slug),
  );
  const language = detectLanguage(url, storage);
  const start: Start = { container, storage, url, language };
  // Only when even the interface strings could not load: there is no translation to use then.
  const failed = (error: unknown) =>
    showFailure(
      container,
      `Kabar could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  const prerendered = readPrerendered();
  if (prerendered && (url.article === undefined || url.article === prerendered.bundle.id)) {
    hydrate(start, prerendered).catch(failed);
    return;
  }
  const slug = url.article ?? articles[0]?.slug;
  if (slug === undefined) return failed(new Error('Kabar was built without articles'));
  render(start, slug).catch(failed);
}

// In a task of its own: evaluating this module is one long task already (React, i18next), and
// starting the reader (storage, the interface strings, the hydration's first slice) is another.
setTimeout(main, 0);
