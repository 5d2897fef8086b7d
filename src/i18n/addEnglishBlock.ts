import type { i18n as I18n } from 'i18next';
import englishLocale from './locales/en.json?raw';

/** Top-level blocks of the English locale that the browser's first view leaves out. */
export type LazyEnglishBlock = 'errors' | 'inputs' | 'words';

/**
 * The browser's first view ships English without the blocks only lazily loaded features use
 * (createBrowserI18n.ts); each such feature adds its block when it loads. Read as text, the
 * locale is a module apart from the first view's, which the build cannot then merge into it.
 * Idempotent, and adding resources re-renders nothing, so it is safe during render.
 */
export function addEnglishBlock(i18n: I18n, block: LazyEnglishBlock): void {
  if (i18n.getResource('en', 'translation', block) !== undefined) return;
  const locale: unknown = JSON.parse(englishLocale);
  const strings: unknown =
    typeof locale === 'object' && locale !== null ? Reflect.get(locale, block) : undefined;
  if (typeof strings === 'object' && strings !== null)
    i18n.addResourceBundle('en', 'translation', { [block]: strings }, true, false);
}
