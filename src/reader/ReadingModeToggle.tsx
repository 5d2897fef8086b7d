import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readingModes, type ReaderStore, type ReadingMode } from './readerState.ts';

/**
 * "Reading language": Indonesian, English or side by side. T cycles through them.
 * The radios are the browser's own: a click checks one natively and only tells the store; a
 * change from elsewhere (T, a stored preference) checks the matching radio directly. Neither
 * re-renders anything. The click is heard by a listener of the group's own, not React's
 * `onChange`: for a radio with one, React also looks up every radio of the group by name and
 * restores each one's state after the event, work that ran cold in a session's first toggle, the
 * one that decides its INP.
 */
export function ReadingModeToggle({ store }: { store: ReaderStore }) {
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = group.current;
    if (!element) return;
    const apply = (): void => {
      const mode = store.get().mode;
      for (const input of element.querySelectorAll('input')) input.checked = input.value === mode;
    };
    // A property rather than addEventListener: set again, it replaces itself, so nothing to undo.
    element.onchange = ({ target }) => {
      // Only the group's radios fire change here, and each one's value is a reading mode
      // (readingModes below). Asserted, not checked: the first view's script has no bytes to spare.
      // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
      store.update({ mode: (target as HTMLInputElement).value as ReadingMode, peek: null });
    };
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
          />
          <span>{t(`modes.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
