import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { parseArticle } from '../../src/bundle/parseArticle.ts';
import { bundleSchema, type Bundle } from '../../src/bundle/schema.ts';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { InterfaceLanguage } from '../../src/i18n/languages.ts';
import { ReaderFrame } from '../../src/reader/ReaderFrame.tsx';
import {
  createReaderStore,
  defaultReaderState,
  type ReaderState,
  type ReaderStore,
} from '../../src/reader/readerState.ts';
import { withSpeakers } from '../e2e/support/speakerBundle.ts';

const seedDir = path.join(process.cwd(), 'seeds/korea-utara-pasukan-rusia');

/** The seed article parsed as the build parses it, with hand-marked speakers and quotations. */
export function seedWithSpeakers(): Bundle {
  return withSpeakers(
    parseArticle({
      id: 'korea-utara-pasukan-rusia',
      text: readFileSync(path.join(seedDir, 'id.txt'), 'utf8'),
      gloss: readFileSync(path.join(seedDir, 'en.txt'), 'utf8'),
    }),
  );
}

/**
 * A small hand-made bundle: a 2-1 alignment (two Indonesian sentences, one English), a quotation
 * that crosses a sentence boundary, and a headed section.
 */
export function smallBundle(): Bundle {
  const text = 'Dia datang. Dia "pergi lagi. Lalu pulang" kata Ani.';
  const gloss = 'He came and "left again. Then went home" said Ani.';
  return bundleSchema.parse({
    schemaVersion: 1,
    id: 'kecil',
    lang: 'id',
    glossLang: 'en',
    title: {
      id: 'title',
      text: 'Judul kecil',
      gloss: 'Small title',
      sentences: [{ start: 0, end: 11, gloss: { start: 0, end: 11 } }],
      quotes: [],
    },
    speakers: [{ id: 'ani', name: 'Ani', role: 'warga', roleGloss: 'resident', aliases: [] }],
    sections: [
      {
        id: 'section-lead',
        heading: null,
        paragraphs: [
          {
            id: 'dia-datang',
            text,
            gloss,
            sentences: [
              { start: 0, end: 11, gloss: { start: 0, end: 24 } },
              { start: 12, end: 28, gloss: { start: 0, end: 24 } },
              { start: 29, end: 51, gloss: { start: 25, end: 50 } },
            ],
            quotes: [
              {
                start: 16,
                end: 41,
                speaker: 'ani',
                kind: 'direct',
                gloss: { start: 12, end: 40 },
              },
            ],
          },
        ],
      },
      {
        id: 'section-lanjut',
        heading: { text: 'Lanjutan', gloss: 'Continued' },
        paragraphs: [
          {
            id: 'hari-ini-cerah',
            text: 'Hari ini cerah.',
            gloss: 'Today is sunny.',
            sentences: [{ start: 0, end: 15, gloss: { start: 0, end: 15 } }],
            quotes: [],
          },
        ],
      },
    ],
  });
}

export function renderWithReader(
  ui: (store: ReaderStore) => ReactNode,
  language: InterfaceLanguage,
  state: Partial<ReaderState> = {},
) {
  const store = createReaderStore({ ...defaultReaderState, ...state });
  const i18n = createI18n(language);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ReaderFrame store={store}>{ui(store)}</ReaderFrame>
    </I18nextProvider>,
  );
  return { ...view, store, i18n };
}
