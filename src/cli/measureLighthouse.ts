import lighthouse from 'lighthouse';
import { launchChromium } from './browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const DEBUGGING_PORT = 9333;

function score(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 100);
}

/** One Lighthouse 12 run with its default mobile settings (simulated slow 4G, 4× CPU). */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const browser = await launchChromium([`--remote-debugging-port=${DEBUGGING_PORT}`]);
  try {
    const result = await lighthouse(url, {
      port: DEBUGGING_PORT,
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
    };
  } finally {
    await browser.close();
  }
}
