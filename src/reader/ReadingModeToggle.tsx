import { useTranslation } from 'react-i18next';
import { readingModes, useReaderState, type ReaderStore } from './readerState.ts';

/** "Reading language": Indonesian, English or side by side. T cycles through them. */
export function ReadingModeToggle({ store }: { store: ReaderStore }) {
  const { t } = useTranslation();
  const mode = useReaderState(store, (state) => state.mode);
  return (
    <div
      role="radiogroup"
      aria-label={t('labels.readingLanguage')}
      aria-keyshortcuts="t"
      className="mode-toggle"
    >
      {readingModes.map((option) => (
        <label key={option} className="segment">
          <input
            type="radio"
            name="reading-mode"
            value={option}
            checked={mode === option}
            onChange={() => store.update({ mode: option, peek: null })}
          />
          <span>{t(`modes.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
