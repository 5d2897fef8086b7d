/* eslint-disable testing-library/no-node-access -- the contract under test is data attributes on the
   article (data-sentence, data-speaker, data-active, data-mode), which no role or text can reach. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ArticleView } from '../../src/reader/ArticleView.tsx';
import { FoldAllButtons } from '../../src/reader/FoldAllButtons.tsx';
import { renderWithReader, smallBundle } from './readerFixtures.tsx';

test('a headed section folds and unfolds with aria-expanded and aria-controls', async () => {
  const bundle = smallBundle();
  renderWithReader((store) => <ArticleView bundle={bundle} store={store} />, 'en');
  const button = screen.getByRole('button', { name: /Lanjutan/ });
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const body = document.getElementById(button.getAttribute('aria-controls') ?? '');
  expect(body).toBeVisible();
  await userEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(body).not.toBeVisible();
  expect(screen.getByText('1 paragraph folded')).toBeInTheDocument();
  await userEvent.click(button);
  expect(body).toBeVisible();
});

test('fold all and unfold all, in Indonesian', async () => {
  const bundle = smallBundle();
  renderWithReader(
    (store) => (
      <>
        <FoldAllButtons bundle={bundle} store={store} />
        <ArticleView bundle={bundle} store={store} />
      </>
    ),
    'id',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Lipat semua' }));
  expect(screen.getByRole('button', { name: /Lanjutan/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  expect(screen.getByText('1 paragraf dilipat')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Buka semua' }));
  expect(screen.getByRole('button', { name: /Lanjutan/ })).toHaveAttribute('aria-expanded', 'true');
});

test('sentences carry data-sentence in both languages; two sentences may share one English', () => {
  const bundle = smallBundle();
  renderWithReader((store) => <ArticleView bundle={bundle} store={store} />, 'en');
  const row = document.getElementById('dia-datang');
  if (!row) throw new Error('no row');
  const keys = (lang: string) =>
    [...row.querySelectorAll(`[lang="${lang}"] [data-sentence]`)].map((e) =>
      e.getAttribute('data-sentence'),
    );
  expect(keys('id')).toEqual(['dia-datang:0', 'dia-datang:1', 'dia-datang:2']);
  expect(keys('en')).toEqual(['dia-datang:0', 'dia-datang:2']);
});

test('a quotation crossing a sentence boundary is split, so the markup nests', () => {
  const bundle = smallBundle();
  renderWithReader((store) => <ArticleView bundle={bundle} store={store} />, 'en');
  const row = document.getElementById('dia-datang');
  if (!row) throw new Error('no row');
  const pieces = [...row.querySelectorAll('[lang="id"] [data-speaker="ani"]')];
  expect(pieces.map((p) => p.textContent)).toEqual(['"pergi lagi.', ' ', 'Lalu pulang"']);
  expect(pieces.map((p) => p.parentElement?.getAttribute('data-sentence') ?? null)).toEqual([
    'dia-datang:1',
    null,
    'dia-datang:2',
  ]);
  expect(row.querySelector('[lang="id"]')?.textContent).toBe(
    bundle.sections[0]?.paragraphs[0]?.text,
  );
  expect(row.querySelector('[lang="en"]')?.textContent).toBe(
    bundle.sections[0]?.paragraphs[0]?.gloss,
  );
  expect(within(row).getAllByText(/"left again\.|Then went home"/).length).toBeGreaterThan(0);
});

test('tapping a sentence marks it and its counterparts with data-active', async () => {
  const bundle = smallBundle();
  renderWithReader((store) => <ArticleView bundle={bundle} store={store} />, 'en');
  const second = document.querySelector('[lang="id"] [data-sentence="dia-datang:1"]');
  if (!second) throw new Error('no sentence');
  await userEvent.click(second);
  const active = [...document.querySelectorAll('[data-active="true"]')].map(
    (e) => `${e.closest('[lang]')?.getAttribute('lang')} ${e.getAttribute('data-sentence')}`,
  );
  expect(active.sort()).toEqual(['en dia-datang:0', 'id dia-datang:0', 'id dia-datang:1']);
});
