import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bundle } from '../bundle/schema.ts';
import { ArticleView } from '../reader/ArticleView.tsx';

type Loaded =
  { state: 'loading' } | { state: 'ready'; bundle: Bundle } | { state: 'failed'; reason: string };

export function App({ loadBundle }: { loadBundle: () => Promise<Bundle> }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadBundle().then(
      (bundle) => live && setLoaded({ state: 'ready', bundle }),
      (error: unknown) =>
        live &&
        setLoaded({
          state: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [loadBundle]);
  return (
    <main>
      {loaded.state === 'loading' ? <p>{t('status.loading')}</p> : null}
      {loaded.state === 'failed' ? (
        <p role="alert">{t('status.loadFailed', { reason: loaded.reason })}</p>
      ) : null}
      {loaded.state === 'ready' ? <ArticleView bundle={loaded.bundle} /> : null}
    </main>
  );
}
