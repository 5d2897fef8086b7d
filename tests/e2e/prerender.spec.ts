import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EAGER_COMPILE_HINT } from '../../src/cli/eagerCompilePlugin.ts';
import { TITLE_TIMING } from '../../src/reader/titleTiming.ts';
import type { Page } from '@playwright/test';
import { fetchSeed } from './support/reader.ts';
import { expect, test } from './support/test.ts';

/** How long the boot-order test keeps the title from painting. */
const TITLE_HELD_MS = 600;

/** The SPEC's budget for the JavaScript the default page loads, gzipped. */
const JS_BUDGET_BYTES = 95 * 1000;

/** The paths of every script the default page loads before anyone touches it. */
async function scriptsOfDefaultPage(page: Page): Promise<Set<string>> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  return scripts;
}

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page shows the whole article in both languages, sections open', async ({
    page,
  }) => {
    const response = await page.request.get('/');
    const html = await response.text();
    await page.setContent(html);
    await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(
      'Korea Utara tidak mengirimkan pasukan',
    );
    await expect(
      page.getByRole('heading', { name: 'Mendesak Penarikan Pasukan Segera' }),
    ).toBeVisible();
    await expect(
      page.locator('[lang="en"]', { hasText: 'Urging an Immediate Troop Withdrawal' }).first(),
    ).toBeVisible();
    // Every paragraph of the seed, in both languages, is in the page and visible.
    const last = page.locator('[lang="id"]', { hasText: 'Yonhap juga melaporkan' }).first();
    await expect(last).toBeVisible();
    await expect(
      page.locator('[lang="en"]', { hasText: 'Yonhap also reported' }).first(),
    ).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Reading language' })).toBeVisible();
  });

  test('the reading toggle still switches languages, and controls that need a script are hidden', async ({
    page,
  }) => {
    // Not page.goto: the project's goto waits for the hydrated page, which never comes here.
    await page.setContent(await (await page.request.get('/')).text());
    const indonesian = page.locator('.row .side-id', { hasText: 'Yonhap juga melaporkan' });
    const english = page.locator('.row .side-en', { hasText: 'Yonhap also reported' });
    const title = page.getByRole('heading', { level: 1 });
    await expect(indonesian).toBeVisible();
    await expect(english).toBeVisible();

    await page.getByRole('radio', { name: 'English' }).check();
    await expect(indonesian).toBeHidden();
    await expect(english).toBeVisible();
    await expect(title).toHaveText(/^North Korea has not sent troops/u, { useInnerText: true });

    await page.getByRole('radio', { name: 'Indonesian' }).check();
    await expect(english).toBeHidden();
    await expect(indonesian).toBeVisible();
    await expect(title).toHaveText(/^Korea Utara tidak mengirimkan pasukan/u, {
      useInnerText: true,
    });

    await page.getByRole('radio', { name: 'Side by side' }).check();
    await expect(indonesian).toBeVisible();
    await expect(english).toBeVisible();

    // Settings, opening a file, folding, the next-quote jumps and the T hint all need the script:
    // in the page, but hidden (toBeHidden alone would pass for a control missing altogether).
    for (const control of [
      page.getByRole('combobox', { name: 'Theme', includeHidden: true }),
      page.getByText('Open your own article'),
      page.getByRole('button', { name: 'Fold all', exact: true, includeHidden: true }),
      page.getByText('Press T to switch'),
      page.locator('.next-quote').first(),
    ]) {
      await expect(control).toBeAttached();
      await expect(control).toBeHidden();
    }
    // The speakers are still listed, as a list: a toggle that would do nothing takes no pointer.
    const speaker = page.getByRole('button', { name: /^Robert Wood/u });
    await expect(speaker).toBeVisible();
    await expect(speaker).toHaveCSS('pointer-events', 'none');
  });
});

test('the served HTML already holds the article, its sentences and the toolbar', async ({
  page,
}) => {
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('data-sentence="title:0"');
  expect(html).toContain('role="radiogroup"');
  expect(html).toContain('Robert Wood');
  expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/u);
});

test('the parser meets the reader script only after the article and its data', async ({ page }) => {
  // In the head, the parser stopped to request it before reading a word of the article.
  const html = await (await page.request.get('/')).text();
  const scriptTag = html.search(/<script type="module"[^>]*\bsrc=/u);
  expect(scriptTag).toBeGreaterThan(html.indexOf('id="kabar-data"'));
  expect(scriptTag).toBeGreaterThan(html.indexOf('</head>'));
  expect(html.slice(scriptTag)).toMatch(/^<script[^>]*><\/script>\s*<\/body>/u);
});

test('the first frame waits for the title, even when the page arrives in two pieces', async ({
  page,
}) => {
  // The served page, sent by a server of the test's own: all up to the title at once, the rest
  // 700 ms later, as a slow connection might. Without the wait the browser draws the masthead
  // and the speakers in the meantime, and the title a frame later.
  const html = await (await page.request.get('/')).text();
  const cut = html.indexOf('<h1');
  expect(cut).toBeGreaterThan(html.indexOf('<body>'));
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write(html.slice(0, cut));
    setTimeout(() => response.end(html.slice(cut)), 700);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    // Before any of the page's own script: what the first frame finds.
    await page.addInitScript((timing) => {
      requestAnimationFrame(() => {
        const title = document.querySelector(`[elementtiming="${timing}"]`);
        Reflect.set(window, '__titleInFirstFrame', title !== null);
      });
    }, TITLE_TIMING);
    // The frame's own goto: this server has the page but not its script, which never hydrates.
    await page.mainFrame().goto(`http://127.0.0.1:${address.port}/`);
    await page.waitForFunction(() => Reflect.has(window, '__titleInFirstFrame'));
    expect(await page.evaluate(() => Reflect.get(window, '__titleInFirstFrame'))).toBe(true);
  } finally {
    server.close();
  }
});

test('hydration is silent and shifts nothing', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.defineProperty(window, '__shifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push(Reflect.get(entry, 'value'));
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => {
    const shifts: unknown = Reflect.get(window, '__shifts');
    return Array.isArray(shifts) ? shifts.reduce((a: number, b: number) => a + b, 0) : -1;
  });
  expect(problems).toEqual([]);
  expect(shift).toBeLessThan(0.01);
});

/**
 * Each size and weight of type the first screen draws is one more font lookup in the page's first
 * layout, its longest task on load (on Linux a synchronous call to the browser process, about 2 ms
 * each; reader.css, at --ui-font). Thirteen on a phone's first screen took that task from about
 * 66 to 76 ms against nine (median of 30 loads each). The interface keeps to 14px and 16px.
 */
const MAX_FIRST_SCREEN_FONTS = 10;

test(`the first screen draws its text in at most ${MAX_FIRST_SCREEN_FONTS} sizes and weights`, async ({
  page,
}) => {
  await page.goto('/');
  const fonts = await page.evaluate(() => {
    const seen = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      // Text the first layout skips (rows below the screen) or does not lay out at all.
      if (!element.checkVisibility({ contentVisibilityAuto: true })) continue;
      const style = getComputedStyle(element);
      seen.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle} ${style.fontFamily}`);
    }
    return [...seen].sort();
  });
  expect(fonts.length, fonts.join('\n')).toBeLessThanOrEqual(MAX_FIRST_SCREEN_FONTS);
});

test(`the default page loads at most ${JS_BUDGET_BYTES / 1000} KB of gzipped JavaScript`, async ({
  page,
}) => {
  const scripts = await scriptsOfDefaultPage(page);
  let total = 0;
  for (const script of scripts) {
    total += gzipSync(readFileSync(path.join('dist', script)), { level: 9 }).byteLength;
  }
  expect(scripts.size).toBeGreaterThan(0);
  expect(total, `gzipped JS: ${[...scripts].join(', ')}`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
});

test('the reader script is compiled as it loads, the lazy chunks only when they are used', async ({
  page,
}) => {
  const scripts = await scriptsOfDefaultPage(page);
  const main = [...scripts].filter((script) => /\/main-[\w-]+\.js$/u.test(script));
  expect(main, [...scripts].join(', ')).toHaveLength(1);
  const hinted = readdirSync(path.join('dist', 'assets')).filter((file) =>
    readFileSync(path.join('dist', 'assets', file), 'utf8').startsWith(EAGER_COMPILE_HINT),
  );
  expect(hinted.map((file) => `/assets/${file}`)).toEqual(main);
});

test('the reader script is requested only once the title has been painted', async ({ page }) => {
  // The title is kept from painting for its first 600 ms, so the rest of the page paints first: a
  // boot that waited only for the first contentful paint would request the reader before it.
  await page.addInitScript(`
    const hold = new CSSStyleSheet();
    hold.replaceSync('#title { visibility: hidden }');
    document.adoptedStyleSheets = [hold];
    setTimeout(() => { document.adoptedStyleSheets = []; }, ${TITLE_HELD_MS});
  `);
  await page.goto('/');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const times = await page.evaluate(
    (identifier) =>
      new Promise<{ painted?: number; requested?: number }>((resolve) => {
        new PerformanceObserver((list) => {
          const title = list
            .getEntries()
            .find((entry) => Reflect.get(entry, 'identifier') === identifier);
          const reader = performance
            .getEntriesByType('resource')
            .find((entry) => /\/main-[\w-]+\.js$/u.test(entry.name));
          resolve({ painted: title?.startTime, requested: reader?.startTime });
        }).observe({ type: 'element', buffered: true });
      }),
    TITLE_TIMING,
  );
  expect(times.painted).toBeDefined();
  expect(times.requested).toBeGreaterThanOrEqual(times.painted ?? Infinity);
  expect(times.painted).toBeGreaterThanOrEqual(TITLE_HELD_MS);
  // Long before boot.ts's two-second fallback: the title's paint itself started the download.
  expect(times.requested).toBeLessThan((times.painted ?? 0) + 1000);
});

test('a page opened at its last paragraph loads its reader after its first paint, not later', async ({
  page,
}) => {
  // Opened at the last paragraph (#its-id), the page scrolls there, and a title scrolled away
  // before it was painted is never reported by Element Timing. Kept from painting here for longer
  // than boot.ts's two-second fallback (on a fast machine the first frame may paint it before the
  // scroll), so a boot that waited for the title would request the reader only at the fallback.
  const seed = await fetchSeed(page);
  const last = seed.sections.at(-1)?.paragraphs.at(-1)?.id;
  expect(last).toBeDefined();
  await page.addInitScript(`
    const hold = new CSSStyleSheet();
    hold.replaceSync('#title { visibility: hidden }');
    document.adoptedStyleSheets = [hold];
    setTimeout(() => { document.adoptedStyleSheets = []; }, ${TITLE_HELD_MS * 5});
  `);
  await page.goto(`/?lng=en#${last}`);
  const times = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    requested: performance
      .getEntriesByType('resource')
      .find((entry) => /\/main-[\w-]+\.js$/u.test(entry.name))?.startTime,
    scrolled: scrollY,
  }));
  expect(times.scrolled).toBeGreaterThan(0);
  expect(times.painted).toBeDefined();
  expect(times.requested).toBeGreaterThanOrEqual(times.painted ?? Infinity);
  expect(times.requested).toBeLessThan((times.painted ?? 0) + 1000);
});

test('hydration yields to the browser while it works, instead of holding the page', async ({
  page,
}) => {
  // Slowed 4x, as a phone is, the hydration needs many of React's time slices. React's scheduler
  // yields by posting itself a message (MessageChannel); an unsliced hydration (the default
  // priority, outside a transition) posts twice in all. Should the scheduler stop using
  // MessageChannel, this fails rather than passes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(`
    let posts = 0;
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (...args) {
      if (document.documentElement.dataset.ready === undefined) posts += 1;
      return post.apply(this, args);
    };
    Object.defineProperty(window, '__schedulerPosts', { get: () => posts });
  `);
  await page.goto('/');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const posts: unknown = await page.evaluate(() => Reflect.get(window, '__schedulerPosts'));
  expect(posts).toBeGreaterThanOrEqual(5);
});

test.describe('for a reader whose browser prefers Indonesian', () => {
  test.use({ locale: 'id-ID' });

  test('the English prerender hydrates silently, then the interface turns Indonesian', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('radiogroup', { name: 'Bahasa bacaan' })).toBeVisible();
    await expect(page).toHaveTitle(/Korea Utara.*Kabar/u);
    expect(problems).toEqual([]);
  });
});
