import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readingModes, type ReaderStore, type ReadingMode } from './readerState.ts';

/**
 * "Reading language": Indonesian, English or side by side. T cycles through them.
 * The radios are the browser's own: a click checks one natively and only tells the store; a
 * change from elsewhere (T, a stored preference) checks the matching radio directly. Neither
 * re-renders anything.
 *
 * A click on an option ends at the group, whose own listener hears the change: nothing above it
 * needs the click. React's root listener would otherwise take it, and for a click on one of its
 * radios (with `onChange` or without) find every radio of the group with a selector query over
 * the whole document and rewrite each one's name, type and checked state: attribute writes the
 * toggle's restyle then paid for. That ran cold, a regular expression compiled among it, in a
 * session's first toggle, the one that decides its INP: the click's task 30.6 -> 26.0 ms with the
 * CPU slowed 4x (trace, median of 8 sessions).
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
    // Properties rather than addEventListener: set again, each replaces itself, nothing to undo.
    // The press (pointerdown) still reaches the document: an open word card closes on it.
    element.onclick = (event) => event.stopPropagation();
    element.onchange = (event) => {
      // Only the group's radios fire change here, and each one's value is a reading mode
      // (readingModes below). Asserted, not checked: the first view's script has no bytes to spare.
      // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
      store.update({ mode: (event.target as HTMLInputElement).value as ReadingMode, peek: null });
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
