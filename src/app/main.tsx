import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { articles } from 'virtual:kabar-articles';
import type { Bundle } from '../bundle/schema.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { App } from './App.tsx';

async function loadDefaultBundle(): Promise<Bundle> {
  const slug = articles[0]?.slug;
  if (slug === undefined) throw new Error('no article');
  const response = await fetch(`${import.meta.env.BASE_URL}bundles/${slug}.json`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // Seed bundles are made and validated by Kabar's own build, so they are trusted here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
  return (await response.json()) as Bundle;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n('id')}>
        <App loadBundle={loadDefaultBundle} />
      </I18nextProvider>
    </StrictMode>,
  );
}
