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

function renderApp(language: InterfaceLanguage, i18n = createI18n(language)) {
  const bundle = smallBundle();
  render(
    <App
      bundle={bundle}
      articles={[{ slug: bundle.id, title: bundle.title.text }]}
      store={createReaderStore()}
      i18n={i18n}
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

test('a file over the size limit is refused before it is read, with its size and the limit', async () => {
  renderApp('en');
  let read = false;
  const huge = {
    name: 'huge.txt',
    size: 6 * 1024 * 1024,
    arrayBuffer: () => {
      read = true;
      return Promise.reject(new Error('read'));
    },
  };
  const { openArticleFile } = await import('../../src/reader/openArticle.ts');
  const result = await openArticleFile(huge);
  expect(read).toBe(false);
  expect(result).toEqual({
    ok: false,
    problems: [{ kind: 'tooLarge', name: 'huge.txt', megabytes: 6, limitMegabytes: 5 }],
  });
});

test('broken JSON is told with its line and column, in Indonesian too', async () => {
  renderApp('id');
  await userEvent.click(screen.getByText('Buka artikel Anda sendiri'));
  await userEvent.upload(
    screen.getByLabelText('Artikel (.json atau .txt)'),
    file('rusak.json', '{\n  "schemaVersion": 1,\n  "id": "x",,\n}'),
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Baris 3, kolom 13 pada artikel: ini bukan JSON yang sah');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Judul kecil');
});

test('UTF-16 and Latin-1 files get the advice to save them as UTF-8', async () => {
  renderApp('en');
  await userEvent.click(screen.getByText('Open your own article'));
  const utf16 = new Uint8Array([0xff, 0xfe, 0x4a, 0x00, 0x0a, 0x00]);
  await userEvent.upload(
    screen.getByLabelText('Article (.json or .txt)'),
    new File([utf16], 'utf16.txt', { type: 'text/plain' }),
  );
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Line 1 of the article: the file is UTF-16 text. Save it as UTF-8',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  await userEvent.upload(
    screen.getByLabelText('Article (.json or .txt)'),
    new File([new Uint8Array([0x4a, 0x0a, 0x41, 0xe9, 0x0a])], 'latin1.txt', {
      type: 'text/plain',
    }),
  );
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Line 2 of the article: the file is not UTF-8 text; perhaps it is Latin-1',
  );
});

test('a bad gloss file is named as the gloss, with the strings the browser loads', async () => {
  // The browser's own instance: the problem messages and input names arrive with the panel.
  const { createBrowserI18n } = await import('../../src/i18n/createBrowserI18n.ts');
  renderApp('en', await createBrowserI18n('en'));
  await userEvent.click(screen.getByText('Open your own article'));
  await userEvent.upload(
    screen.getByLabelText('English gloss (.txt, optional)'),
    new File([new Uint8Array([0x41, 0x00, 0x42])], 'en.txt', { type: 'text/plain' }),
  );
  await userEvent.upload(
    screen.getByLabelText('Article (.json or .txt)'),
    file('banjir.txt', 'Banjir di Bekasi\nBEKASI - Air naik sejak pagi.\n'),
  );
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Line 1 of the gloss: the file is binary',
  );
});

test('English problem messages, input names and word-card strings are not in the first view; their features bring them', async () => {
  const { createBrowserI18n } = await import('../../src/i18n/createBrowserI18n.ts');
  const { addEnglishBlock } = await import('../../src/i18n/addEnglishBlock.ts');
  const browser = await createBrowserI18n('en');
  const full = createI18n('en');
  const lazyBlocks = ['errors', 'inputs', 'words'] as const;
  expect(browser.exists('errors.couldNotOpen')).toBe(false);
  expect(browser.exists('inputs.gloss')).toBe(false);
  expect(browser.exists('words.close')).toBe(false);
  for (const block of Object.keys(full.getResourceBundle('en', 'translation')))
    if (!lazyBlocks.some((lazy) => lazy === block))
      expect(browser.getResource('en', 'translation', block), block).toEqual(
        full.getResource('en', 'translation', block),
      );
  for (const block of lazyBlocks) {
    addEnglishBlock(browser, block);
    expect(browser.getResource('en', 'translation', block), block).toEqual(
      full.getResource('en', 'translation', block),
    );
  }
});
