import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, expect, test, vi } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { InterfaceLanguage } from '../../src/i18n/languages.ts';
import { WordCard } from '../../src/reader/WordCard.tsx';
import { preloadWordTools } from '../../src/reader/useWordLookup.ts';

const paragraph =
  'Korea Utara tidak mengirimkan pasukan ke Russia untuk membantu Moskow memerangi Ukraina.';
const english = 'North Korea is not sending troops to Russia to help Moscow fight Ukraine.';

// The lexicon is a lazy chunk: loaded once here, after which a card renders it without suspending.
beforeAll(async () => {
  expect(await preloadWordTools()).toBe(true);
});

function renderCard(word: string, language: InterfaceLanguage = 'en', onClose = vi.fn()) {
  const offset = paragraph.indexOf(word) + 1;
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <button type="button">elsewhere</button>
      <WordCard text={paragraph} offset={offset} englishSentence={english} onClose={onClose} />
    </I18nextProvider>,
  );
  return { onClose };
}

test('shows the word, its parts, its root with the root’s meaning, and the English sentence', async () => {
  renderCard('mengirimkan');
  const card = await screen.findByRole('dialog', { name: 'mengirimkan' });
  expect(within(card).getByText('meN- + kirim + -kan')).toBeInTheDocument();
  expect(within(card).getByText('kirim')).toHaveAttribute('lang', 'id');
  // The root's meaning, and the word's own entry, both "send", both marked as English.
  const meanings = within(card).getAllByText('send');
  expect(meanings).toHaveLength(2);
  for (const meaning of meanings) expect(meaning).toHaveAttribute('lang', 'en');
  expect(within(card).getByText(english)).toHaveAttribute('lang', 'en');
});

test('names the phrase a word belongs to: Utara in Korea Utara', async () => {
  renderCard('Utara');
  const card = await screen.findByRole('dialog', { name: 'Utara' });
  expect(within(card).getByText('Korea Utara')).toBeInTheDocument();
  expect(within(card).getByText('North Korea')).toBeInTheDocument();
});

test('takes focus when it opens, so screen readers announce it', async () => {
  renderCard('pasukan');
  const card = await screen.findByRole('dialog', { name: 'pasukan' });
  expect(card).toHaveFocus();
});

test('Escape closes it', async () => {
  const { onClose } = renderCard('membantu');
  await screen.findByRole('dialog', { name: 'membantu' });
  await userEvent.keyboard('{Escape}');
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('a click outside closes it, a click inside does not', async () => {
  const { onClose } = renderCard('membantu');
  const card = await screen.findByRole('dialog', { name: 'membantu' });
  await userEvent.click(within(card).getByText('help; assist'));
  expect(onClose).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('the close button closes it', async () => {
  const { onClose } = renderCard('Moskow');
  await screen.findByRole('dialog', { name: 'Moskow' });
  await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('speaks Indonesian when the interface is in Indonesian', async () => {
  renderCard('mengirimkan', 'id');
  const card = await screen.findByRole('dialog', { name: 'mengirimkan' });
  expect(within(card).getByText('Unsur')).toBeInTheDocument();
  expect(within(card).getByText('Kata dasar')).toBeInTheDocument();
  expect(within(card).getByText('Dalam kalimat:')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tutup' })).toBeInTheDocument();
});

test('says so when there is no word at the offset', async () => {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <WordCard text="  …  " offset={2} onClose={vi.fn()} />
    </I18nextProvider>,
  );
  expect(await screen.findByRole('dialog', { name: 'There is no word here.' })).toBeInTheDocument();
});
