/* eslint-disable testing-library/no-node-access -- the contract under test is data attributes on the
   article (data-sentence, data-speaker, data-active, data-mode), which no role or text can reach. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ArticleView } from '../../src/reader/ArticleView.tsx';
import { SpeakerLegend } from '../../src/reader/SpeakerLegend.tsx';
import type * as SpeakerNames from '../../src/reader/speakerNames.ts';
import { renderWithReader, seedWithSpeakers } from './readerFixtures.tsx';

/** Calls of speakerInLanguage, which each legend item makes once as it renders. */
const speakerInLanguageCalls = vi.hoisted(() => vi.fn());
vi.mock('../../src/reader/speakerNames.ts', async (importOriginal) => {
  const original = await importOriginal<typeof SpeakerNames>();
  return {
    ...original,
    speakerInLanguage: (...args: Parameters<typeof original.speakerInLanguage>) => {
      speakerInLanguageCalls();
      return original.speakerInLanguage(...args);
    },
  };
});

test('the legend lists every speaker with their number of quotations', () => {
  const bundle = seedWithSpeakers();
  renderWithReader((store) => <SpeakerLegend bundle={bundle} store={store} />, 'en');
  const legend = screen.getByRole('region', { name: 'Who speaks' });
  expect(within(legend).getAllByRole('listitem')).toHaveLength(bundle.speakers.length);
  expect(within(legend).getByRole('button', { name: /Robert Wood, 2 quotations/ })).toBeVisible();
  expect(
    within(legend).getByRole('button', { name: /Seoul's spy agency, 1 quotation$/ }),
  ).toBeVisible();
});

test('a speaker toggle focuses that speaker and dims the others, and turns off again', async () => {
  const bundle = seedWithSpeakers();
  const { store } = renderWithReader(
    (s) => (
      <>
        <SpeakerLegend bundle={bundle} store={s} />
        <ArticleView bundle={bundle} store={s} />
      </>
    ),
    'id',
  );
  const toggle = screen.getByRole('button', { name: /^Robert Wood, 2 kutipan/ });
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(store.get().focusedSpeaker).toBe('robert-wood');
  expect(document.querySelector('.app')).toHaveAttribute('data-speaker-focus', 'on');
  const focused = document.querySelectorAll('[data-focused]');
  expect(focused).toHaveLength(4);
  for (const quote of focused) expect(quote).toHaveAttribute('data-speaker', 'robert-wood');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(document.querySelectorAll('[data-focused]')).toHaveLength(0);
});

test('"next quotation" walks through one speaker\'s quotations, unfolding their section', async () => {
  const bundle = seedWithSpeakers();
  const folded = bundle.sections.filter((s) => s.heading).map((s) => s.id);
  const { store } = renderWithReader(
    (s) => (
      <>
        <SpeakerLegend bundle={bundle} store={s} />
        <ArticleView bundle={bundle} store={s} />
      </>
    ),
    'en',
    { folded },
  );
  const next = screen.getByRole('button', { name: 'Next quotation by South Korean government' });
  // The jump's code loads on the first press, so the jump lands a moment after it.
  await userEvent.click(next);
  await waitFor(() => expect(store.get().folded).toEqual([]));
  await waitFor(() =>
    expect(document.activeElement).toHaveAttribute(
      'data-sentence',
      'pemerintah-korea-selatan-mengutuk:0',
    ),
  );
  await userEvent.click(next);
  await waitFor(() =>
    expect(document.activeElement).toHaveAttribute(
      'data-sentence',
      'pemerintah-mendesak-penarikan-segera:0',
    ),
  );
});

test('focusing a speaker re-renders only the legend items it changes, not the whole legend', async () => {
  const bundle = seedWithSpeakers();
  expect(bundle.speakers.length).toBeGreaterThan(3);
  renderWithReader((store) => <SpeakerLegend bundle={bundle} store={store} />, 'en');
  // Each item works out its speaker's name as it renders: one call a rendered item.
  speakerInLanguageCalls.mockClear();
  await userEvent.click(screen.getByRole('button', { name: /^Robert Wood,/ }));
  expect(speakerInLanguageCalls).toHaveBeenCalledTimes(1);
  speakerInLanguageCalls.mockClear();
  const other = screen
    .getAllByRole('button', { pressed: false })
    .find((button) => !button.textContent?.startsWith('Robert Wood'));
  if (!other) throw new Error('one speaker only');
  await userEvent.click(other);
  expect(speakerInLanguageCalls).toHaveBeenCalledTimes(2);
});
