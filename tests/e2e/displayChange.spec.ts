import type { Page } from '@playwright/test';
import { afterFrames } from './support/frames.ts';
import { openLongArticle } from './support/longBundle.ts';
import { expect, test } from './support/test.ts';

/** A display change has been painted, its far rows let go and the place kept. */
function settle(page: Page): Promise<void> {
  return afterFrames(page, 3);
}

/**
 * Puts row `index` at the top of the reading area (below the toolbar where it is stuck to the top
 * of the screen), so it is the first paragraph starting on screen: the one being read.
 */
async function readRow(page: Page, index: number): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    // Rows above render as they come near and replace their estimated height: place it again.
    await page.evaluate((i) => {
      const bar = document.querySelector('.toolbar')?.getBoundingClientRect();
      const top = bar && bar.top <= 1 ? bar.bottom : 0;
      const row = document.querySelectorAll('.row')[i];
      if (row) scrollBy({ top: row.getBoundingClientRect().top - top - 4, behavior: 'instant' });
    }, index);
    await settle(page);
  }
  return rowTop(page, index);
}

/**
 * Where the row is now, having moved by at most a pixel and a half since the last look (a change
 * corrects the scroll twice, each time rounded to a whole pixel) and by at most three since the
 * reader settled on it. A lost place is a whole paragraph or a screen away.
 */
async function expectAt(
  page: Page,
  index: number,
  place: { first: number; last: number },
  when: string,
) {
  const now = await rowTop(page, index);
  expect(Math.abs(now - place.last), `row ${index} ${when}`).toBeLessThanOrEqual(1.5);
  expect(Math.abs(now - place.first), `row ${index} ${when}, since the start`).toBeLessThanOrEqual(
    3,
  );
  place.last = now;
}

function rowTop(page: Page, index: number): Promise<number> {
  return page.evaluate(
    (i) => document.querySelectorAll('.row')[i]?.getBoundingClientRect().top ?? NaN,
    index,
  );
}

test('switching the reading language or the text size keeps the paragraph being read in place', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  for (const index of [6, 12]) {
    const top = await readRow(page, index);
    const place = { first: top, last: top };
    for (const mode of ['English', 'Indonesian', 'Side by side']) {
      await page.getByRole('radio', { name: mode }).check();
      await settle(page);
      await expectAt(page, index, place, `after ${mode}`);
    }
    await page.keyboard.press('t');
    await settle(page);
    await expectAt(page, index, place, `after T`);
    for (const size of ['Extra large', 'Medium']) {
      await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: size });
      await settle(page);
      await expectAt(page, index, place, `at ${size}`);
    }
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await settle(page);
  }
});

test('at the top of the page, a change of language leaves the page at its top', async ({
  page,
}) => {
  // A tall screen, where the first paragraph starts in its upper half: kept in place, it would
  // pull the page down whenever the title above it grows.
  await page.setViewportSize({ width: page.viewportSize()?.width ?? 1280, height: 1800 });
  await page.goto('/?lng=en');
  for (const mode of ['English', 'Indonesian', 'Side by side']) {
    await page.getByRole('radio', { name: mode }).check();
    await settle(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }
});

test('a display change redraws the rows near the screen at once and the others right after', async ({
  page,
}) => {
  // One language to side by side: rows only grow, so no held row comes into view (the test
  // below covers the changes that pull rows up).
  await page.goto('/?lng=en&mode=en');
  await readRow(page, 3);
  // What the change looks like from inside the page, at a given moment.
  await page.evaluate(() => {
    const indonesian = (row: Element | undefined) =>
      row ? getComputedStyle(row.querySelector('.side-id') ?? row).display : '';
    Reflect.set(window, 'kabarLook', () => {
      const rows = [...document.querySelectorAll('.row')];
      const far = rows.at(-1);
      const near = rows.find((row) => {
        const { top, bottom } = row.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      });
      return {
        settling: document.querySelector('.app')?.hasAttribute('data-settling'),
        nearNear: near?.hasAttribute('data-near'),
        nearShows: indonesian(near),
        farSkipped: far ? getComputedStyle(far).contentVisibility : '',
        farShows: indonesian(far),
      };
    });
  });
  const look = `Reflect.get(window, 'kabarLook')()`;
  // The change's own frame: the row on screen has the new look while a far row is held. (The
  // far rows are let go in a task queued from that frame's animation callbacks, after this one.)
  const held: unknown = await page.evaluate(`(async () => {
    document.querySelector('input[name="reading-mode"][value="both"]').click();
    await new Promise((done) => requestAnimationFrame(done));
    return ${look};
  })()`);
  expect(held).toEqual({
    settling: true,
    nearNear: true,
    nearShows: 'block',
    farSkipped: 'hidden',
    farShows: 'block',
  });
  await settle(page);
  expect(await page.evaluate(look)).toMatchObject({ settling: false, farSkipped: 'auto' });
});

test('a change that pulls rows up into view draws them in its own frame, never blank', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  // Side by side to one language shortens every row on screen (on a phone, by half): rows from
  // below come into view, and a row still held as it was would show blank for that frame.
  // Checked in the change's own task, before its frame: what that frame will draw.
  const heldOnScreen = (change: readonly [string, string]) =>
    page.evaluate(([control, value]) => {
      if (control === 'text size') {
        // The text size select is the one offering "xl"; "en" and "id" are also the interface
        // language's options, so the reading modes are found by their radios' name.
        const select = document.querySelector('option[value="xl"]')?.parentElement;
        if (!(select instanceof HTMLSelectElement)) throw new Error('no text size select');
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const radio = document.querySelector(`input[name="reading-mode"][value="${value}"]`);
        if (!(radio instanceof HTMLInputElement)) throw new Error(`no ${value} radio`);
        radio.click();
      }
      const shown = document
        .querySelector('.app')
        ?.getAttribute(`data-${control.replace(' ', '-')}`);
      if (shown !== value) throw new Error(`${control} ${value} not applied (${shown})`);
      return [...document.querySelectorAll('.app[data-settling] .row:not([data-near])')]
        .map((row) => row.getBoundingClientRect())
        .filter((box) => box.bottom > 0 && box.top < innerHeight)
        .map((box) => Math.round(box.top));
    }, change);
  for (const index of [0, 3, 8, 12]) {
    if (index > 0) await readRow(page, index);
    for (const change of [
      ['mode', 'en'],
      ['mode', 'both'],
      ['mode', 'id'],
      ['mode', 'both'],
      ['text size', 'xl'],
      ['text size', 's'],
      ['text size', 'm'],
    ] as const) {
      expect(await heldOnScreen(change), `row ${index}, ${change.join(' ')}`).toEqual([]);
      await settle(page);
    }
  }
});

test('in a long article, a change leaves the sections off screen skipped, and they show it when reached', async ({
  page,
}) => {
  // A toggle restyles and lays out what is near the screen, not every section heading of a long
  // article (100 times the seed: 317 elements and up to 160 ms of layout at 4x slower, before).
  await openLongArticle(page);
  const far = page.locator('#article .section').last();
  const drawn = () =>
    far.evaluate((section) =>
      section.querySelector('h2')?.checkVisibility({ contentVisibilityAuto: true }),
    );
  expect(await drawn(), 'the last section, before the change').toBe(false);
  await page.getByRole('radio', { name: 'Indonesian' }).check();
  await settle(page);
  expect(await drawn(), 'the last section, after the change').toBe(false);
  await far.evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await settle(page);
  expect(await drawn(), 'the last section, on screen').toBe(true);
  const row = far.locator('.row').first();
  await expect(row.locator('.side-id')).toBeVisible();
  await expect(row.locator('.side-en')).toBeHidden();
  await expect(far.locator('h2 .side-id')).toBeVisible();
  // On paper, every section is drawn.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.emulateMedia({ media: 'print' });
  expect(
    await far.evaluate((section) => getComputedStyle(section).contentVisibility),
    'the last section, printed',
  ).toBe('visible');
});
