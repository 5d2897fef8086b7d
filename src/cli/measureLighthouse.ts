import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  /**
   * The other metrics the performance score is made of, so a run that reads 99 says which one
   * cost the point: first contentful paint, total blocking time, speed index (ms), layout shift.
   */
  fcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  cls: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function score(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 100);
}

/**
 * One Lighthouse 12 run with its default mobile settings (simulated slow 4G, 4× CPU), in a
 * Chromium started the way Lighthouse's own command line starts it (chrome-launcher, with its
 * flags) rather than by Playwright: Playwright attaches to every page it starts, and that
 * instrumentation ran inside the load being measured.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      seo: score(categories.seo?.score),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      speedIndexMs: audits['speed-index']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}
