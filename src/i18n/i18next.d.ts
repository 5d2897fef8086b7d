import 'i18next';
import type en from './locales/en.json';

// Key types come from the source locale, so a missing or misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
