import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { parseArticle } from '../bundle/parseArticle.ts';
import type { Bundle } from '../bundle/schema.ts';
import { launchChromium } from './browser.ts';
import { formatGlossFigures, measureGloss } from './glossCoverage.ts';
import { ATTRIBUTION_TARGETS, scoreAttribution } from './scoreAttribution.ts';
import { runLighthouse, type LighthouseScores } from './measureLighthouse.ts';
import {
  measureHeap,
  measurePageWeight,
  measureToggleLatency,
  interleaveSessions,
  summarizeSessions,
  type ToggleInput,
  type ToggleLatency,
  type ToggleSessions,
} from './measurePage.ts';
import {
  median,
  parserSampler,
  readDefaultSeed,
  REFERENCE_CHECK_MS,
  repeatArticle,
} from './measureParser.ts';
import { serveStatic } from './staticServer.ts';
import { staticFloorPage, toggleFloorPage } from './staticFloorPage.ts';

/**
 * `npm run bench`: every budget of the SPEC measured in one run, printed as a table and written to
 * bench-results/latest.json (the previous run is kept as bench-results/previous.json and compared).
 * Timings are medians of several runs; compare ratios within one run, not across machines.
 */

const DIST = 'dist';
const RESULTS_DIR = 'bench-results';
/**
 * Lighthouse's own advice on variability (docs/variability.md): five runs, the median. On this
 * machine about one run in six reads LCP about 0.6 s late (README, "The first paint needs only the
 * HTML"), so with three runs about one bench in fourteen missed the budget on noise alone; with
 * five, about one in thirty.
 */
const LIGHTHOUSE_RUNS = 5;
/**
 * The parser is measured in five rounds spread over the bench (measureParser.ts, parserSampler):
 * at the start, after the quotation figures, after the toggle sessions, halfway through
 * Lighthouse and at the end, each with no browser running. Its budget is judged at the reference
 * speed (atReferenceSpeed: each round scaled by its machine check); as measured is printed too.
 */
const PARSER_ROUNDS = 5;
/**
 * Toggles are measured in reading sessions, each a fresh page load with 10 rounds of the three
 * modes: every session has its cold first toggle, and with fewer than 50 toggles its INP is its
 * slowest. The budget is judged on the median session, so one busy moment of a shared machine
 * does not decide it, and neither does a run of fast warm toggles hide a slow first one. It is
 * judged on a person's clicks (rest, press, release: measurePage.ts, ToggleInput); taps on a
 * phone and automation's instant clicks are printed beside them. The kinds' sessions take turns
 * (interleaveSessions): run one kind after another, a busy spell of a minute or two on this
 * shared machine fell on three of five seed sessions in a row, and decided the median alone.
 */
const TOGGLE_SESSIONS = { seed: 7, long: 3, phone: 3, instant: 3, floor: 3, cold: 2, coldFloor: 2 };
/**
 * Chrome frees the raster buffers a page has not used for a few seconds (2 s apart they are
 * reused, 8 s apart they are not), so a toggle after a pause rasters the whole screen into fresh
 * memory: slower than the toggles of a rapid session, except its first. A reader who reads
 * between toggles meets only such toggles; the `cold` sessions measure them, for information.
 */
const COLD_PAUSE_MS = 8000;
const COLD_ROUNDS = 2;
/** The screens toggles are measured on: clicks on a desktop's, taps on a phone's (Pixel 7 sized). */
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const TOGGLE_ROUNDS = 10;
const CPU_SLOWDOWN = 4;
const LONG_ARTICLE_TIMES = 100;
/** The reader's default page, as the toggles are measured on it. */
const READER = '/?lng=en&mode=both';
/** Kabar's own page with its script swapped for the mode switch alone (staticFloorPage.ts). */
const TOGGLE_FLOOR_PAGE = '/toggle-floor.html';

const BUDGETS = {
  /** Kilobytes of 1000 bytes, as tests/e2e/prerender.spec.ts counts them. */
  jsGzipKb: 95,
  lighthouse: 100,
  lcpMs: 900,
  lcpOverFloor: 1.3,
  toggleSeedMs: 50,
  toggleLongMs: 200,
  heapSeedMb: 10,
  heapLongMb: 100,
  parserMbPerSecond: 10,
  /** A word card answers within a frame (issue 7). */
  wordLookupMs: 16,
  /** Share of word tokens with a root and a meaning, people's names aside (issue 7). */
  glossCoverage: 0.85,
};

type Row = [string, string, string, boolean | null];

function mark(ok: boolean | null): string {
  return ok === null ? ' ' : ok ? '✓' : '✗';
}

function medianScores(runs: readonly LighthouseScores[]): LighthouseScores {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    seo: median(runs.map((r) => r.seo)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    fcpMs: median(runs.map((r) => r.fcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    speedIndexMs: median(runs.map((r) => r.speedIndexMs)),
    cls: median(runs.map((r) => r.cls)),
  };
}

/**
 * Opens a bundle the way a reader dropping a file on the page does. Plain page scripts only:
 * Playwright's locators would load its injected script into the page, and its event listeners
 * would then run inside every toggle measured afterwards.
 */
async function dropBundleFile(page: Page, bundle: Bundle): Promise<void> {
  await page.evaluate(
    ({ name, json }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], name, { type: 'application/json' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    { name: `${bundle.id}.json`, json: JSON.stringify(bundle) },
  );
  const lastParagraph = bundle.sections.at(-1)?.paragraphs.at(-1)?.id ?? '';
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate((id) => document.getElementById(id) !== null, lastParagraph))) {
    if (Date.now() > deadline) throw new Error(`${bundle.id} did not open within a minute`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * A reading session: a fresh context showing the page at `address` once it is hydrated and every
 * control answers (`<html data-ready>`, set by main.tsx), as a reader's first tap meets it.
 */
async function openSession(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  address: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${url}${address}`, { waitUntil: 'networkidle' });
  // Waited for by a plain page script: Playwright's waitForSelector (any of its selector or
  // waitFor calls) sets up its injected script, which listens on the window in the capture phase
  // for pointerdown, pointerup, mousedown, mouseup, click and seven more input events (traced:
  // 0.4-1.9 ms a listener with the CPU slowed 4×). Not the page's work, though in A/B sessions
  // the toggle figures did not move beyond the noise without it. measureToggleLatency refuses it.
  await page.evaluate(async () => {
    while (!document.documentElement.hasAttribute('data-ready'))
      await new Promise((done) => setTimeout(done, 20));
  });
  return { page, close: () => context.close() };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = { date: new Date().toISOString() };
  const rows: Row[] = [];

  process.stdout.write('parser, round 1…\n');
  const parser = parserSampler(PARSER_ROUNDS);
  parser.round();

  process.stdout.write('word gloss…\n');
  const words = measureGloss();
  results.words = words;
  for (const line of formatGlossFigures(words)) process.stdout.write(`  ${line}\n`);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  rows.push([
    'word gloss lexicon (lazy, not in the first view)',
    `${kb(words.lexicon.rawBytes)} KB, ${kb(words.lexicon.gzippedBytes)} KB gz`,
    '',
    null,
  ]);
  rows.push([
    `word lookup, ${words.lookup.words} words once each`,
    `median ${words.lookup.medianMs.toFixed(3)} ms, p99 ${words.lookup.p99Ms.toFixed(3)} ms`,
    `≤ ${BUDGETS.wordLookupMs} ms`,
    words.lookup.p99Ms <= BUDGETS.wordLookupMs,
  ]);
  for (const { file, coverage } of words.coverage) {
    rows.push([
      `word gloss coverage, ${path.basename(path.dirname(file))}`,
      `${(coverage.share * 100).toFixed(1)}% (${coverage.covered}/${coverage.counted})`,
      `≥ ${BUDGETS.glossCoverage * 100}%`,
      coverage.share >= BUDGETS.glossCoverage,
    ]);
  }

  process.stdout.write('quotations of the labelled set…\n');
  const quotes = scoreAttribution();
  results.attribution = { ...quotes, passages: quotes.passages.length };
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  rows.push([
    `direct quotations, ${quotes.passages.length} labelled passages`,
    `P ${pct(quotes.directPrecision)} R ${pct(quotes.directRecall)} F1 ${quotes.directF1.toFixed(3)}`,
    `F1 ≥ ${ATTRIBUTION_TARGETS.directF1}`,
    quotes.directF1 >= ATTRIBUTION_TARGETS.directF1,
  ]);
  rows.push([
    'reported speech found',
    pct(quotes.reportedRecall),
    `≥ ${pct(ATTRIBUTION_TARGETS.reportedRecall)}`,
    quotes.reportedRecall >= ATTRIBUTION_TARGETS.reportedRecall,
  ]);
  rows.push([
    'speaker clusters (B-cubed F1), worst passage',
    `${quotes.speakerF1.toFixed(3)}, ${quotes.minArticleSpeakerF1.toFixed(3)} (${quotes.minArticle})`,
    `≥ ${ATTRIBUTION_TARGETS.speakerF1}, ≥ ${ATTRIBUTION_TARGETS.minArticleSpeakerF1}`,
    quotes.speakerF1 >= ATTRIBUTION_TARGETS.speakerF1 &&
      quotes.minArticleSpeakerF1 >= ATTRIBUTION_TARGETS.minArticleSpeakerF1,
  ]);
  rows.push([
    'quotations with the right speaker name',
    pct(quotes.rightName),
    `≥ ${pct(ATTRIBUTION_TARGETS.rightName)}`,
    quotes.rightName >= ATTRIBUTION_TARGETS.rightName,
  ]);

  process.stdout.write('parser, round 2…\n');
  parser.round();

  process.stdout.write('build…\n');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

  const seed = readDefaultSeed();
  const seedBundle = parseArticle({ id: 'bench-seed', ...seed });
  const server = await serveStatic(DIST, {
    '/floor.html': staticFloorPage(seedBundle),
    [TOGGLE_FLOOR_PAGE]: toggleFloorPage(readFileSync(path.join(DIST, 'index.html'), 'utf8')),
  });
  try {
    const browser = await launchChromium();
    try {
      process.stdout.write('page weight…\n');
      const weight = await measurePageWeight(browser, `${server.url}/`, DIST);
      results.weight = weight;
      rows.push([
        'JS of the default page',
        `${(weight.jsBytes / 1000).toFixed(1)} KB, ${(weight.jsGzipBytes / 1000).toFixed(2)} KB gz`,
        `≤ ${BUDGETS.jsGzipKb} KB gz`,
        weight.jsGzipBytes / 1000 <= BUDGETS.jsGzipKb,
      ]);
      rows.push([
        'CSS of the default page',
        `${(weight.cssBytes / 1000).toFixed(1)} KB, ${(weight.cssGzipBytes / 1000).toFixed(1)} KB gz`,
        '',
        null,
      ]);

      process.stdout.write('toggle latency and heap…\n');
      const long = parseArticle({
        id: 'bench-long',
        text: repeatArticle(seed.text, LONG_ARTICLE_TIMES),
        gloss: repeatArticle(seed.gloss, LONG_ARTICLE_TIMES),
      });
      const heap = { seedMb: NaN, longMb: NaN };
      // The judged clicks on the seed and the long article, then, for information: taps on a
      // phone, automation's instant clicks (measurePage.ts, ToggleInput), and the same clicks on
      // the toggle floor, the page with nothing but the browser's own work, which shows what this
      // machine allows in this run.
      const quick = { rounds: TOGGLE_ROUNDS, pauseMs: 0 };
      const cold = { rounds: COLD_ROUNDS, pauseMs: COLD_PAUSE_MS };
      const kinds = [
        { kind: 'seed', screen: DESKTOP, input: 'click', address: READER, ...quick },
        { kind: 'long', screen: DESKTOP, input: 'click', address: READER, ...quick },
        { kind: 'phone', screen: PHONE, input: 'tap', address: READER, ...quick },
        { kind: 'instant', screen: DESKTOP, input: 'instant click', address: READER, ...quick },
        { kind: 'floor', screen: DESKTOP, input: 'click', address: TOGGLE_FLOOR_PAGE, ...quick },
        { kind: 'cold', screen: DESKTOP, input: 'click', address: READER, ...cold },
        { kind: 'coldFloor', screen: DESKTOP, input: 'click', address: TOGGLE_FLOOR_PAGE, ...cold },
      ] as const satisfies readonly {
        kind: keyof typeof TOGGLE_SESSIONS;
        screen: BrowserContextOptions;
        input: ToggleInput;
        address: string;
        rounds: number;
        pauseMs: number;
      }[];
      const sessions = new Map<keyof typeof TOGGLE_SESSIONS, ToggleLatency[]>();
      const schedule = interleaveSessions(kinds.map((run) => [run, TOGGLE_SESSIONS[run.kind]]));
      for (const { kind: run, session } of schedule) {
        const { kind } = run;
        const { page, close } = await openSession(browser, server.url, run.screen, run.address);
        if (kind === 'long') await dropBundleFile(page, long);
        if (session === 0 && (kind === 'seed' || kind === 'long'))
          heap[`${kind}Mb`] = await measureHeap(page);
        const latency = await measureToggleLatency(page, { ...run, cpuSlowdown: CPU_SLOWDOWN });
        sessions.set(kind, [...(sessions.get(kind) ?? []), latency]);
        await close();
      }
      const toggle: Partial<Record<keyof typeof TOGGLE_SESSIONS, ToggleSessions>> = {};
      for (const [kind, measured] of sessions) toggle[kind] = summarizeSessions(measured);
      const { seed: seedToggle, long: longToggle, phone, instant, floor } = toggle;
      const { cold: coldSeed, coldFloor } = toggle;
      if (!seedToggle || !longToggle || !phone || !instant || !floor || !coldSeed || !coldFloor)
        throw new Error('a toggle measurement is missing');
      const { seedMb: seedHeap, longMb: longHeap } = heap;
      results.toggle = toggle;
      results.heap = heap;
      const fmt = (t: ToggleSessions) =>
        `median ${t.medianMs.toFixed(0)}, INP ${t.inpMs.toFixed(0)} (worst ${t.worstMs.toFixed(0)}) ms`;
      rows.push([
        `toggle, seed, CPU ${CPU_SLOWDOWN}× slower, ${TOGGLE_SESSIONS.seed} sessions`,
        fmt(seedToggle),
        `INP ≤ ${BUDGETS.toggleSeedMs} ms`,
        seedToggle.inpMs <= BUDGETS.toggleSeedMs,
      ]);
      rows.push([
        `toggle, ${LONG_ARTICLE_TIMES}× seed, CPU ${CPU_SLOWDOWN}× slower, ${TOGGLE_SESSIONS.long} sessions`,
        fmt(longToggle),
        `INP ≤ ${BUDGETS.toggleLongMs} ms`,
        longToggle.inpMs <= BUDGETS.toggleLongMs,
      ]);
      rows.push([
        `toggle, seed, taps on a phone, CPU ${CPU_SLOWDOWN}× slower, ${TOGGLE_SESSIONS.phone} sessions`,
        fmt(phone),
        '',
        null,
      ]);
      rows.push([
        `toggle, seed, instant clicks, CPU ${CPU_SLOWDOWN}× slower, ${TOGGLE_SESSIONS.instant} sessions`,
        fmt(instant),
        '',
        null,
      ]);
      rows.push([
        `toggle floor: same page, no script but the attribute, ${TOGGLE_SESSIONS.floor} sessions`,
        fmt(floor),
        '',
        null,
      ]);
      rows.push([
        'toggle INP ÷ floor INP, seed',
        (seedToggle.inpMs / floor.inpMs).toFixed(2),
        '',
        null,
      ]);
      for (const [name, sessions] of [
        ['seed', coldSeed],
        ['floor', coldFloor],
      ] as const) {
        rows.push([
          `toggle, ${name}, ${COLD_PAUSE_MS / 1000} s apart (cold), CPU ${CPU_SLOWDOWN}× slower, ${sessions.sessions.flatMap((one) => one.durations).length} toggles`,
          fmt(sessions),
          '',
          null,
        ]);
      }
      rows.push([
        'JS heap, seed',
        `${seedHeap.toFixed(1)} MB`,
        `≤ ${BUDGETS.heapSeedMb} MB`,
        seedHeap <= BUDGETS.heapSeedMb,
      ]);
      rows.push([
        `JS heap, ${LONG_ARTICLE_TIMES}× seed`,
        `${longHeap.toFixed(1)} MB`,
        `≤ ${BUDGETS.heapLongMb} MB`,
        longHeap <= BUDGETS.heapLongMb,
      ]);
    } finally {
      await browser.close();
    }
    process.stdout.write('parser, round 3…\n');
    parser.round();

    process.stdout.write(`lighthouse (${LIGHTHOUSE_RUNS} runs each)…\n`);
    const appRuns: LighthouseScores[] = [];
    const floorRuns: LighthouseScores[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      appRuns.push(await runLighthouse(`${server.url}/`));
      floorRuns.push(await runLighthouse(`${server.url}/floor.html`));
      if (i === Math.floor(LIGHTHOUSE_RUNS / 2)) {
        process.stdout.write('parser, round 4…\n');
        parser.round();
      }
    }
    const app = medianScores(appRuns);
    const floor = medianScores(floorRuns);
    results.lighthouse = { app, floor, appRuns, floorRuns };
    for (const [name, key] of [
      ['performance', 'performance'],
      ['accessibility', 'accessibility'],
      ['best practices', 'bestPractices'],
      ['SEO', 'seo'],
    ] as const) {
      rows.push([
        `Lighthouse mobile: ${name}`,
        String(app[key]),
        `${BUDGETS.lighthouse}`,
        app[key] >= BUDGETS.lighthouse,
      ]);
    }
    rows.push([
      'Lighthouse mobile: LCP',
      `${app.lcpMs.toFixed(0)} ms`,
      `≤ ${BUDGETS.lcpMs} ms`,
      app.lcpMs <= BUDGETS.lcpMs,
    ]);
    for (const [name, scores] of [
      ['Kabar', app],
      ['floor', floor],
    ] as const) {
      rows.push([
        `Lighthouse mobile, ${name}: the performance score's other metrics (medians)`,
        `FCP ${scores.fcpMs.toFixed(0)} ms, TBT ${scores.tbtMs.toFixed(0)} ms, SI ${scores.speedIndexMs.toFixed(0)} ms, CLS ${scores.cls.toFixed(3)}`,
        '',
        null,
      ]);
    }
    rows.push(['LCP of a plain HTML page (floor)', `${floor.lcpMs.toFixed(0)} ms`, '', null]);
    rows.push([
      'LCP ÷ floor',
      (app.lcpMs / floor.lcpMs).toFixed(2),
      `≤ ${BUDGETS.lcpOverFloor}`,
      app.lcpMs / floor.lcpMs <= BUDGETS.lcpOverFloor,
    ]);
  } finally {
    await server.close();
  }

  process.stdout.write('parser, round 5…\n');
  parser.round();
  const throughput = parser.results();
  results.parser = throughput;
  // First in the table, as the first thing measured.
  rows.unshift(
    ...throughput.map((p): Row => {
      const rounds = p.roundMegabytesPerSecond.map((r) => r.toFixed(1)).join(' ');
      const checks = p.machineCheckMs.map((ms) => ms.toFixed(1)).join(' ');
      const reference = p.atReference;
      const scaled = reference.roundMegabytesPerSecond.map((r) => r.toFixed(1)).join(' ');
      return [
        `parser ${p.times}× seed (${p.megabytes.toFixed(2)} MB), ${PARSER_ROUNDS} rounds`,
        `${reference.megabytesPerSecond.toFixed(1)} MB/s at check ${REFERENCE_CHECK_MS} ms (rounds ${scaled}); as measured ${p.megabytesPerSecond.toFixed(1)} (rounds ${rounds}; check ${checks} ms)`,
        `≥ ${BUDGETS.parserMbPerSecond} MB/s`,
        reference.megabytesPerSecond >= BUDGETS.parserMbPerSecond,
      ];
    }),
  );

  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => r[1].length));
  process.stdout.write('\n');
  for (const [name, value, budget, ok] of rows) {
    process.stdout.write(
      `${mark(ok)} ${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget}\n`,
    );
  }

  mkdirSync(RESULTS_DIR, { recursive: true });
  const latest = path.join(RESULTS_DIR, 'latest.json');
  if (existsSync(latest))
    writeFileSync(path.join(RESULTS_DIR, 'previous.json'), readFileSync(latest));
  writeFileSync(latest, `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  const failed = rows.filter((r) => r[3] === false).length;
  process.stdout.write(
    `\nwrote ${latest}; ${failed === 0 ? 'every budget met' : `${failed} budget(s) missed`}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
