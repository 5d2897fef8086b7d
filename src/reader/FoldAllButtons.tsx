import { useTranslation } from 'react-i18next';
import type { Bundle } from '../bundle/schema.ts';
import type { ReaderStore } from './readerState.ts';

/** "Fold all" and "Unfold all", for articles with at least one headed section. */
export function FoldAllButtons({ bundle, store }: { bundle: Bundle; store: ReaderStore }) {
  const { t } = useTranslation();
  const foldable = bundle.sections.filter((s) => s.heading !== null).map((s) => s.id);
  if (foldable.length === 0) return null;
  return (
    <div className="fold-all">
      <button
        type="button"
        className="quiet-button"
        onClick={() => store.update({ folded: foldable })}
      >
        {t('buttons.foldAll')}
      </button>
      <button type="button" className="quiet-button" onClick={() => store.update({ folded: [] })}>
        {t('buttons.unfoldAll')}
      </button>
    </div>
  );
}
