import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { afterFrames, restingPoint } from './support/frames.ts';
import { fetchSeed, openBundle, openSeedWithSpeakers, screenshot } from './support/reader.ts';
import { speakerIds } from './support/speakerBundle.ts';

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 720;

/** Hover with a mouse, tap on a touch screen. */
/**
 * Hover with a mouse, tap on a touch screen: at the middle of the element's first line box, not
 * of its bounding box, which for a quotation wrapped over several lines can lie on other text.
 */
async function point(page: Page, selector: string) {
  const box = await restingPoint(page.locator(selector).first());
  if (isPhone(page)) {
    await page.touchscreen.tap(box.x, box.y);
  } else {
    // From outside the article first, so the pointer enters the target afresh.
    await page.mouse.move(1, 1);
    await page.mouse.move(box.x, box.y, { steps: 2 });
  }
}

test.beforeEach(({ page }) => {
  page.on('console', (message) => {
    if (message.type() === 'error') throw new Error(`console error: ${message.text()}`);
  });
});

test('the start page shows the seed article with its title, gloss and subheading', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Korea Utara tidak mengirimkan pasukan ke Russia',
  );
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="en"]')).toContainText(
    'North Korea',
  );
  await expect(
    page.getByRole('button', { name: /Mendesak Penarikan Pasukan Segera/ }),
  ).toBeVisible();
  await expect(page.locator('.dateline').first()).toHaveText('PBB -');
});

test('URL state: ?mode, ?lng and the toggle round-trip; junk falls back to defaults', async ({
  page,
}) => {
  await page.goto('/?mode=en&lng=id');
  await expect(page.getByRole('radio', { name: 'Inggris' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('#article .side-id').first()).toBeHidden();
  await page.getByRole('radio', { name: 'Berdampingan' }).check();
  await expect(page).toHaveURL(/[?&]mode=both/);
  await page.getByRole('combobox', { name: 'Bahasa antarmuka' }).selectOption('en');
  await expect(page).toHaveURL(/[?&]lng=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/?mode=klingon&lng=xx&article=nope#%%%');
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Korea Utara');
});

test('a link to #paragraph unfolds its section and scrolls to it', async ({ page }) => {
  await page.goto('/?lng=en');
  await page.getByRole('button', { name: 'Fold all', exact: true }).click();
  await expect(page.locator('#pemerintah-mendesak-penarikan-segera')).toBeHidden();
  await page.goto('/?lng=en#pemerintah-mendesak-penarikan-segera');
  await expect(page.locator('#pemerintah-mendesak-penarikan-segera')).toBeInViewport();
  await expect(page.getByRole('button', { name: /Mendesak Penarikan/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('every element holding article text carries lang="id" or lang="en"', async ({ page }) => {
  await page.goto('/');
  await openSeedWithSpeakers(page);
  const strays = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(
      document.getElementById('article') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
      const inByline = node.parentElement?.closest('.byline, .fold-hint, .peek-close');
      if (text !== '' && !inByline && lang !== 'id' && lang !== 'en') out.push(text);
    }
    return out;
  });
  expect(strays).toEqual([]);
  await expect(page.locator('#article [data-sentence]').first()).toHaveAttribute('tabindex', '0');
});

test('the reading toggle is a radio group named in the interface language', async ({ page }) => {
  await page.goto('/?lng=en');
  const en = page.getByRole('radiogroup', { name: 'Reading language' });
  for (const name of ['Indonesian', 'English', 'Side by side'])
    await expect(en.getByRole('radio', { name })).toBeVisible();
  await page.goto('/?lng=id');
  const id = page.getByRole('radiogroup', { name: 'Bahasa bacaan' });
  for (const name of ['Indonesia', 'Inggris', 'Berdampingan'])
    await expect(id.getByRole('radio', { name })).toBeVisible();
  await id.getByRole('radio', { name: 'Indonesia' }).check();
  await expect(page.locator('#article .side-en').first()).toBeHidden();
  await expect(page.locator('#article .side-id').first()).toBeVisible();
});

test('the interface language switch changes every interface string, <html lang> and the title', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  await expect(page).toHaveTitle(/Korea Utara.*Kabar/);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('id');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('radiogroup', { name: 'Bahasa bacaan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lipat semua' })).toBeVisible();
  await expect(page.getByText('Buka artikel Anda sendiri')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Bahasa antarmuka' })).toBeVisible();
  await expect(page.getByText('Interface language')).toHaveCount(0);
});

test('the interface language comes from ?lng=, then the stored choice, then the browser', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // Chromium says en-US
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('id');
  // Indonesian strings load on first use; the choice is kept once it has been applied.
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.goto('/?lng=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the reader works when storage throws', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
  });
  await page.goto('/?lng=en');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page).toHaveURL(/mode=en/);
  await page.getByRole('button', { name: 'Fold all', exact: true }).click();
  await expect(page.getByRole('button', { name: /Urging an Immediate/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('mode, theme, text size and folded sections are remembered', async ({ page }) => {
  await page.goto('/?lng=en');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('combobox', { name: 'Text size' }).selectOption('l');
  const fold = page.getByRole('button', { name: /Urging an Immediate/ });
  // Folded before the reload. On a phone the section is three screens down, drawn at the old
  // text size until it is scrolled to: the rows around it grow as they are drawn, and on a busy
  // machine the button moved between Playwright's check and its press, which landed on the text
  // (1 run in 12; traced: pointerdown on a .side-en at the button's old place). A person taps what
  // they see after it moved; the click is tried again until the section folds.
  await expect(async () => {
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.goto('/?lng=en');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(page.locator('.app')).toHaveAttribute('data-text-size', 'l');
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(21, 23, 26)');
});

test('a change is remembered even when the page is left at once', async ({ page }) => {
  await page.goto('/?lng=en');
  // Choose English and reload in the same task: no frame is painted in between.
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[name="reading-mode"][value="en"]')?.click();
      location.assign('/?lng=en');
    }),
  ]);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
});

test('a change made as the page opens is written; opening it writes nothing', async ({ page }) => {
  // The address asks for English. The reader switches back to side by side at once, within the
  // moment the address waits before it is written: the store went default, English, default.
  await page.goto('/?lng=en&mode=en');
  await page.evaluate(() =>
    document.querySelector<HTMLInputElement>('input[name="reading-mode"][value="both"]')?.click(),
  );
  await expect(page).toHaveURL(/[?&]mode=both/);
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  // A stored choice applied as a page opens is not written back into its address.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page).toHaveURL(/[?&]mode=en/);
  await page.goto('/?lng=en');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.waitForTimeout(600);
  expect(new URL(page.url()).search).toBe('?lng=en');
});

test('each quotation carries data-speaker in both languages with the same id', async ({ page }) => {
  await page.goto('/?lng=en');
  await openSeedWithSpeakers(page);
  for (const id of speakerIds) {
    await expect(page.locator(`#article .side-id [data-speaker="${id}"]`).first()).toBeAttached();
    await expect(page.locator(`#article .side-en [data-speaker="${id}"]`).first()).toBeAttached();
  }
  const direct = page.locator('#article .side-id [data-kind="direct"]').first();
  const indirect = page.locator('#article .side-id [data-kind="indirect"]').first();
  const style = (l: typeof direct) =>
    l.evaluate((e) => getComputedStyle(e).textDecorationStyle + ' ' + getComputedStyle(e).color);
  expect(await style(direct)).not.toBe(await style(indirect));
});

test('hovering, focusing or tapping a quotation names its speaker and role', async ({ page }) => {
  await page.goto('/?lng=en');
  await openSeedWithSpeakers(page);
  await point(page, '#article .side-id [data-speaker="robert-wood"]');
  await expect(page.locator('.speaker-note')).toContainText('Robert Wood');
  await expect(page.locator('.speaker-note')).toContainText('US ambassador to the UN');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('id');
  await point(page, '#article .side-id [data-speaker="robert-wood"]');
  await expect(page.locator('.speaker-note')).toContainText('duta besar AS untuk PBB');
  await expect(
    page.locator('#article .side-id [data-speaker="robert-wood"]').first(),
  ).toHaveAccessibleDescription(/Robert Wood/);
});

test('each sentence carries data-sentence in both languages; pointing marks both', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const key = 'pyongyang-dan-moskow-telah:1';
  await expect(page.locator(`.side-id [data-sentence="${key}"]`)).toHaveCount(1);
  await expect(page.locator(`.side-en [data-sentence="${key}"]`)).toHaveCount(1);
  await point(page, `.side-id [data-sentence="${key}"]`);
  await expect(page.locator(`[data-sentence="${key}"][data-active="true"]`)).toHaveCount(2);
  await expect(page.locator('[data-active="true"]')).toHaveCount(2);
  // Focus, from the keyboard, moves the mark.
  await page.locator('.side-en [data-sentence="title:0"]').focus();
  await expect(page.locator('[data-sentence="title:0"][data-active="true"]')).toHaveCount(2);
});

test('each headed section folds with a button carrying aria-expanded and aria-controls', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const button = page.getByRole('button', { name: /Mendesak Penarikan Pasukan Segera/ });
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const controls = await button.getAttribute('aria-controls');
  const body = page.locator(`#${controls}`);
  await expect(body).toBeVisible();
  // Where it has come to rest: the rows above it render as it scrolls into view.
  const at = await restingPoint(button);
  await page.mouse.click(at.x, at.y);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(body).toBeHidden();
  await expect(page.getByText(/^\d+ paragraphs folded$/)).toBeVisible();
  await page.getByRole('button', { name: 'Unfold all' }).click();
  await expect(body).toBeVisible();
});

test('the speaker legend focuses one speaker and jumps through their quotations', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  await openSeedWithSpeakers(page);
  const legend = page.getByRole('region', { name: 'Who speaks' });
  const wood = legend.getByRole('button', { name: /^Robert Wood/ });
  await expect(wood).toHaveAccessibleName(/^Robert Wood\s*, 2 quotations$/);
  await expect(wood).toHaveAttribute('aria-pressed', 'false');
  await wood.click();
  await expect(wood).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-speaker="robert-wood"][data-focused]')).toHaveCount(4);
  await expect(page.locator('[data-focused]:not([data-speaker="robert-wood"])')).toHaveCount(0);
  // On screen first: rows off screen skip rendering (content-visibility), styles included.
  const colour = async (selector: string) => {
    const element = page.locator(selector).first();
    await element.scrollIntoViewIfNeeded();
    return element.evaluate((e) => getComputedStyle(e).color);
  };
  // The dimming fades in (a short colour transition), so wait for where it settles.
  const muted = await colour('.byline');
  await expect.poll(() => colour('.side-id [data-speaker="perwakilan-korea-utara"]')).toBe(muted);
  await page.getByRole('button', { name: 'Fold all', exact: true }).click();
  await legend.getByRole('button', { name: 'Next quotation by South Korean government' }).click();
  await expect(
    page.locator('.side-id [data-quote="pemerintah-korea-selatan-mengutuk:0"]'),
  ).toBeInViewport();
  // Back up to the legend as a reader would, with the wheel: that ends the jump's hold at once.
  await page.mouse.wheel(0, -20000);
  await wood.click();
  await expect(wood).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-focused]')).toHaveCount(0);
});

test("a speaker's next-quotation button walks through their quotations in order, then round again", async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const next = page
    .getByRole('region', { name: 'Who speaks' })
    .getByRole('button', { name: 'Next quotation by South Korean government' });
  // The sentence of each of the speaker's quotations, in order (two may share a sentence).
  const sentences = await page
    .locator('#article .side-id [data-speaker="pemerintah-korea-selatan"]')
    .evaluateAll((quotes) => {
      const byKey = new Map<string, string | null>();
      for (const quote of quotes) {
        const key = quote.getAttribute('data-quote') ?? '';
        if (!byKey.has(key))
          byKey.set(key, quote.closest('[data-sentence]')?.getAttribute('data-sentence') ?? null);
      }
      return [...byKey.values()];
    });
  expect(new Set(sentences).size).toBeGreaterThan(1);
  // Each press focuses the sentence of the next quotation, and the first again after the last.
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-sentence') ?? null);
  for (const sentence of [...sentences, sentences[0]]) {
    await next.click();
    await expect.poll(focused).toBe(sentence);
  }
});

test('a jump holds its target in view only until the reader scrolls away', async ({ page }) => {
  await page.goto('/?lng=en');
  await openSeedWithSpeakers(page);
  await page
    .getByRole('region', { name: 'Who speaks' })
    .getByRole('button', { name: 'Next quotation by South Korean government' })
    .click();
  const quote = page.locator('.side-id [data-quote="pemerintah-korea-selatan-mengutuk:0"]');
  await expect(quote).toBeInViewport();
  await page.mouse.wheel(0, -20000);
  // Longer than the hold lasts (12 frames): it must not have pulled the reader back down. The
  // wheel's own scroll can take longer on a busy machine, so wait for it to arrive at the top;
  // a hold that had pulled the reader back would leave them down at the quotation for good.
  await afterFrames(page, 30);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
  await expect(quote).not.toBeInViewport();
});

test('in one language, tapping or focusing a sentence shows its translation', async ({ page }) => {
  await page.goto('/?lng=en&mode=id');
  await point(page, '.side-id [data-sentence="media-pemerintah-korea-utara:0"]');
  // A tap is the phone's click; a mouse still has to click after pointing.
  if (!isPhone(page)) {
    await page.locator('.side-id [data-sentence="media-pemerintah-korea-utara:0"]').click();
  }
  const peek = page.getByRole('complementary', { name: 'Translation' });
  await expect(peek).toContainText('North Korean state media has not commented');
  // The tap also opens the tapped word's card once its dictionary has loaded, and on a phone the
  // card can cover this button: press it from the keyboard, which no overlay intercepts.
  await page.getByRole('button', { name: 'Hide translation' }).press('Enter');
  await expect(peek).toHaveCount(0);
  await page.getByRole('radio', { name: 'English' }).check();
  await page.locator('.side-en [data-sentence="media-pemerintah-korea-utara:0"]').focus();
  await expect(page.getByRole('complementary', { name: 'Translation' })).toContainText(
    'Media pemerintah Korea Utara belum',
  );
});

test('T cycles the reading modes, but not while typing in a field', async ({ page }) => {
  await page.goto('/?lng=en');
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await page.keyboard.press('t');
  await expect(page.getByRole('radio', { name: 'Indonesian' })).toBeChecked();
  await page.keyboard.press('t');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.keyboard.press('t');
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'note');
    document.body.append(field);
  });
  await page.getByRole('textbox', { name: 'note' }).pressSequentially('tt');
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
});

test('opening a bad bundle names the JSON path in an alert and keeps the article', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const bundle = await fetchSeed(page);
  const broken = structuredClone(bundle);
  const paragraph = broken.sections[0]?.paragraphs[3];
  if (paragraph) paragraph.sentences[0] = { start: 5, end: 99999 };
  await openBundle(page, broken);
  await expect(page.getByRole('alert')).toContainText('sections[0].paragraphs[3].sentences[0].end');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Korea Utara');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
});

test('opening raw text parses it in the browser, with an optional gloss', async ({ page }) => {
  await page.goto('/?lng=en');
  await page.getByText('Open your own article').click();
  await page.getByLabel('English gloss (.txt, optional)').setInputFiles({
    name: 'en.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Rain in Jakarta\nJAKARTA - It rained all day on Monday.\n'),
  });
  await page.getByLabel('Article (.json or .txt)').setInputFiles({
    name: 'hujan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Hujan di Jakarta\nJAKARTA - Hujan turun sepanjang hari Senin.\n'),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hujan di Jakarta');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rain in Jakarta');
  await expect(page.getByRole('status')).toContainText('your own article');
});

test('a bad text file is refused with its line; a file dropped anywhere or text pasted opens', async ({
  page,
}) => {
  await page.goto('/?lng=id');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Korea Utara');
  const drop = async (name: string, content: number[]) => {
    const transfer = await page.evaluateHandle(
      ({ name, content }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(content)], name, { type: 'text/plain' }));
        return data;
      },
      { name, content },
    );
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  };
  await drop('rusak.txt', [...Buffer.from('Judul\nBaris dua '), 0xe9, 0x0a]);
  await expect(page.getByRole('alert')).toContainText('Baris 2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Korea Utara');

  await drop('banjir.txt', [...Buffer.from('Banjir di Bekasi\nBEKASI - Air naik sejak pagi.\n')]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Banjir di Bekasi');

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Gempa di Cianjur\nCIANJUR - Gempa terasa pagi ini.');
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gempa di Cianjur');
});

test('layout: rows level side by side when wide, gloss below when narrow, no sideways scroll', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const row = page.locator('#jumat-lalu-badan-mata');
  const id = await row.locator('.side-id').boundingBox();
  const en = await row.locator('.side-en').boundingBox();
  if (!id || !en) throw new Error('no row');
  if (isPhone(page)) {
    expect(en.y).toBeGreaterThan(id.y + id.height - 1);
  } else {
    expect(en.x).toBeGreaterThan(id.x + id.width);
    expect(Math.abs(en.y - id.y)).toBeLessThan(1);
    const next = await page.locator('#mengenai-apa-yang-disebut .side-en').boundingBox();
    const nextId = await page.locator('#mengenai-apa-yang-disebut .side-id').boundingBox();
    expect(Math.abs((next?.y ?? 0) - (nextId?.y ?? 1))).toBeLessThan(1);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  for (const mode of ['Side by side', 'Indonesian', 'English']) {
    await page.getByRole('radio', { name: mode }).check();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  }
  // The reading options fit inside their toggle in either interface language. The page would not
  // scroll sideways if they did not (on a phone the toolbar is fixed), so this is checked apart.
  // Nor is any setting's label cut short.
  for (const language of ['en', 'id']) {
    await page.goto(`/?lng=${language}`);
    const spill = await page
      .locator('.mode-toggle')
      .evaluate((toggle) => toggle.scrollWidth - toggle.clientWidth);
    expect(spill, `the reading options overflow in ${language}`).toBe(0);
    const cut = await page
      .locator('.settings .field-label')
      .evaluateAll((labels) =>
        labels
          .filter(
            (label) =>
              label.scrollWidth > label.clientWidth + 1 || label.getClientRects().length === 0,
          )
          .map((label) => label.textContent),
      );
    expect(cut, `settings labels cut short in ${language}`).toEqual([]);
  }
});

test('touch targets are at least 44 by 44 pixels', async ({ page }) => {
  await page.goto('/?lng=en');
  await openSeedWithSpeakers(page);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, summary, .segment, a, input[type="file"]')]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => !element.closest('.byline, .own-banner, p'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ element, box }) => `${element.textContent?.slice(0, 30)} ${box.width}x${box.height}`),
  );
  expect(small).toEqual([]);
});

test('the print stylesheet puts both languages side by side', async ({ page }) => {
  await page.goto('/?lng=en&mode=id');
  await page.emulateMedia({ media: 'print' });
  const row = page.locator('#jumat-lalu-badan-mata');
  await expect(row.locator('.side-en')).toBeVisible();
  const id = await row.locator('.side-id').boundingBox();
  const en = await row.locator('.side-en').boundingBox();
  expect(en?.x ?? 0).toBeGreaterThan((id?.x ?? 0) + (id?.width ?? 0));
  await expect(page.getByRole('radiogroup')).toBeHidden();
});

test('reduced motion turns transitions off; focus is always visible', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?lng=en');
  const sentence = page.locator('.side-id [data-sentence]').first();
  expect(await sentence.evaluate((e) => getComputedStyle(e).transitionDuration)).toBe('0s');
  await sentence.focus();
  expect(await sentence.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
  // A row clips what it paints (content-visibility brings paint containment): the ring of a
  // sentence at its edge must fit in what the row may paint outside itself.
  const inRow = page.locator('.row .side-id [data-sentence]').first();
  await inRow.focus();
  const room = await inRow.evaluate((e) => {
    const style = getComputedStyle(e);
    const row = e.closest('.row');
    return {
      ring: parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset),
      atEdge: row ? e.getBoundingClientRect().left - row.getBoundingClientRect().left : NaN,
      margin: row ? parseFloat(getComputedStyle(row).overflowClipMargin) : NaN,
    };
  });
  expect(room.atEdge, "the first sentence starts at its row's edge").toBeLessThan(room.ring);
  expect(room.margin, 'what the row may paint outside itself').toBeGreaterThanOrEqual(room.ring);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in any mode, ${colorScheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?lng=en');
    await openSeedWithSpeakers(page);
    for (const mode of ['Side by side', 'Indonesian', 'English']) {
      await page.getByRole('radio', { name: mode }).check();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
    await page.getByRole('button', { name: /^Robert Wood/ }).click();
    await page.getByRole('radio', { name: 'Indonesian' }).check();
    await page.locator('.side-id [data-sentence="media-pemerintah-korea-utara:0"]').click();
    const focused = await new AxeBuilder({ page }).analyze();
    expect(focused.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await screenshot(page, testInfo, `axe-${colorScheme}`, false);
  });
}
