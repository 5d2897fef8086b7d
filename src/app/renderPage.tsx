import { renderToString } from 'react-dom/server';
import type { Bundle } from '../bundle/schema.ts';
import { createI18n } from '../i18n/createI18n.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import type { ArticleLink } from '../reader/ArticleList.tsx';
import { createReaderStore, defaultReaderState } from '../reader/readerState.ts';
import { noStorage } from '../reader/storage.ts';
import { App } from './App.tsx';

/** What the browser needs to hydrate a prerendered page: the same props the server used. */
export interface PrerenderedData {
  bundle: Bundle;
  language: InterfaceLanguage;
}

export interface RenderedPage {
  /** The markup of the root element's children. */
  html: string;
  lang: InterfaceLanguage;
  title: string;
  description: string;
  data: PrerenderedData;
}

/**
 * The page of one article as static HTML: the reader in its default state (both languages,
 * sections open), so it reads without JavaScript and hydrates without a mismatch.
 */
export function renderPage(
  bundle: Bundle,
  articles: readonly ArticleLink[],
  language: InterfaceLanguage,
): RenderedPage {
  const i18n = createI18n(language);
  const store = createReaderStore(defaultReaderState);
  const html = renderToString(
    <App bundle={bundle} articles={articles} store={store} i18n={i18n} storage={noStorage} />,
  );
  return {
    html,
    lang: language,
    title: i18n.t('app.documentTitle', { title: bundle.title.text }),
    description: bundle.title.gloss ?? bundle.title.text,
    data: { bundle, language },
  };
}
