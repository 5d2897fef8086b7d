import type { Bundle } from '../bundle/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { allowInline, MODULE_SCRIPT, replaceOnce } from './pageHtml.ts';

/**
 * The floor the reader is measured against: the same article as a plain static HTML page, no
 * script, no stylesheet, both languages, as the simplest possible page would show it.
 */
export function staticFloorPage(bundle: Bundle): string {
  const blocks: string[] = [`<h1>${escapeHtml(bundle.title.text)}</h1>`];
  for (const section of bundle.sections) {
    if (section.heading) blocks.push(`<h2>${escapeHtml(section.heading.text)}</h2>`);
    for (const paragraph of section.paragraphs) {
      blocks.push(`<p>${escapeHtml(paragraph.text)}</p>`);
      if (paragraph.gloss !== undefined)
        blocks.push(`<p lang="en">${escapeHtml(paragraph.gloss)}</p>`);
    }
  }
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta name="description" content="${escapeHtml(bundle.title.gloss ?? bundle.title.text)}">
<title>${escapeHtml(bundle.title.text)}</title>
</head>
<body>
<main><article>
${blocks.join('\n')}
</article></main>
</body>
</html>
`;
}

/** The floor page's whole script: the reading toggle sets the mode on the frame, nothing else. */
const FLOOR_SCRIPT = `
const frame = document.querySelector('.app');
for (const input of document.querySelectorAll('input[name="reading-mode"]'))
  input.addEventListener('change', () => frame.setAttribute('data-mode', input.value));
document.documentElement.dataset.ready = 'true';
`;

/**
 * The floor a toggle is measured against: Kabar's own prerendered page (same HTML, same CSS, same
 * screen) with its script swapped for three lines that only set the reading mode on the frame.
 * No React, no held rows, no kept place: what the browser alone spends restyling, laying out and
 * painting the change, on the same machine in the same run. The page's Content-Security-Policy
 * stays, allowing that one inline script by its hash.
 */
export function toggleFloorPage(prerenderedHtml: string): string {
  const withoutScript = replaceOnce(prerenderedHtml, MODULE_SCRIPT, '');
  return replaceOnce(
    allowInline(withoutScript, 'script-src', FLOOR_SCRIPT),
    /<\/body>/u,
    `<script>${FLOOR_SCRIPT}</script>\n</body>`,
  );
}
