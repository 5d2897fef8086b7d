import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * Each font weight the page uses is one more cold font lookup in its first layout, the longest
 * task on load (reader.css, at --ui-font): the stylesheets keep to regular and bold.
 */
it('the stylesheets use two font weights, 400 and 700', () => {
  const weights = new Set<string>();
  const stylesheets = readdirSync('src/reader').filter((file) => file.endsWith('.css'));
  expect(stylesheets).toContain('reader.css');
  for (const file of stylesheets) {
    const css = readFileSync(path.join('src/reader', file), 'utf8');
    for (const match of css.matchAll(/font-weight:\s*([^;}]+)/gu))
      weights.add(match[1]?.trim() ?? '');
  }
  expect(weights.size).toBeGreaterThan(0);
  expect(
    [...weights].filter((weight) => !['400', '700', 'normal', 'bold'].includes(weight)),
  ).toEqual([]);
});
