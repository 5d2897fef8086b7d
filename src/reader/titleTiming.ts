/**
 * Element Timing's name for the article's title, the largest text of the first screen: the
 * page's one script (src/app/boot.ts) loads the reader once the title has been painted.
 */
export const TITLE_TIMING = 'title';
