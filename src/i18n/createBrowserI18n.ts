import { createInstance, type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { baseI18nOptions, type InterfaceLanguage } from './languages.ts';
// Every top-level block but `errors`, `inputs` and `words`, by name, so the build leaves the problem
// messages and the word card's strings out of the first view's script; the problems panel and the
// word card add them when they load (addEnglishBlock.ts).
import { app, buttons, labels, modes, status, textSizes, themes } from './locales/en.json';

const en = { app, status, labels, modes, themes, textSizes, buttons };

/**
 * English (the source locale, and the language pages are prerendered in) ships with the page;
 * Indonesian is fetched the first time it is needed, keeping it out of the first view's script.
 */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load =
      language === 'id'
        ? import('./locales/id.json').then((module) => module.default)
        : Promise.resolve(en);
    // A failed dynamic import rejects with an Error (a TypeError), which i18next takes as it is.
    load.then(
      (translation) => callback(null, translation),
      (error: Error) => callback(error, false),
    );
  },
};

/** The browser's i18next instance, ready once the interface language's strings have loaded. */
export async function createBrowserI18n(language: InterfaceLanguage): Promise<i18n> {
  const instance = createInstance();
  await instance
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      ...baseI18nOptions(language),
      // A copy: the lazily added blocks (addEnglishBlock.ts) go into this instance alone.
      resources: { en: { translation: { ...en } } },
      partialBundledLanguages: true,
    });
  return instance;
}
