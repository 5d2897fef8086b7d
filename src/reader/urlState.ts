import { isInterfaceLanguage, type InterfaceLanguage } from '../i18n/languages.ts';
import { isReadingMode, type ReadingMode } from './readerState.ts';

/** What the address says, each part only when it is present and valid (junk is ignored). */
export interface UrlState {
  mode?: ReadingMode;
  language?: InterfaceLanguage;
  article?: string;
  paragraph?: string;
}

export function readUrlState(search: string, hash: string, slugs: readonly string[]): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const mode = params.get('mode');
  if (isReadingMode(mode)) state.mode = mode;
  const language = params.get('lng');
  if (isInterfaceLanguage(language)) state.language = language;
  const article = params.get('article');
  if (article !== null && slugs.includes(article)) state.article = article;
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    fragment = '';
  }
  if (/^[a-z][a-z0-9-]*$/u.test(fragment)) state.paragraph = fragment;
  return state;
}

/** The address with the given parameters set, everything else (other parameters, the hash) kept. */
export function withUrlParams(href: string, changes: { mode?: ReadingMode; lng?: string }): string {
  const url = new URL(href);
  if (changes.mode !== undefined) url.searchParams.set('mode', changes.mode);
  if (changes.lng !== undefined) url.searchParams.set('lng', changes.lng);
  return `${url.pathname}${url.search}${url.hash}`;
}
