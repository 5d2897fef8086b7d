import type { Bundle } from '../bundle/schema.ts';
import { escapeHtml } from './escapeHtml.ts';

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
