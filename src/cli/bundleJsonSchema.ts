import { z } from 'zod';
import { bundleShapeSchema } from '../bundle/schema.ts';

/** The published JSON Schema of the bundle, generated from the zod schema (never edited by hand). */
export function bundleJsonSchemaText(): string {
  const schema = z.toJSONSchema(bundleShapeSchema, { target: 'draft-2020-12' });
  const published = {
    ...schema,
    $id: 'https://kabar.invalid/schema/bundle.v1.json',
    title: 'Kabar article bundle, version 1',
    description:
      'An Indonesian news article with its English gloss, sentences, alignment, quotations and speakers. Offsets are UTF-16 code-unit indices, end exclusive. Generated from src/bundle/schema.ts by `npm run schema`.',
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
