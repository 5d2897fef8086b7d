/* eslint-disable testing-library/no-node-access -- the contract under test is the data-mode attribute
   of the reader's root element, which no role or text can reach. */
import { act } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { prewarmReadingModes } from '../../src/reader/ReaderFrame.tsx';
import { readingModes } from '../../src/reader/readerState.ts';
import { renderWithReader } from './readerFixtures.tsx';

function modesSet(element: Element): string[] {
  const seen: string[] = [];
  const setAttribute = element.setAttribute.bind(element);
  vi.spyOn(element, 'setAttribute').mockImplementation((name, value) => {
    if (name === 'data-mode') seen.push(value);
    setAttribute(name, value);
  });
  return seen;
}

test('the warm-up lays out every reading mode, then leaves the reader in their own', () => {
  const element = document.createElement('div');
  element.setAttribute('data-mode', 'en');
  const seen = modesSet(element);
  prewarmReadingModes(element);
  expect(seen).toEqual([...readingModes, 'en']);
  expect(element).toHaveAttribute('data-mode', 'en');
});

test('the reader schedules the warm-up once, when the browser is idle, and leaves the attribute to the store', () => {
  const callbacks: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => callbacks.push(callback));
  try {
    const { store, unmount } = renderWithReader(() => <p>text</p>, 'en', {
      mode: 'id',
    });
    const frame = document.querySelector('.app');
    if (!(frame instanceof HTMLElement)) throw new Error('no reader frame');
    expect(callbacks).toHaveLength(1);
    const seen = modesSet(frame);
    callbacks[0]?.();
    expect(seen).toEqual([...readingModes, 'id']);
    // The store still owns the attribute afterwards.
    act(() => store.update({ mode: 'both' }));
    expect(frame).toHaveAttribute('data-mode', 'both');
    unmount();
  } finally {
    vi.unstubAllGlobals();
  }
});
