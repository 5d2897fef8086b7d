import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Open your own article": a bundle (.json) or raw Indonesian text (.txt) with an optional gloss.
 * Dropping a file anywhere or pasting text outside a field does the same (wired by the app).
 */
export function OpenArticle({
  onOpen,
}: {
  onOpen: (article: File | undefined, gloss: File | undefined) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const article = useRef<File | undefined>(undefined);
  const gloss = useRef<File | undefined>(undefined);
  return (
    <details className="open-own">
      <summary>{t('labels.openOwn')}</summary>
      <div className="open-own-body">
        <p className="open-own-hint" id={hintId}>
          {t('labels.openOwnHint')}
        </p>
        <label className="file-field">
          <span className="field-label">{t('labels.articleFile')}</span>
          <input
            type="file"
            accept=".json,.txt,application/json,text/plain"
            aria-describedby={hintId}
            onChange={(event) => {
              article.current = event.target.files?.[0];
              if (article.current) onOpen(article.current, gloss.current);
            }}
          />
        </label>
        <label className="file-field">
          <span className="field-label">{t('labels.glossFile')}</span>
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={(event) => {
              gloss.current = event.target.files?.[0];
              if (article.current) onOpen(article.current, gloss.current);
            }}
          />
        </label>
      </div>
    </details>
  );
}
