import { useTranslation } from 'react-i18next';
import {
  isTextSize,
  isTheme,
  textSizes,
  themes,
  useReaderState,
  type ReaderStore,
} from './readerState.ts';

/** Light, dark or following the system. */
export function ThemeSwitch({ store }: { store: ReaderStore }) {
  const { t } = useTranslation();
  const theme = useReaderState(store, (state) => state.theme);
  return (
    <label className="field">
      <span className="field-label">{t('labels.theme')}</span>
      <select
        value={theme}
        onChange={(event) => {
          const value = event.target.value;
          if (isTheme(value)) store.update({ theme: value });
        }}
      >
        {themes.map((option) => (
          <option key={option} value={option}>
            {t(`themes.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TextSizeSwitch({ store }: { store: ReaderStore }) {
  const { t } = useTranslation();
  const size = useReaderState(store, (state) => state.textSize);
  return (
    <label className="field">
      <span className="field-label">{t('labels.textSize')}</span>
      <select
        value={size}
        onChange={(event) => {
          const value = event.target.value;
          if (isTextSize(value)) store.update({ textSize: value });
        }}
      >
        {textSizes.map((option) => (
          <option key={option} value={option}>
            {t(`textSizes.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
