import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { InterfaceLanguage } from '../../src/i18n/languages.ts';
import { createReaderStore } from '../../src/reader/readerState.ts';
import { noStorage } from '../../src/reader/storage.ts';
import { smallBundle } from './readerFixtures.tsx';

// jsdom's File has no arrayBuffer(); browsers do. Read it the older way for these tests.
if (typeof File.prototype.arrayBuffer !== 'function') {
  File.prototype.arrayBuffer = function arrayBuffer(this: File) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsArrayBuffer(this);
    });
  };
}

function renderApp(language: InterfaceLanguage) {
  const bundle = smallBundle();
  render(
    <App
      bundle={bundle}
      articles={[{ slug: bundle.id, title: bundle.title.text }]}
      store={createReaderStore()}
      i18n={createI18n(language)}
      storage={noStorage}
    />,
  );
}

function file(name: string, content: string) {
  return new File([content], name, {
    type: name.endsWith('.json') ? 'application/json' : 'text/plain',
  });
}

test('a bundle with a bad offset is refused with its JSON path; the article stays', async () => {
  renderApp('en');
  const broken = smallBundle();
  const paragraph = broken.sections[0]?.paragraphs[0];
  if (paragraph?.quotes[0]) paragraph.quotes[0].end = 999;
  await userEvent.click(screen.getByText('Open your own article'));
  await userEvent.upload(
    screen.getByLabelText('Article (.json or .txt)'),
    file('rusak.json', JSON.stringify(broken)),
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('sections[0].paragraphs[0].quotes[0].end');
  expect(alert).toHaveTextContent('could not be opened');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Judul kecil');
});

test('a text file is parsed in the browser, with its gloss', async () => {
  renderApp('en');
  await userEvent.click(screen.getByText('Open your own article'));
  await userEvent.upload(
    screen.getByLabelText('English gloss (.txt, optional)'),
    file('en.txt', 'Flood in Bekasi\nBEKASI - The water has risen since morning.\n'),
  );
  await userEvent.upload(
    screen.getByLabelText('Article (.json or .txt)'),
    file('banjir.txt', 'Banjir di Bekasi\nBEKASI - Air naik sejak pagi.\n'),
  );
  const heading = await screen.findByRole('heading', { level: 1, name: /Banjir di Bekasi/ });
  expect(heading).toHaveTextContent('Flood in Bekasi');
  expect(screen.getByRole('status')).toHaveTextContent('your own article');
});

test('problems are told in Indonesian with the line, and pasted text opens', async () => {
  renderApp('id');
  await userEvent.click(screen.getByText('Buka artikel Anda sendiri'));
  await userEvent.upload(
    screen.getByLabelText('Artikel (.json atau .txt)'),
    new File([new Uint8Array([0x4a, 0x0a, 0x41, 0xe9, 0x0a])], 'rusak.txt', { type: 'text/plain' }),
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Baris 2 pada artikel');
  expect(alert).toHaveTextContent('tidak dapat dibuka');
  await userEvent.click(screen.getByRole('button', { name: 'Tutup' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  document.body.focus();
  await userEvent.paste('Gempa di Cianjur\nCIANJUR - Gempa terasa pagi ini.');
  expect(await screen.findByRole('heading', { level: 1, name: /Gempa di Cianjur/ })).toBeVisible();
});

test('a file over the size limit is refused before it is read', async () => {
  renderApp('en');
  const huge = {
    name: 'huge.txt',
    size: 6 * 1024 * 1024,
    arrayBuffer: () => Promise.reject(new Error('read')),
  };
  const { openArticleFile } = await import('../../src/reader/openArticle.ts');
  const result = await openArticleFile(huge);
  expect(result).toEqual({
    ok: false,
    problems: [{ kind: 'tooLarge', name: 'huge.txt', limitMegabytes: 5 }],
  });
});
