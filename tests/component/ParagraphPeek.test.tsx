/* eslint-disable testing-library/no-node-access -- the contract under test is data attributes on the
   article (data-sentence, data-speaker, data-active, data-mode), which no role or text can reach. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ArticleView } from '../../src/reader/ArticleView.tsx';
import { renderWithReader, smallBundle } from './readerFixtures.tsx';

test('in Indonesian mode, tapping a sentence shows its English translation', async () => {
  const bundle = smallBundle();
  renderWithReader((store) => <ArticleView bundle={bundle} store={store} />, 'en', { mode: 'id' });
  const sentence = document.querySelector('[lang="id"] [data-sentence="dia-datang:2"]');
  if (!sentence) throw new Error('no sentence');
  await userEvent.click(sentence);
  const peek = screen.getByRole('complementary', { name: 'Translation' });
  expect(peek.querySelector('[lang="en"]')).toHaveTextContent('Then went home" said Ani.');
  await userEvent.click(screen.getByRole('button', { name: 'Hide translation' }));
  expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
});

test('the peek of a sentence sharing its translation shows both Indonesian sentences, in Indonesian', async () => {
  const bundle = smallBundle();
  renderWithReader((store) => <ArticleView bundle={bundle} store={store} />, 'id', { mode: 'en' });
  const sentence = document.querySelector('[lang="en"] [data-sentence="dia-datang:0"]');
  if (!(sentence instanceof HTMLElement)) throw new Error('no sentence');
  sentence.focus();
  const peek = await screen.findByRole('complementary', { name: 'Terjemahan' });
  expect(peek.querySelector('[lang="id"]')).toHaveTextContent('Dia datang. Dia "pergi lagi.');
  expect(screen.getByRole('button', { name: 'Tutup terjemahan' })).toBeInTheDocument();
});
