import { useTranslation } from 'react-i18next';
import { interfaceLanguages, isInterfaceLanguage } from '../i18n/languages.ts';

/** Names of the interface languages, each in itself: what a reader of it looks for. */
const ownNames = { id: 'Bahasa Indonesia', en: 'English' } as const;

/** "Interface language": switches every interface string (article text keeps its own language). */
export function InterfaceLanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="field">
      <span className="field-label">{t('labels.interfaceLanguage')}</span>
      <select
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (isInterfaceLanguage(language)) void i18n.changeLanguage(language);
        }}
      >
        {interfaceLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {ownNames[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
