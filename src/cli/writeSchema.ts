import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchemaText } from './bundleJsonSchema.ts';

const target = path.join('public', 'schema', 'bundle.v1.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, bundleJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
