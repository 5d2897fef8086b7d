import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readingModes, type ReaderStore } from './readerState.ts';

/**
 * "Reading language": Indonesian, English or side by side. T cycles through them.
 * The radios are the browser's own: a click checks one natively and only tells the store; a
 * change from elsewhere (T, a stored preference) checks the matching radio directly. Neither
 * re-renders anything.
 */
export function ReadingModeToggle({ store }: { store: ReaderStore }) {
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    function apply(): void {
      const mode = store.get().mode;
      // Every radio is set, the unchanged ones too: React keeps its own record of each radio's
      // state through this setter, and a radio unchecked only by its neighbour would stay
      // "checked" in that record, so clicking it again would not count as a change.
      for (const input of group.current?.querySelectorAll('input') ?? []) {
        input.checked = input.value === mode;
      }
    }
    apply();
    return store.subscribe(apply);
  }, [store]);
  const initial = store.getInitial().mode;
  return (
    <div
      ref={group}
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
            defaultChecked={initial === option}
            onChange={() => store.update({ mode: option, peek: null })}
          />
          <span>{t(`modes.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
