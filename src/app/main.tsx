import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { articles } from 'virtual:kabar-articles';
import type { i18n as I18n } from 'i18next';
import type { Bundle } from '../bundle/schema.ts';
import { createI18n, isInterfaceLanguage, type InterfaceLanguage } from '../i18n/createI18n.ts';
import {
  createReaderStore,
  defaultReaderState,
  isReadingMode,
  isTextSize,
  isTheme,
} from '../reader/readerState.ts';
import {
  createSafeStorage,
  isStringList,
  storageKeys,
  type SafeStorage,
} from '../reader/storage.ts';
import { readUrlState, type UrlState } from '../reader/urlState.ts';
import { App } from './App.tsx';
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

async function loadBundle(slug: string): Promise<Bundle> {
  const response = await fetch(`${import.meta.env.BASE_URL}bundles/${slug}.json`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // Seed bundles are made and validated by Kabar's own build, so they are trusted here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
  return (await response.json()) as Bundle;
}

async function start(container: HTMLElement, storage: SafeStorage, url: UrlState, i18n: I18n) {
  const slug = url.article ?? articles[0]?.slug;
  if (slug === undefined) throw new Error('Kabar was built without articles');
  const bundle = await loadBundle(slug);
  const store = createReaderStore({
    ...defaultReaderState,
    mode: url.mode ?? storage.read(storageKeys.mode, isReadingMode) ?? defaultReaderState.mode,
    theme: storage.read(storageKeys.theme, isTheme) ?? defaultReaderState.theme,
    textSize: storage.read(storageKeys.textSize, isTextSize) ?? defaultReaderState.textSize,
    folded: storage.read(storageKeys.folded(bundle.id), isStringList) ?? [],
  });
  createRoot(container).render(
    <StrictMode>
      <App bundle={bundle} articles={articles} store={store} i18n={i18n} storage={storage} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) {
  const storage = createSafeStorage(() => window.localStorage);
  const url = readUrlState(
    window.location.search,
    window.location.hash,
    articles.map((a) => a.slug),
  );
  const i18n = createI18n(detectLanguage(url, storage));
  document.documentElement.lang = i18n.language;
  start(container, storage, url, i18n).catch((error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = i18n.t('status.loadFailed', {
      reason: error instanceof Error ? error.message : String(error),
    });
    container.replaceChildren(message);
  });
}
