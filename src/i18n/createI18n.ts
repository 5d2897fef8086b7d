import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

export const interfaceLanguages = ['id', 'en'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return interfaceLanguages.some((language) => language === value);
}

/** The locale files, English first: English is the source every other locale must match. */
export const resources = {
  en: { translation: en },
  id: { translation: id },
} as const;

/**
 * A fresh i18next instance for one app or one test, already initialised (resources are bundled,
 * so initialisation is synchronous). No module-level instance: nothing happens at import time.
 */
export function createI18n(language: InterfaceLanguage): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...interfaceLanguages],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
