import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from '@playwright/test';
import en from '../i18n/locales/en.json' with { type: 'json' };
import id from '../i18n/locales/id.json' with { type: 'json' };

export interface AssetWeight {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  js: AssetWeight[];
  css: AssetWeight[];
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
}

/**
 * The JavaScript and CSS the default page loads before anyone touches it, measured from the
 * files in dist/ (gzip level 9), so the figure is the same on every machine.
 */
export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  distDir: string,
): Promise<PageWeight> {
  const page = await browser.newPage();
  const urls = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (/\.(js|css)$/u.test(url.pathname)) urls.add(url.pathname);
  });
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  // The stylesheet is inlined into the HTML: it counts as CSS all the same.
  const inlineCss = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n'),
  );
  await page.close();
  const weigh = (url: string, content: Buffer) => ({
    url,
    bytes: content.byteLength,
    gzipBytes: gzipSync(content, { level: 9 }).byteLength,
  });
  const weights = [...urls].sort().map((url) => weigh(url, readFileSync(path.join(distDir, url))));
  if (inlineCss !== '') weights.push(weigh('(inline <style>).css', Buffer.from(inlineCss)));
  const js = weights.filter((w) => w.url.endsWith('.js'));
  const css = weights.filter((w) => w.url.endsWith('.css'));
  const sum = (list: AssetWeight[], key: 'bytes' | 'gzipBytes') =>
    list.reduce((total, w) => total + w[key], 0);
  return {
    js,
    css,
    jsBytes: sum(js, 'bytes'),
    jsGzipBytes: sum(js, 'gzipBytes'),
    cssBytes: sum(css, 'bytes'),
    cssGzipBytes: sum(css, 'gzipBytes'),
  };
}

export interface ToggleLatency {
  /** Event Timing durations (input to next paint) of each toggle; null when under 16 ms. */
  durations: (number | null)[];
  medianMs: number;
  /**
   * Interaction to Next Paint as browsers and the Web Vitals define it: the slowest toggle,
   * ignoring one for every 50 — what a reader's session of this many toggles would report.
   */
  inpMs: number;
  worstMs: number;
}

/** Toggle latency over several reading sessions, each a fresh page load. */
export interface ToggleSessions {
  sessions: ToggleLatency[];
  /** The median toggle of every session together. */
  medianMs: number;
  /**
   * The median of the sessions' INPs: the slowest toggle a typical reader meets, the first one
   * after loading included (a session of fewer than 50 toggles ignores none).
   */
  inpMs: number;
  worstMs: number;
}

export function summarizeSessions(sessions: readonly ToggleLatency[]): ToggleSessions {
  const every = sessions.flatMap((session) => session.durations.map((d) => d ?? 16));
  const middle = <T>(sorted: readonly T[]): T | undefined => sorted[Math.floor(sorted.length / 2)];
  return {
    sessions: [...sessions],
    medianMs: middle([...every].sort((a, b) => a - b)) ?? NaN,
    inpMs: middle(sessions.map((session) => session.inpMs).sort((a, b) => a - b)) ?? NaN,
    worstMs: Math.max(...every),
  };
}

/**
 * The order to run reading sessions of several kinds in, given how many of each: every kind's
 * sessions spread evenly over the whole run (the i-th of n at (i + ½) / n of the way), ties in
 * the order the kinds are given. A busy spell of a shared machine then lands on sessions of
 * different kinds, not on all of one kind's, which one after another it could decide alone.
 */
export function interleaveSessions<Kind>(
  counts: readonly (readonly [Kind, number])[],
): { kind: Kind; session: number }[] {
  const slots = counts.flatMap(([kind, count], order) =>
    Array.from({ length: count }, (_, session) => ({
      kind,
      session,
      at: (session + 0.5) / count,
      order,
    })),
  );
  slots.sort((a, b) => a.at - b.at || a.order - b.order);
  return slots.map(({ kind, session }) => ({ kind, session }));
}

/** The INP of a session of interactions: the longest, ignoring the longest one in every 50. */
export function interactionToNextPaint(durations: readonly number[]): number {
  const slowestFirst = [...durations].sort((a, b) => b - a);
  return slowestFirst[Math.min(Math.floor(durations.length / 50), slowestFirst.length - 1)] ?? NaN;
}

/** The toggle's own words, from the locales, in the order the bench clicks them. */
const locales = { en, id };
const CLICK_ORDER = ['en', 'id', 'both'] as const;

async function observeEventTiming(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (Reflect.has(window, '__kabarEvents')) return;
    const store: { duration: number; name: string }[] = [];
    Object.defineProperty(window, '__kabarEvents', { value: store });
    // durationThreshold (Event Timing) is missing from TypeScript's DOM types; 16 ms is its minimum.
    const options = { type: 'event', durationThreshold: 16, buffered: false };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        store.push({ duration: entry.duration, name: entry.name });
    }).observe(options);
  });
}

async function takeEvents(page: Page): Promise<{ duration: number; name: string }[]> {
  return page.evaluate(() => {
    const store: unknown = Reflect.get(window, '__kabarEvents');
    if (!Array.isArray(store)) return [];
    return store.splice(0, store.length);
  });
}

/**
 * How a reader's input reaches the toggle.
 * - `click`: a person's mouse. The pointer comes to rest on the option, then presses it and
 *   lets go a moment later. Each of those is an input with a frame of its own, as in life: a
 *   pointer arrives well before the press, and a button is held for about a tenth of a second.
 * - `tap`: a person's finger on a touch screen, held as long. After the finger lifts, the
 *   browser still has to recognise the tap before it sends the click, a frame or so later.
 * - `instant click`: what test automation sends by default. The pointer's arrival, the press and
 *   the release come in one task, so the press's latency includes the release, the click and the
 *   hover of arriving, cold on the first toggle. No person clicks like that; it is kept as the
 *   worst case, for information.
 */
export type ToggleInput = 'click' | 'tap' | 'instant click';

/** Milliseconds a person's pointer rests on an option before pressing, and holds it down. */
const REST_MS = 100;
const HOLD_MS = 80;

async function pressOption(
  page: Page,
  session: CDPSession,
  target: { x: number; y: number },
  input: ToggleInput,
): Promise<void> {
  if (input === 'instant click') return page.mouse.click(target.x, target.y);
  if (input === 'tap') {
    // Playwright's own tap lifts the finger at once: the touch is sent through the protocol.
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [target] });
    await page.waitForTimeout(HOLD_MS);
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    return;
  }
  await page.mouse.move(target.x, target.y);
  await page.waitForTimeout(REST_MS);
  await page.mouse.down();
  await page.waitForTimeout(HOLD_MS);
  await page.mouse.up();
}

/**
 * Throws if Playwright's injected script is in the page: any of its selector or waitFor calls
 * sets it up, and it listens on the window for every press, release and click (it registers a
 * listener of its own type, `__playwright_global_listeners_check__`, to find itself). Its work
 * would be measured as the page's. Every script world of the page is asked: a locator's script
 * runs in Playwright's own isolated world, waitForSelector's in the page's, and the window's
 * listeners are listed per world (tests/e2e/benchGuards.spec.ts).
 */
async function refuseInjectedListeners(session: CDPSession): Promise<void> {
  const worlds: number[] = [];
  const collect = (event: { context: { id: number } }) => worlds.push(event.context.id);
  session.on('Runtime.executionContextCreated', collect);
  // Enabling reports every existing world before it returns.
  await session.send('Runtime.enable');
  session.off('Runtime.executionContextCreated', collect);
  await session.send('Runtime.disable');
  if (worlds.length === 0) throw new Error('the page has no script world to inspect');
  for (const contextId of worlds) {
    const { result } = await session.send('Runtime.evaluate', { expression: 'window', contextId });
    if (!result.objectId) continue;
    const { listeners } = await session.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    if (listeners.some((listener) => listener.type.startsWith('__playwright')))
      throw new Error(
        "Playwright's injected script listens in the page: wait with page.evaluate, not a locator",
      );
  }
}

/** How a reading session toggles: see measureToggleLatency. */
export interface ToggleOptions {
  /** How many times the reader goes through the three reading modes. */
  rounds: number;
  /** How many times slower the CPU runs (Chrome's throttling), as on a phone. */
  cpuSlowdown: number;
  input?: ToggleInput;
  /** How long the reader pauses before each toggle (reading between them), 0 by default. */
  pauseMs?: number;
}

/**
 * Goes through the reading modes `rounds` times with the CPU slowed `cpuSlowdown` times, and reads
 * each toggle's input-to-next-paint duration from the browser's Event Timing: the longest of its
 * press, release and click, as Interaction to Next Paint counts an interaction. With `pauseMs`,
 * the reader pauses that long before each toggle, as one who reads between toggles does.
 */
export async function measureToggleLatency(
  page: Page,
  { rounds, cpuSlowdown, input = 'click', pauseMs = 0 }: ToggleOptions,
): Promise<ToggleLatency> {
  const language =
    (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'id';
  const strings = locales[language];
  // Where each option is, found before the CPU is slowed and with a plain script: Playwright's
  // locators would load its own injected script into the page, whose listeners then run on every
  // click measured. The clicks below are plain input events, so the figure is the page's own work.
  const targets = await page.evaluate(
    ({ groupName, optionNames }) => {
      const group = [...document.querySelectorAll('[role="radiogroup"]')].find(
        (element) => element.getAttribute('aria-label') === groupName,
      );
      return optionNames.map((name) => {
        const option = [...(group?.querySelectorAll('label') ?? [])].find(
          (label) => label.textContent?.trim() === name,
        );
        const box = option?.getBoundingClientRect();
        if (!box || box.width === 0) throw new Error(`the "${name}" option is not on screen`);
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
    },
    {
      groupName: strings.labels.readingLanguage,
      optionNames: CLICK_ORDER.map((mode) => strings.modes[mode]),
    },
  );
  const session = await page.context().newCDPSession(page);
  await refuseInjectedListeners(session);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await observeEventTiming(page);
  const durations: (number | null)[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const readMode = () =>
        page.evaluate(() => document.querySelector('.app')?.getAttribute('data-mode'));
      const before = await readMode();
      if (pauseMs > 0) await page.waitForTimeout(pauseMs);
      await pressOption(page, session, target, input);
      // Let the frame after the click paint and the observer report.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))),
      );
      // An input that switched nothing would read as a fast toggle (under 16 ms, unreported).
      const after = await readMode();
      if (before === after || after !== CLICK_ORDER[index]) {
        throw new Error(
          `a ${input} on "${CLICK_ORDER[index]}" took the mode from ${before} to ${after}`,
        );
      }
      const events = await takeEvents(page);
      const interaction = events.filter((e) =>
        ['pointerdown', 'pointerup', 'click', 'mousedown', 'mouseup'].includes(e.name),
      );
      durations.push(
        interaction.length === 0 ? null : Math.max(...interaction.map((e) => e.duration)),
      );
    }
  }
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const numeric = durations.map((d) => d ?? 16).sort((a, b) => a - b);
  return {
    durations,
    medianMs: numeric[Math.floor(numeric.length / 2)] ?? NaN,
    inpMs: interactionToNextPaint(numeric),
    worstMs: numeric[numeric.length - 1] ?? NaN,
  };
}

/** The JS heap in use after a full garbage collection, in megabytes. */
export async function measureHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  return usage.usedSize / 1e6;
}
