import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../bundle/schema.ts';
import { useReaderState, type ReaderStore } from './readerState.ts';
import { glossGroups } from './textLayout.ts';

/** The text of sentence `index` in both languages: the whole translation group it belongs to. */
export function peekTexts(paragraph: Paragraph, index: number): { id: string; en: string | null } {
  const group = glossGroups(paragraph).find((g) => g.sentences.includes(index));
  const members = group ? group.sentences : [index];
  const first = paragraph.sentences[members[0] ?? index];
  const last = paragraph.sentences[members.at(-1) ?? index];
  const id = first && last ? paragraph.text.slice(first.start, last.end) : '';
  const en =
    group && paragraph.gloss !== undefined ? paragraph.gloss.slice(group.start, group.end) : null;
  return { id, en };
}

/**
 * The translation of one sentence, shown under the paragraph on demand when only one language is
 * on screen (CSS shows the side that is hidden). Only this element re-renders when the peek moves.
 */
export function ParagraphPeek({ paragraph, store }: { paragraph: Paragraph; store: ReaderStore }) {
  const { t } = useTranslation();
  const index = useReaderState(store, (state) =>
    state.peek?.paragraph === paragraph.id ? state.peek.sentence : -1,
  );
  if (index === -1) return null;
  const texts = peekTexts(paragraph, index);
  return (
    <aside className="peek" aria-label={t('labels.translation')}>
      <p className="peek-en">
        {texts.en === null ? t('labels.noTranslation') : <span lang="en">{texts.en}</span>}
      </p>
      <p className="peek-id">
        <span lang="id">{texts.id}</span>
      </p>
      <button type="button" className="peek-close" onClick={() => store.update({ peek: null })}>
        {t('buttons.closeTranslation')}
      </button>
    </aside>
  );
}
