import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Playwright's test, with `page.goto` waiting until the reader has hydrated (`<html data-ready>`):
 * the prerendered page is visible before its script runs, and a click before hydration is lost.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      return response;
    };
    await use(page);
  },
});
