import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { quoteFileJsonSchema, QuoteFileSchema } from '../../../src/shared/api/quote-file';
import { exampleQuoteJson } from '../../helpers/quote-app';

const SCHEMA_FILE = path.resolve(__dirname, '../../../docs/quote.schema.json');

describe('quote file format', () => {
  it('docs/quote.schema.json is the current definition (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(quoteFileJsonSchema());
  });

  it('the example file is valid for the published JSON Schema and for the app', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(quoteFileJsonSchema());
    const example = JSON.parse(exampleQuoteJson());
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(QuoteFileSchema.safeParse(example).success).toBe(true);
  });

  it('the JSON Schema refuses what the app refuses: floats for money, unknown fields, no sections', () => {
    const validate = new Ajv2020({ strict: false }).compile(quoteFileJsonSchema());
    const example = JSON.parse(exampleQuoteJson());
    for (const broken of [
      { ...example, wholeDiscount: { targetTotal: 300000.5 } },
      { ...example, colour: 'red' },
      { ...example, sections: [] },
      { ...example, format: 'presales-quote/2' },
    ]) {
      expect(validate(broken)).toBe(false);
      expect(QuoteFileSchema.safeParse(broken).success).toBe(false);
    }
  });
});
