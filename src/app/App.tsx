import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Bundle } from '../bundle/schema.ts';
import { ArticleList, type ArticleLink } from '../reader/ArticleList.tsx';
import { ArticleView } from '../reader/ArticleView.tsx';
import { ErrorBoundary } from '../reader/ErrorBoundary.tsx';
import { TextSizeSwitch, ThemeSwitch } from '../reader/DisplaySettings.tsx';
import { FoldAllButtons } from '../reader/FoldAllButtons.tsx';
import { InterfaceLanguageSwitch } from '../reader/InterfaceLanguageSwitch.tsx';
import { OpenArticle } from '../reader/OpenArticle.tsx';
import { openArticleFile, openDroppedFiles, openPastedText } from '../reader/openArticle.ts';
import type { OpenProblem, OpenResult } from '../reader/openResult.ts';
import { ReaderFrame } from '../reader/ReaderFrame.tsx';
import type { ReaderStore } from '../reader/readerState.ts';
import { ReadingModeToggle } from '../reader/ReadingModeToggle.tsx';
import { unfoldParagraph } from '../reader/SectionBlock.tsx';
import { SpeakerLegend } from '../reader/SpeakerLegend.tsx';
import { SpeakerNote } from '../reader/SpeakerNote.tsx';
import { isStringList, storageKeys, type SafeStorage } from '../reader/storage.ts';
import { useOpenAnywhere } from '../reader/useOpenAnywhere.ts';
import { useReaderShortcuts } from '../reader/useReaderShortcuts.ts';
import { readUrlState } from '../reader/urlState.ts';
import { usePersistence } from './usePersistence.ts';

// Problems with an opened file are rare: their panel loads with the open-your-own flow, not before.
const OpenProblems = lazy(() =>
  import('../reader/OpenProblems.tsx').then((module) => ({ default: module.OpenProblems })),
);

export interface AppProps {
  /** The article to show first (a seed, chosen by `?article=` or the first). */
  bundle: Bundle;
  articles: readonly ArticleLink[];
  store: ReaderStore;
  i18n: I18n;
  storage: SafeStorage;
}

/** The whole page, rendered from its props alone, so it can be rendered on a server too. */
export function App({ i18n, ...props }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <Reader {...props} />
      </ErrorBoundary>
    </I18nextProvider>
  );
}

type Shown = { bundle: Bundle; own: boolean };

function Reader({ bundle: seed, articles, store, storage }: Omit<AppProps, 'i18n'>) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<Shown>({ bundle: seed, own: false });
  const [problems, setProblems] = useState<readonly OpenProblem[] | null>(null);
  const bundle = shown.bundle;
  const article = useMemo(() => <ArticleView bundle={bundle} store={store} />, [bundle, store]);

  usePersistence(store, storage, bundle);
  useReaderShortcuts(store);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.documentTitle', { title: bundle.title.text });
  }, [i18n.language, t, bundle]);

  useEffect(() => {
    const target = () => readUrlState('', window.location.hash, []).paragraph;
    function reveal(): void {
      if (target() === undefined) return;
      // Loaded only for a link to a paragraph: the jump is not part of the first view. The
      // target is read once it has loaded: two links followed while it loads (a link, then the
      // browser's Back) may resolve in either order, and the address holds the later one.
      void import('../reader/revealParagraph.ts').then(({ revealParagraph }) => {
        const paragraph = target();
        if (paragraph !== undefined)
          revealParagraph(document, paragraph, (id) => unfoldParagraph(store, bundle, id));
      });
    }
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [store, bundle]);

  async function show(result: Promise<OpenResult>): Promise<void> {
    const outcome = await result;
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    setProblems(null);
    store.update({
      folded: storage.read(storageKeys.folded(outcome.bundle.id), isStringList) ?? [],
      focusedSpeaker: null,
      peek: null,
      note: null,
    });
    setShown({ bundle: outcome.bundle, own: true });
    const top = document.querySelector('.app');
    const { scrollToElement } = await import('../reader/revealParagraph.ts');
    if (top) scrollToElement(top, 'start');
  }

  useOpenAnywhere({
    onFiles: (files) => void show(openDroppedFiles(files)),
    onText: (text) => void show(openPastedText(text)),
  });

  return (
    <ReaderFrame store={store}>
      <a className="skip-link" href="#article">
        {t('buttons.skipToArticle')}
      </a>
      <header className="masthead">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        <div className="settings">
          <InterfaceLanguageSwitch />
          <ThemeSwitch store={store} />
          <TextSizeSwitch store={store} />
        </div>
        <OpenArticle onOpen={(file, gloss) => void show(openArticleFile(file, gloss))} />
      </header>
      <section className="toolbar" aria-label={t('labels.readingControls')}>
        <div className="toolbar-inner">
          <ReadingModeToggle store={store} />
          <span className="shortcut-hint" aria-hidden="true">
            {t('labels.shortcutHint')}
          </span>
        </div>
      </section>
      <main className="main">
        {problems === null ? null : (
          <Suspense fallback={null}>
            <OpenProblems problems={problems} onDismiss={() => setProblems(null)} />
          </Suspense>
        )}
        {shown.own ? (
          <p className="own-banner" role="status">
            {t('labels.ownArticle')} <a href="./">{t('buttons.backToArticles')}</a>
          </p>
        ) : null}
        <ArticleList articles={articles} current={shown.own ? null : seed.id} />
        <SpeakerLegend bundle={bundle} store={store} />
        <div className="article-tools">
          <FoldAllButtons bundle={bundle} store={store} />
        </div>
        {article}
      </main>
      <SpeakerNote bundle={bundle} store={store} />
    </ReaderFrame>
  );
}
