import { expect, test } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import id from '../../src/i18n/locales/id.json';

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

test('both locale files hold the same keys', () => {
  expect(
    leaves(id)
      .map(([key]) => key)
      .sort(),
  ).toEqual(
    leaves(en)
      .map(([key]) => key)
      .sort(),
  );
});

test('no locale string is empty', () => {
  for (const [key, value] of [...leaves(en), ...leaves(id)]) {
    expect(typeof value, key).toBe('string');
    expect(String(value).trim(), key).not.toBe('');
  }
});

test('both locales use the same interpolation variables for each key', () => {
  const variables = (text: unknown) =>
    [...String(text).matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
  const indonesian = new Map(leaves(id));
  for (const [key, value] of leaves(en))
    expect(variables(indonesian.get(key)), key).toEqual(variables(value));
});
