import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { RenderedPage } from '../app/renderPage.tsx';
import type { Bundle } from '../bundle/schema.ts';
import type { ArticleLink } from '../reader/ArticleList.tsx';
import { articleSummaries, buildAll } from './seedBundlesPlugin.ts';
import { escapeHtml } from './escapeHtml.ts';
import { allowInline, MODULE_SCRIPT, replaceOnce } from './pageHtml.ts';

const DIST = 'dist';
const SSR_OUT = path.join('node_modules', '.tmp', 'kabar-ssr');
/** The interface language of the prerendered pages; the browser switches after hydration. */
const PRERENDER_LANGUAGE = 'en';
const DATA_ELEMENT_ID = 'kabar-data';

type RenderPage = (
  bundle: Bundle,
  articles: readonly ArticleLink[],
  language: 'en' | 'id',
) => RenderedPage;

/** JSON inside a <script type="application/json">: nothing in it may close the element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c');
}

/** The built index.html with one article rendered into it, ready to hydrate. */
export function fillTemplate(template: string, page: RenderedPage): string {
  let html = template;
  html = replaceOnce(html, /<html lang="[^"]*"/u, `<html lang="${page.lang}"`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/u, `<title>${escapeHtml(page.title)}</title>`);
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/u,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
  );
  // The first frame waits until the parser has read the title, the first screen's largest text:
  // with the script tag at the end of the body the parser no longer stops in the head, and in
  // about one load in three the browser painted the masthead and the speakers a frame before the
  // title, so Lighthouse's simulated LCP took in more of the load (0.88-0.94 s against 0.75-0.84;
  // 10 runs each: LCP median 775 -> 760 ms, worst 938 -> 848, and 10 of 10 scoring 100).
  html = replaceOnce(
    html,
    /<\/title>/u,
    `</title>\n    <link rel="expect" href="#${escapeHtml(page.data.bundle.title.id)}" blocking="render" />`,
  );
  html = replaceOnce(
    html,
    /<div id="root"><\/div>/u,
    `<div id="root">${page.html}</div>\n    <script type="application/json" id="${DATA_ELEMENT_ID}">${scriptSafeJson(page.data)}</script>`,
  );
  return html;
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/u;

/**
 * Makes the first paint need nothing but the HTML: the stylesheet goes inline (allowed by its
 * hash in the Content-Security-Policy, so no 'unsafe-inline'), and the hydration script is
 * fetched at low priority so it never competes with the text for a slow connection. Its tag goes
 * at the end of the body, where Vite's is in the head: there the parser stopped to request it
 * before reading a word of the article, and that made the head's parse the page's longest task
 * but one (first parse task 16.7 ms median against 10.4, 8 traced phone loads each; about 8 ms of
 * it the request, which Lighthouse counts four times over). A module script runs after the parse
 * wherever its tag is, and the preload scanner finds it as early.
 */
export function optimiseFirstPaint(template: string, distDir: string): string {
  const link = STYLESHEET_LINK.exec(template);
  let html = template;
  if (link?.[1]) {
    const css = readFileSync(path.join(distDir, link[1]), 'utf8').trim();
    html = html.replace(link[0], () => `<style>${css}</style>`);
    html = allowInline(html, 'style-src', css);
  }
  // The tag's line goes with it, so no blank line is left.
  const script = new RegExp(String.raw`\n[ \t]*${MODULE_SCRIPT.source}`, 'u').exec(html);
  if (!script) throw new Error('prerender: index.html has no module script');
  html = html.slice(0, script.index) + html.slice(script.index + script[0].length);
  return replaceOnce(
    html,
    /<\/body>/u,
    `  <script type="module" fetchpriority="low"${script[1] ?? ''}></script>\n  </body>`,
  );
}

async function loadRenderer(): Promise<RenderPage> {
  rmSync(SSR_OUT, { recursive: true, force: true });
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/app/renderPage.tsx',
      outDir: SSR_OUT,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
  const module: unknown = await import(pathToFileURL(path.resolve(SSR_OUT, 'renderPage.js')).href);
  const renderPage =
    typeof module === 'object' && module !== null ? Reflect.get(module, 'renderPage') : undefined;
  if (typeof renderPage !== 'function')
    throw new Error('prerender: the server build has no renderPage');
  return renderPage as RenderPage;
}

/**
 * `npm run build`: the static site in dist/, with every seed's bundle, the default article
 * prerendered into dist/index.html and every article into dist/article/<slug>/index.html.
 */
async function main(): Promise<void> {
  await build({ logLevel: 'warn' });
  const renderPage = await loadRenderer();
  const bundles = buildAll('seeds');
  const articles = articleSummaries(bundles);
  const template = optimiseFirstPaint(readFileSync(path.join(DIST, 'index.html'), 'utf8'), DIST);
  bundles.forEach((bundle, index) => {
    const html = fillTemplate(template, renderPage(bundle, articles, PRERENDER_LANGUAGE));
    if (index === 0) writeFileSync(path.join(DIST, 'index.html'), html);
    const dir = path.join(DIST, 'article', bundle.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), html);
  });
  process.stdout.write(`built ${DIST}/ with ${bundles.length} prerendered article(s)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
