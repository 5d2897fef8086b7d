import type { Page } from '@playwright/test';
import type { Bundle, Paragraph } from '../../src/bundle/schema.ts';
import { DESKTOP_ONLY } from './support/screens.ts';
import { fetchSeed } from './support/reader.ts';
import { withSpeakers } from './support/speakerBundle.ts';
import { expect, test } from './support/test.ts';

/**
 * Bad and hostile input, as a reader would bring it: through the file input, dropped on the page
 * and pasted. Each is refused with a located message in the interface language, and the article
 * that was open stays readable.
 */

const SEED_TITLE = 'Korea Utara tidak mengirimkan pasukan ke Russia';

/** Console errors and uncaught page errors, collected for the test to check. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

type Channel = 'input' | 'drop' | 'paste';
const channels: Channel[] = ['input', 'drop', 'paste'];

/** Opens bytes as a file through one of the three ways in, all from the page's own events. */
async function open(page: Page, channel: Channel, name: string, bytes: Buffer): Promise<void> {
  if (channel === 'input') {
    await page.getByText(/Open your own article|Buka artikel Anda sendiri/).click();
    await page
      .getByLabel(/Article \(\.json or \.txt\)|Artikel \(\.json atau \.txt\)/)
      .setInputFiles({
        name,
        mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain',
        buffer: bytes,
      });
    return;
  }
  await page.evaluate(
    ({ channel, name, base64 }) => {
      const content = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([content], name));
      const event =
        channel === 'drop'
          ? new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
          : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      (channel === 'drop' ? document.querySelector('main') : document.body)?.dispatchEvent(event);
    },
    { channel, name, base64: bytes.toString('base64') },
  );
}

/** The article that was open is still there and still answers its reading toggle. */
async function expectSeedReadable(page: Page, english: boolean): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SEED_TITLE);
  const side = page.locator('#article .side-id').first();
  await page.getByRole('radio', { name: english ? 'English' : 'Inggris' }).check();
  await expect(side).toBeHidden();
  await page.getByRole('radio', { name: english ? 'Side by side' : 'Berdampingan' }).check();
  await expect(side).toBeVisible();
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2));
}

function firstParagraph(bundle: Bundle): Paragraph {
  const paragraph = bundle.sections[0]?.paragraphs[0];
  if (!paragraph) throw new Error('the seed has no first paragraph');
  return paragraph;
}

interface Case {
  name: string;
  file: string;
  bytes: (seed: Bundle) => Buffer;
  en: RegExp;
  id?: RegExp;
}

const cases: Case[] = [
  {
    name: 'broken JSON',
    file: 'rusak.json',
    bytes: () => Buffer.from('{\n  "schemaVersion": 1,\n  "id": "x",,\n}'),
    en: /Line 3, column 13 of the article: this is not valid JSON \(expected a property name/,
    id: /Baris 3, kolom 13 pada artikel: ini bukan JSON yang sah/,
  },
  {
    name: 'a bundle of the wrong shape',
    file: 'shape.json',
    bytes: (seed) => json({ ...seed, title: 42 }),
    en: /Line \d+ of the article, at title: this does not follow Kabar's bundle format/,
    id: /Baris \d+ pada artikel, di title: ini tidak sesuai dengan format bundel Kabar/,
  },
  {
    name: 'a bundle of another version',
    file: 'version.json',
    bytes: (seed) => json({ ...seed, schemaVersion: 2 }),
    en: /Line 2 of the article, at schemaVersion: this bundle is of another version.*version 2; this reader knows version 1/,
  },
  {
    name: 'an offset outside its text',
    file: 'offset.json',
    bytes: (seed) => {
      const bundle = structuredClone(seed);
      const sentence = firstParagraph(bundle).sentences[0];
      if (sentence) sentence.end = 99999;
      return json(bundle);
    },
    en: /at sections\[0\]\.paragraphs\[0\]\.sentences\[0\]\.end: .*past the end of its text/,
    id: /Baris \d+ pada artikel, di sections\[0\]\.paragraphs\[0\]\.sentences\[0\]\.end/,
  },
  {
    name: 'overlapping quotations',
    file: 'overlap.json',
    bytes: (seed) => {
      const bundle = withSpeakers(seed);
      const paragraph = firstParagraph(bundle);
      const quote = paragraph.quotes[0];
      if (quote) paragraph.quotes.push({ ...quote });
      return json(bundle);
    },
    en: /at sections\[0\]\.paragraphs\[0\]\.quotes\[1\]\.start: .*quotation 1 starts at \d+, inside quotation 0/,
  },
  {
    name: 'an unknown speaker id',
    file: 'speaker.json',
    bytes: (seed) => {
      const bundle = withSpeakers(seed);
      const quote = firstParagraph(bundle).quotes[0];
      if (quote) quote.speaker = 'nobody';
      return json(bundle);
    },
    en: /at sections\[0\]\.paragraphs\[0\]\.quotes\[0\]\.speaker: .*unknown speaker "nobody"/,
  },
  {
    name: 'duplicate ids',
    file: 'dup.json',
    bytes: (seed) => {
      const bundle = structuredClone(seed);
      const [first, second] = bundle.sections[0]?.paragraphs ?? [];
      if (first && second) second.id = first.id;
      return json(bundle);
    },
    en: /at sections\[0\]\.paragraphs\[1\]\.id: .*duplicate id/,
  },
  {
    name: 'an empty file',
    file: 'kosong.txt',
    bytes: () => Buffer.alloc(0),
    en: /There is nothing in the article: the file is empty\./,
    id: /Tidak ada apa pun dalam artikel: berkasnya kosong\./,
  },
  {
    name: 'binary bytes',
    file: 'foto.png',
    bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]),
    en: /Line 3 of the article: the file is binary \(a picture, a document or a program\), not text/,
    id: /Baris 3 pada artikel: berkas ini biner/,
  },
  {
    name: 'UTF-16 with a byte-order mark',
    file: 'utf16.txt',
    bytes: () =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Judul\nIsi.\n', 'utf16le')]),
    en: /Line 1 of the article: the file is UTF-16 text\. Save it as UTF-8/,
    id: /Baris 1 pada artikel: berkas ini berupa teks UTF-16\. Simpan sebagai UTF-8/,
  },
  {
    name: 'Latin-1',
    file: 'latin1.txt',
    bytes: () => Buffer.from('Judul\nKafe di Jakarta: café.\n', 'latin1'),
    en: /Line 2 of the article: the file is not UTF-8 text; perhaps it is Latin-1/,
  },
];

/**
 * Every kind of bad file on a desktop screen; on a phone, the first kind only, in both languages.
 * Which message a file gets is the same code on any screen (and the unit tests of readArticleFile
 * and validateBundle go through every kind); on a phone what needs showing is that its ways in,
 * the message and its dismissal work there, which one kind shows. Nine kinds more, in two
 * languages, were 16 phone tests and about 40 s of CI on two cores. The phone project leaves out
 * tests tagged DESKTOP_ONLY (playwright.config.ts), so they are not run there, nor reported skipped.
 */
const onScreens = (index: number) => (index > 0 ? { tag: DESKTOP_ONLY } : {});

for (const [index, c] of cases.entries()) {
  test(
    `${c.name}: refused with where, through the file input, a drop and a paste`,
    onScreens(index),
    async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto('/?lng=en');
      const seed = await fetchSeed(page);
      const bytes = c.bytes(seed);
      for (const channel of channels) {
        await open(page, channel, c.file, bytes);
        const alert = page.getByRole('alert');
        await expect(alert, channel).toContainText('That article could not be opened.');
        await expect(alert, channel).toContainText(c.en);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(SEED_TITLE);
        await alert.getByRole('button', { name: 'Dismiss' }).click();
        await expect(alert).toBeHidden();
      }
      await expectSeedReadable(page, true);
      expect(errors).toEqual([]);
    },
  );

  const indonesian = c.id;
  if (indonesian)
    test(
      `${c.name}: told in Indonesian when the interface is`,
      onScreens(index),
      async ({ page }) => {
        await page.goto('/?lng=id');
        await open(page, 'drop', c.file, c.bytes(await fetchSeed(page)));
        const alert = page.getByRole('alert');
        await expect(alert).toContainText('Artikel itu tidak dapat dibuka.');
        await expect(alert).toContainText(indonesian);
        await expectSeedReadable(page, false);
      },
    );
}

test('a file over the limit is refused at once, without being read', async ({ page }) => {
  const errors = collectErrors(page);
  // Any read of a file's bytes, by any of the browser's ways, is recorded.
  await page.addInitScript(() => {
    const reads: string[] = [];
    Reflect.set(window, '__reads', reads);
    for (const method of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
      const original: unknown = Reflect.get(Blob.prototype, method);
      if (typeof original !== 'function') continue;
      Reflect.set(Blob.prototype, method, function (this: Blob, ...args: unknown[]) {
        reads.push(method);
        return Reflect.apply(original, this, args);
      });
    }
  });
  await page.goto('/?lng=en');
  const big = Buffer.alloc(6 * 1024 * 1024, 0x61);
  // Handing 6 MB to the page takes the test harness a while; that the page never reads the bytes
  // is checked below, and how fast it answers is timed inside the page for a drop and a paste.
  await open(page, 'input', 'besar.txt', big);
  await expect(page.getByRole('alert')).toContainText(
    'besar.txt is 6 MB, more than the 5 MB an article may be, so it was not read.',
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();

  for (const channel of ['drop', 'paste'] as const) {
    const elapsed = await page.evaluate(async (channel) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(6 * 1024 * 1024)], 'besar.json'));
      const start = performance.now();
      const event =
        channel === 'drop'
          ? new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
          : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      (channel === 'drop' ? document.querySelector('main') : document.body)?.dispatchEvent(event);
      await new Promise<void>((resolve) => {
        const check = () =>
          document.querySelector('[role="alert"]') ? resolve() : requestAnimationFrame(check);
        check();
      });
      return performance.now() - start;
    }, channel);
    await expect(page.getByRole('alert')).toContainText('besar.json is 6 MB');
    expect(elapsed, channel).toBeLessThan(1500);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  // Six megabytes of pasted text: the same limit, said of the text.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'a'.repeat(6 * 1024 * 1024));
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  });
  await expect(page.getByRole('alert')).toContainText('The pasted text is 6 MB');
  expect(await page.evaluate(() => Reflect.get(window, '__reads'))).toEqual([]);
  await expectSeedReadable(page, true);
  expect(errors).toEqual([]);
});

const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';
const HOSTILE_LINK = '<a href="javascript:alert(1)" onclick="window.__pwned=1">klik</a>';

/** A paragraph whose whole text, in both languages, is the given string. */
function plainParagraph(id: string, text: string): Paragraph {
  return {
    id,
    text,
    gloss: text,
    sentences: [{ start: 0, end: text.length, gloss: { start: 0, end: text.length } }],
    quotes: [],
  };
}

function hostileBundle(seed: Bundle): Bundle {
  const bundle = withSpeakers(seed);
  bundle.id = 'hostile';
  bundle.title = plainParagraph('title', `Judul ${HOSTILE_IMG}`);
  bundle.source = { name: `Sumber ${HOSTILE_SCRIPT}`, url: 'javascript:alert(1)' };
  bundle.warnings = [HOSTILE_SCRIPT, HOSTILE_IMG];
  for (const speaker of bundle.speakers) {
    speaker.name = `${speaker.name} ${HOSTILE_IMG}`;
    speaker.role = HOSTILE_LINK;
  }
  const section = bundle.sections[1];
  if (section?.heading) section.heading = { text: HOSTILE_LINK, gloss: HOSTILE_SCRIPT };
  bundle.sections[0]?.paragraphs.push(plainParagraph('hostile-paragraph', HOSTILE_SCRIPT));
  return bundle;
}

for (const channel of channels)
  test(`a hostile bundle (${channel}) shows its strings as plain characters and runs nothing`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto('/?lng=en');
    const bundle = hostileBundle(await fetchSeed(page));
    await open(page, channel, 'hostile.json', json(bundle));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(`Judul ${HOSTILE_IMG}`);
    const article = page.locator('#article');
    await expect(article).toContainText(HOSTILE_SCRIPT);
    await expect(page.locator('#article h2').filter({ hasText: HOSTILE_LINK })).toBeVisible();
    await expect(page.getByText(`Sumber ${HOSTILE_SCRIPT}`)).toBeVisible();
    await expect(page.locator('.byline a')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    await expect(
      page.locator('#article img, #article script, #article [onerror], #article [onclick]'),
    ).toHaveCount(0);
    // A speaker's name and role, where the legend shows them.
    await expect(page.getByText(HOSTILE_IMG).first()).toBeAttached();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(errors).toEqual([]);
  });

test('a bundle whose source is an https address links to it', async ({ page }) => {
  await page.goto('/?lng=en');
  const bundle = hostileBundle(await fetchSeed(page));
  bundle.source = { name: 'Kompas', url: 'https://www.kompas.com/' };
  await open(page, 'input', 'ok.json', json(bundle));
  await expect(page.getByRole('link', { name: 'Kompas' })).toHaveAttribute(
    'href',
    'https://www.kompas.com/',
  );
});

/** Ways a browser's storage can fail, each installed before any of Kabar's scripts run. */
const brokenStorage: { name: string; install: () => void }[] = [
  {
    name: 'missing',
    install: () => Object.defineProperty(window, 'localStorage', { get: () => undefined }),
  },
  {
    name: 'throwing on every read and write',
    install: () => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    },
  },
  {
    name: 'holding garbage for every key',
    install: () => {
      const junk = [
        '{not json',
        '"klingon"',
        '42',
        'null',
        '[1,2',
        '{"__proto__":{"x":1}}',
        '[{}]',
      ];
      const keys = ['mode', 'theme', 'textSize', 'language', 'folded:korea-utara-pasukan-rusia'];
      keys.forEach((key, i) => localStorage.setItem(`kabar:${key}`, junk[i % junk.length] ?? ''));
    },
  },
];

for (const storage of brokenStorage)
  test(`storage ${storage.name}: defaults, working toggles, no console error`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(storage.install);
    await page.goto('/?lng=en');
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
    await expectSeedReadable(page, true);
    await page.getByRole('button', { name: 'Fold all', exact: true }).click();
    await expect(page.getByRole('button', { name: /Urging an Immediate/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SEED_TITLE);
    expect(errors).toEqual([]);
  });

test('junk in the address falls back to the defaults without an error', async ({ page }) => {
  const errors = collectErrors(page);
  for (const url of [
    '/?mode=%3Cscript%3E&lng=%00&article=..%2F..%2Fetc#%E0%A4%A',
    '/?mode=en&mode=xx&lng=id-ID&article=#<img src=x onerror=alert(1)>',
    '/?article=korea-utara-pasukan-rusia%22%3E&lng=#%%%%',
    '/#javascript:alert(1)',
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }), url).toContainText(SEED_TITLE);
    await expect(page.getByRole('radio', { checked: true }), url).toHaveCount(1);
  }
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  expect(errors).toEqual([]);
});

test('the page carries a strict CSP that blocks an inline script', async ({ page }) => {
  const response = await page.request.get('/');
  const html = await response.text();
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(html)?.[1];
  expect(csp).toBeDefined();
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/u);

  const errors = collectErrors(page);
  await page.goto('/');
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.violatedDirective),
        );
        const script = document.createElement('script');
        script.textContent = 'window.__pwned = 1';
        document.head.append(script);
      }),
  );
  expect(blocked).toMatch(/^script-src/u);
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  // The browser reports the blocked script on the console itself; nothing else may.
  expect(errors.filter((error) => !error.includes('Content Security Policy'))).toEqual([]);
});
