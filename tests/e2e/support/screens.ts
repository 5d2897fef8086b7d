/** The tag of a browser test the phone project leaves out (playwright.config.ts). */
export const DESKTOP_ONLY = '@desktop-only';
