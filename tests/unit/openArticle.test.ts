import { afterEach, expect, test, vi } from 'vitest';

function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/plain' });
}

afterEach(() => {
  vi.doUnmock('../../src/reader/openArticleFlow.ts');
  vi.resetModules();
});

test('of files dropped together, the one named as English is the gloss, whatever the order', async () => {
  const { pickArticleFiles } = await import('../../src/reader/openArticleFlow.ts');
  const article = { name: 'banjir.txt' };
  for (const name of ['banjir-en.txt', 'gloss.txt', 'English.TXT']) {
    const gloss = { name };
    expect(pickArticleFiles([gloss, article])).toEqual({ article, gloss });
    expect(pickArticleFiles([article, gloss])).toEqual({ article, gloss });
  }
  // One file alone is the article, even when its name says English.
  const only = { name: 'berita-en.txt' };
  expect(pickArticleFiles([only])).toEqual({ article: only, gloss: undefined });
});

test('an article and its gloss dropped together open as one article with its English', async () => {
  const { openDroppedFiles } = await import('../../src/reader/openArticle.ts');
  const result = await openDroppedFiles([
    textFile('banjir-en.txt', 'Flood in Bekasi\nBEKASI - The water has risen since morning.\n'),
    textFile('banjir.txt', 'Banjir di Bekasi\nBEKASI - Air naik sejak pagi.\n'),
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.bundle.title.text).toBe('Banjir di Bekasi');
  expect(result.bundle.title.gloss).toBe('Flood in Bekasi');
});

test('a flow that cannot load (a chunk lost to the network) comes back as a problem, not a throw', async () => {
  vi.doMock('../../src/reader/openArticleFlow.ts', () => {
    throw new Error('Failed to fetch dynamically imported module');
  });
  const { openArticleFile, openDroppedFiles, openPastedText } =
    await import('../../src/reader/openArticle.ts');
  const file = textFile('banjir.txt', 'Banjir di Bekasi\n');
  for (const result of [
    await openArticleFile(file),
    await openDroppedFiles([file]),
    await openPastedText('Banjir di Bekasi'),
  ]) {
    expect(result).toMatchObject({
      ok: false,
      problems: [{ kind: 'unreadable', message: expect.stringMatching(/\S/) }],
    });
  }
});
