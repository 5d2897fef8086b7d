import type { Plugin } from 'vite';

/** Any of react-i18next's ES modules: the client build bundles them, the server build does not. */
const REACT_I18NEXT_MODULE = /[\\/]react-i18next[\\/]dist[\\/]es[\\/]/u;
/** react-i18next's module holding the HTML-entity table that only its `<Trans>` component uses. */
const UNESCAPE_MODULE = /[\\/]react-i18next[\\/]dist[\\/]es[\\/]unescape\.js$/u;

/**
 * react-i18next puts `unescape` (a table of HTML entities, for `<Trans>`) in the defaults object
 * that `useTranslation` reads, so the bundler cannot leave it out although Kabar never renders
 * `<Trans>` (ESLint forbids importing it). Built, the function returns its text unchanged: about
 * 250 gzipped bytes less in the first view's script, which has a budget of 95 KB. A build that
 * bundles react-i18next without meeting that module (a new version moved it) fails, so the bytes
 * never come back unnoticed.
 */
export function noTransUnescape(): Plugin {
  let bundlesReactI18next = false;
  let stubbed = false;
  return {
    name: 'kabar-no-trans-unescape',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (REACT_I18NEXT_MODULE.test(id)) bundlesReactI18next = true;
      if (!UNESCAPE_MODULE.test(id)) return undefined;
      stubbed = true;
      return 'export const unescape = (text) => text;\n';
    },
    buildEnd(error) {
      if (error === undefined && bundlesReactI18next && !stubbed)
        this.error(
          "react-i18next's dist/es/unescape.js was not found: update noTransUnescapePlugin.ts",
        );
    },
  };
}
