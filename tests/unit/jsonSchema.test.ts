import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bundleJsonSchemaText } from '../../src/cli/bundleJsonSchema.ts';

test('public/schema/bundle.v1.json is the schema generated from zod (run `npm run schema` if not)', () => {
  expect(readFileSync('public/schema/bundle.v1.json', 'utf8')).toBe(bundleJsonSchemaText());
});
