import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { screenshot } from './support/reader.ts';

const FIRST_PARAGRAPH = '#pbb-korea-utara-tidak .side-id';
const SECURITY_COUNCIL = '#kami-telah-melihat-laporan .side-id';
const LAZY_WORD_CHUNKS = /\/assets\/(lexicon|loadLexicon|gloss|WordPopover)-[^/]*\.js$/;

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 720;

test.beforeEach(({ page }) => {
  page.on('console', (message) => {
    if (message.type() === 'error') throw new Error(`console error: ${message.text()}`);
  });
});

/**
 * The middle of the first whole-word occurrence of `word` in the element, scrolled into view and
 * still: rows around it that the scroll brings near the screen are drawn a frame later and take
 * their real height, which can move the word (a tap measured at once hit "keduanya", a line away).
 */
async function wordCentre(page: Page, selector: string, word: string) {
  const centre = await page
    .locator(selector)
    .first()
    .evaluate(async (side, wanted) => {
      const pattern = new RegExp(`(?<![\\p{L}])${wanted}(?![\\p{L}])`, 'u');
      const walker = document.createTreeWalker(side, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.search(pattern) ?? -1;
        if (at === -1) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const place = () => {
          const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        };
        // Measured frame by frame until two frames agree.
        let last = place();
        for (let frame = 0; frame < 20; frame++) {
          await new Promise((done) => requestAnimationFrame(done));
          const now = place();
          if (now.x === last.x && now.y === last.y) return now;
          last = now;
        }
        return last;
      }
      return null;
    }, word);
  if (!centre) throw new Error(`no "${word}" in ${selector}`);
  return centre;
}

/** A tap on a touch screen, a click with the mouse. */
async function tapWord(page: Page, selector: string, word: string) {
  const { x, y } = await wordCentre(page, selector, word);
  if (isPhone(page)) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** The text of the word highlighted with the CSS Custom Highlight API, or null. */
function highlightedWord(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('kabar-word');
    const range = highlight ? [...highlight][0] : undefined;
    return range ? range.toString() : null;
  });
}

test('tapping "mengirimkan" shows its parts, root, meaning and English sentence; the lexicon loads only then', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto('/?lng=en');
  expect(loaded.filter((url) => LAZY_WORD_CHUNKS.test(url))).toEqual([]);

  await tapWord(page, FIRST_PARAGRAPH, 'mengirimkan');
  const card = page.getByRole('dialog', { name: 'mengirimkan' });
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await expect(card.getByText('meN- + kirim + -kan')).toBeVisible();
  await expect(card.getByText('kirim', { exact: true })).toHaveAttribute('lang', 'id');
  await expect(card.getByText('send', { exact: true }).first()).toHaveAttribute('lang', 'en');
  await expect(card.locator('[lang="en"]').last()).toContainText(
    'North Korea has not sent troops to Russia',
  );
  expect(loaded.some((url) => /\/assets\/lexicon-[^/]*\.js$/.test(url))).toBe(true);
  expect(await highlightedWord(page)).toBe('mengirimkan');

  // The tap marked the sentence and its translation, and named the quotation's speaker.
  await expect(page.locator('[data-sentence="pbb-korea-utara-tidak:0"][data-active]')).toHaveCount(
    2,
  );
  await expect(page.locator('.speaker-note')).toBeVisible();
  const note = await page.locator('.speaker-note').boundingBox();
  const shown = await card.boundingBox();
  if (note && shown)
    expect(note.y >= shown.y + shown.height || note.y + note.height <= shown.y).toBe(true);
});

test('a card that arrives after the reader has moved on does not open, nor take focus', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  // Every card that opens is counted, however briefly and whenever it comes.
  await page.evaluate(() => {
    const opened: Element[] = [];
    Object.defineProperty(window, '__cardsOpened', { value: opened });
    new MutationObserver(() => {
      for (const card of document.querySelectorAll('[role="dialog"]'))
        if (!opened.includes(card)) opened.push(card);
    }).observe(document.body, { childList: true, subtree: true });
  });
  const cardsOpened = () =>
    page.evaluate(() => {
      const opened: unknown = Reflect.get(window, '__cardsOpened');
      return Array.isArray(opened) ? opened.length : -1;
    });
  // A slow connection: the card's code arrives a second after the tap.
  await page.route(/\/assets\/WordPopover-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await tapWord(page, FIRST_PARAGRAPH, 'mengirimkan');
  const fold = page.getByRole('button', { name: 'Fold all', exact: true });
  await fold.focus();
  await page.waitForResponse(/\/assets\/WordPopover-[^/]*\.js$/);
  await page.waitForTimeout(300);
  await expect(fold).toBeFocused();
  // Asked for again, with focus where the tap leaves it, the card opens: the only one that did.
  await tapWord(page, FIRST_PARAGRAPH, 'mengirimkan');
  await expect(page.getByRole('dialog', { name: 'mengirimkan' })).toBeFocused();
  expect(await cardsOpened()).toBe(1);
});

test('a word of "Dewan Keamanan" names the expression and its meaning', async ({ page }) => {
  await page.goto('/?lng=en');
  await tapWord(page, SECURITY_COUNCIL, 'Keamanan');
  const card = page.getByRole('dialog', { name: 'Keamanan' });
  await expect(card.getByText('Part of')).toBeVisible();
  await expect(card.getByText(/^Dewan Keamanan/)).toHaveAttribute('lang', 'id');
  await expect(card.getByText('Security Council', { exact: true })).toBeVisible();
  await expect(card.getByText('ke- + aman + -an')).toBeVisible();
});

test('Escape and a tap elsewhere close the card and give focus back to the sentence', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const sentence = page.locator(`${FIRST_PARAGRAPH} [data-sentence="pbb-korea-utara-tidak:0"]`);
  await tapWord(page, FIRST_PARAGRAPH, 'pasukan');
  const card = page.getByRole('dialog', { name: 'pasukan' });
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(sentence).toBeFocused();
  expect(await highlightedWord(page)).toBeNull();

  await tapWord(page, FIRST_PARAGRAPH, 'membantu');
  await expect(page.getByRole('dialog', { name: 'membantu' })).toBeVisible();
  const brand = page.locator('.brand-name');
  await brand.scrollIntoViewIfNeeded();
  const box = await brand.boundingBox();
  if (!box) throw new Error('no brand');
  if (isPhone(page)) await page.touchscreen.tap(box.x + 4, box.y + 4);
  else await page.mouse.click(box.x + 4, box.y + 4);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(sentence).toBeFocused();
});

test('from the keyboard: Enter on a sentence opens its first word, arrows step, W reads the selection', async ({
  page,
}) => {
  await page.goto('/?lng=en');
  const sentence = page.locator(`${FIRST_PARAGRAPH} [data-sentence="pbb-korea-utara-tidak:0"]`);
  await sentence.focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('dialog', { name: 'PBB' });
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'Korea' })).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Korea' }).getByText('Korea Utara')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('dialog', { name: 'PBB' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sentence).toBeFocused();

  // Select a word (as a screen reader's or the mouse's selection would), then W.
  await sentence.evaluate((element) => {
    const text = [...element.querySelectorAll('*'), element]
      .flatMap((e) => [...e.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('membantu'));
    if (!text?.textContent) throw new Error('no membantu');
    const at = text.textContent.indexOf('membantu');
    getSelection()?.setBaseAndExtent(text, at, text, at + 'membantu'.length);
  });
  await page.keyboard.press('w');
  const card = page.getByRole('dialog', { name: 'membantu' });
  await expect(card).toBeFocused();
  await expect(card.getByText('meN- + bantu')).toBeVisible();
  await card.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(card).toHaveCount(0);
  await expect(sentence).toBeFocused();

  // Not while typing in a field or choosing in a list.
  await page.getByRole('combobox', { name: 'Interface language' }).focus();
  await page.keyboard.press('w');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('in Indonesian only, a tap opens the card and the sentence’s translation both', async ({
  page,
}) => {
  await page.goto('/?lng=id&mode=id');
  await tapWord(page, FIRST_PARAGRAPH, 'Moskow');
  const card = page.getByRole('dialog', { name: 'Moskow' });
  await expect(card).toBeVisible();
  await expect(card.getByText('Kata berikutnya')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Terjemahan' })).toContainText(
    'North Korea has not sent troops',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open card passes axe and looks right, ${colorScheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?lng=en');
    await tapWord(page, SECURITY_COUNCIL, 'Keamanan');
    const card = page.getByRole('dialog', { name: 'Keamanan' });
    await expect(card.getByText('Security Council', { exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    // The whole card is on screen, clear of the toolbar.
    await expect(card).toBeInViewport({ ratio: 1 });
    await screenshot(page, testInfo, `word-card-${colorScheme}`, false);
    await page.keyboard.press('Escape');
    await tapWord(page, FIRST_PARAGRAPH, 'mengirimkan');
    await expect(
      page.getByRole('dialog', { name: 'mengirimkan' }).getByText('kirim', { exact: true }),
    ).toBeVisible();
    await screenshot(page, testInfo, `word-card-quote-${colorScheme}`, false);
  });
}

test('a lookup answers at once when the dictionary is loaded', async ({ page }, testInfo) => {
  await page.goto('/?lng=en');
  await tapWord(page, FIRST_PARAGRAPH, 'pasukan');
  await expect(page.getByRole('dialog', { name: 'pasukan' }).getByText('Root')).toBeVisible();
  await page.keyboard.press('Escape');
  const point = await wordCentre(page, FIRST_PARAGRAPH, 'memerangi');
  // From the click to the card's word on the page, timed inside the page.
  const ms = await page.evaluate(
    ({ x, y }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('[role="dialog"] h2')?.textContent !== 'memerangi') return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        document
          .elementFromPoint(x, y)
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
      }),
    point,
  );
  testInfo.annotations.push({ type: 'lookup', description: `${ms.toFixed(1)} ms` });
  console.log(`word lookup in the browser (${testInfo.project.name}): ${ms.toFixed(1)} ms`);
  // The frame budget itself (16 ms) is `npm run bench`'s to judge, on a quiet machine: here, with
  // other tests running beside it, a lookup measured 17 ms once. What this test must catch is a
  // lookup that loads or parses the dictionary again, which takes hundreds of milliseconds.
  expect(ms).toBeLessThan(100);
});
