import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, test, vi } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { InterfaceLanguage } from '../../src/i18n/languages.ts';
import { ErrorBoundary } from '../../src/reader/ErrorBoundary.tsx';

function Broken(): never {
  throw new Error('a bundle no one foresaw');
}

/** A part of the page that renders until it is told to break. */
function BreaksOnClick() {
  const [broken, setBroken] = useState(false);
  if (broken) return <Broken />;
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Break
    </button>
  );
}

function renderInside(language: InterfaceLanguage, child: ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ErrorBoundary>{child}</ErrorBoundary>
    </I18nextProvider>,
  );
}

/** React logs the error it caught; tests/setup.ts would fail on it, so it is silenced here. */
function silenceReactErrorLog() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

test('a child that throws is replaced by a message and a link back to the first article', () => {
  const log = silenceReactErrorLog();
  renderInside('en', <Broken />);
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Something went wrong while showing this article.',
  );
  expect(screen.getByRole('link', { name: "Reload Kabar's first article" })).toHaveAttribute(
    'href',
    '/',
  );
  expect(log).toHaveBeenCalled();
});

test('the message is in Indonesian when the interface is', () => {
  silenceReactErrorLog();
  renderInside('id', <Broken />);
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Terjadi kesalahan saat menampilkan artikel ini.',
  );
  expect(screen.getByRole('link', { name: 'Muat ulang artikel pertama Kabar' })).toBeVisible();
});

test('a failure after the first render is caught too, and children render while nothing fails', async () => {
  renderInside('en', <BreaksOnClick />);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  silenceReactErrorLog();
  await userEvent.click(screen.getByRole('button', { name: 'Break' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Nothing you chose is lost.');
  expect(screen.queryByRole('button', { name: 'Break' })).not.toBeInTheDocument();
});
