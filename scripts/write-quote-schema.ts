/**
 * Writes docs/quote.schema.json from the quote file's zod definition
 * (src/shared/api/quote-file.ts). `npm run schema`; a test fails when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { quoteFileJsonSchema } from '../src/shared/api/quote-file';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/quote.schema.json');
const options = (await prettier.resolveConfig(target)) ?? {};
fs.writeFileSync(target, await prettier.format(JSON.stringify(quoteFileJsonSchema()), { ...options, parser: 'json' }));
console.log(`wrote ${target}`);
