import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { baseI18nOptions, type InterfaceLanguage } from './languages.ts';
import en from './locales/en.json';
import id from './locales/id.json';

/** The locale files, English first: English is the source every other locale must match. */
export const resources = {
  en: { translation: en },
  id: { translation: id },
} as const;

/**
 * A fresh i18next instance with every locale bundled, initialised at once: for tests and the
 * server render. The browser uses createBrowserI18n, which loads only the locale it needs.
 * No module-level instance: nothing happens at import time.
 */
export function createI18n(language: InterfaceLanguage): i18n {
  const instance = createInstance();
  void instance
    .use(initReactI18next)
    .init({ ...baseI18nOptions(language), resources, initAsync: false });
  return instance;
}
