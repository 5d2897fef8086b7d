import { expect, test } from '@playwright/test';

test('the start page shows the seed article with its title and gloss', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Korea Utara tidak mengirimkan pasukan ke Russia',
  );
  await expect(page.getByText('Mendesak Penarikan Pasukan Segera')).toBeVisible();
  await expect(page.locator('[lang="en"]').first()).toContainText('North Korea');
});
