import { expect, test } from './support/test.ts';
import { openSeedWithSpeakers, screenshot } from './support/reader.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of every reading mode in the ${colorScheme} theme`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?lng=en');
    await openSeedWithSpeakers(page);
    for (const mode of ['Side by side', 'Indonesian', 'English'] as const) {
      await page.getByRole('radio', { name: mode }).check();
      await expect(page.getByRole('radio', { name: mode })).toBeChecked();
      const name = `${colorScheme}-${mode.replaceAll(' ', '-').toLowerCase()}`;
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, testInfo, name);
      await screenshot(page, testInfo, `${name}-top`, false);
      await page.locator('#kami-telah-melihat-laporan').scrollIntoViewIfNeeded();
      await screenshot(page, testInfo, `${name}-middle`, false);
    }
    await page.getByRole('radio', { name: 'Indonesian' }).check();
    await page.locator('#article [data-speaker="robert-wood"]').first().click();
    await screenshot(page, testInfo, `${colorScheme}-peek-and-speaker`, false);
  });
}
