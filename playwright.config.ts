import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './src/cli/browser.ts';
import { DESKTOP_ONLY } from './tests/e2e/support/screens.ts';

const port = 4180;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Two workers share two cores with the server and Chromium's own threads: give slow moments room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // One retry in CI, where two workers share two cores with the build: a test that passes only on
  // retry is reported as flaky by .ci/run (and in the list), never hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      // What the screen cannot change, checked once (tests/e2e/hostile.spec.ts says which).
      grepInvert: new RegExp(DESKTOP_ONLY, 'u'),
      use: {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 7'].userAgent,
      },
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
