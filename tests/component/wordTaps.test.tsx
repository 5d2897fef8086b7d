/* eslint-disable testing-library/no-node-access -- sentences are found by their data-sentence
   contract and text nodes by walking them: no role reaches a sentence's text. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test } from 'vitest';
import { ArticleView } from '../../src/reader/ArticleView.tsx';
import { preloadWordTools } from '../../src/reader/useWordLookup.ts';
import { renderWithReader, smallBundle } from './readerFixtures.tsx';

// The lexicon is a lazy chunk: loaded once here, so each card renders without waiting for it.
beforeAll(async () => {
  expect(await preloadWordTools()).toBe(true);
});

function indonesianSentence(key: string): HTMLElement {
  const sentence = document.querySelector<HTMLElement>(`.side-id [data-sentence="${key}"]`);
  if (!sentence) throw new Error(`no sentence ${key}`);
  return sentence;
}

function selectWord(within: HTMLElement, word: string): void {
  const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(word) ?? -1;
    if (at === -1) continue;
    document.getSelection()?.setBaseAndExtent(node, at, node, at + word.length);
    return;
  }
  throw new Error(`no ${word}`);
}

test('Enter on an Indonesian sentence opens its first word, with the English sentence', async () => {
  renderWithReader((store) => <ArticleView bundle={smallBundle()} store={store} />, 'en');
  const sentence = indonesianSentence('dia-datang:0');
  sentence.focus();
  await userEvent.keyboard('{Enter}');
  const card = await screen.findByRole('dialog', { name: 'Dia' });
  expect(card).toHaveFocus();
  // The 2-1 alignment: the first sentence's gloss is the English sentence both translate.
  expect(within(card).getByText('He came and "left again.')).toHaveAttribute('lang', 'en');
});

test('the arrows and the buttons step through the words; Escape gives focus back', async () => {
  renderWithReader((store) => <ArticleView bundle={smallBundle()} store={store} />, 'en');
  const sentence = indonesianSentence('dia-datang:0');
  sentence.focus();
  await userEvent.keyboard('{Enter}');
  await screen.findByRole('dialog', { name: 'Dia' });
  expect(screen.getByRole('button', { name: 'Previous word' })).toBeDisabled();
  await userEvent.keyboard('{ArrowRight}');
  expect(await screen.findByRole('dialog', { name: 'datang' })).toHaveFocus();
  await userEvent.click(screen.getByRole('button', { name: 'Next word' }));
  expect(await screen.findByRole('dialog', { name: 'Dia' })).toHaveFocus();
  await userEvent.keyboard('{ArrowLeft}');
  await screen.findByRole('dialog', { name: 'datang' });
  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(sentence).toHaveFocus();
});

test('W opens the selected word, and speaks Indonesian when the interface does', async () => {
  renderWithReader((store) => <ArticleView bundle={smallBundle()} store={store} />, 'id');
  const sentence = indonesianSentence('dia-datang:2');
  sentence.focus();
  selectWord(sentence, 'pulang');
  await userEvent.keyboard('w');
  const card = await screen.findByRole('dialog', { name: 'pulang' });
  expect(within(card).getByRole('button', { name: 'Kata berikutnya' })).toBeEnabled();
  await userEvent.click(within(card).getByRole('button', { name: 'Tutup' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(sentence).toHaveFocus();
});

test('W with nothing Indonesian focused or selected opens nothing', async () => {
  renderWithReader((store) => <ArticleView bundle={smallBundle()} store={store} />, 'en');
  document.querySelector<HTMLElement>('.side-en [data-sentence="dia-datang:0"]')?.focus();
  await userEvent.keyboard('w');
  // The card is lazy: give its chunk time to arrive before saying it did not open.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});
