import type { InitOptions } from 'i18next';

export const interfaceLanguages = ['id', 'en'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return interfaceLanguages.some((language) => language === value);
}

/** The options every i18next instance of Kabar starts from, whatever its resources. */
export function baseI18nOptions(language: InterfaceLanguage): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...interfaceLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
