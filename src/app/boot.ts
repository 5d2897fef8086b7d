/**
 * The page's only script tag. The article is already in the HTML (prerendered), so the reader's
 * script waits until that text has been painted: on a slow connection or a slow phone, the
 * download and the hydration never hold back the first view of the article.
 */
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./main.tsx');
  }, 0);
});
