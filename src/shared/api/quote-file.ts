import { z } from 'zod';

/**
 * The quote file: a quote as JSON, for scripting and exchange (`presales quote create --from`,
 * the quote screen's "import"). Lines reference catalogue codes; the app takes name, unit, price,
 * VAT rate and floor from the current price list, so a file cannot smuggle in a wrong price.
 * Money and percentages are decimal strings ("12800.00", "15", "12.5"): exact, never floats.
 * `npm run schema` writes docs/quote.schema.json from this definition.
 */

const Money = z
  .string()
  .regex(/^\d+(\.\d{1,2})?$/)
  .describe('Yuan with up to 2 decimals, as a string: "12800" or "12800.50"');
const Percent = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,2})?$/)
  .describe('Percent with up to 2 decimals, as a string: "15" = 15 % off');
const Quantity = z
  .string()
  .regex(/^\d+(\.\d{1,2})?$/)
  .describe('Quantity with up to 2 decimals, as a string: "1", "0.5"');

const CatalogueLine = z
  .object({
    code: z.string().min(1).describe('Catalogue code (编码) in the current price list, e.g. "ERP-SD-001"'),
    quantity: Quantity,
    discount: Percent.optional().describe('Line discount in percent off the list price'),
    unitPrice: Money.optional().describe('A negotiated unit price instead of a discount (议价)'),
    optional: z.boolean().optional().describe('Shown on the quote, not counted in the total (选配)'),
  })
  .strict();

const CustomLine = z
  .object({
    custom: z
      .object({
        name: z.string().min(1),
        spec: z.string().optional(),
        unit: z.string().min(1),
        unitPrice: Money,
        vatRate: z.enum(['13', '9', '6', '3', '0']).describe('VAT rate in percent'),
        cost: Money.optional().describe('Internal unit cost (tax-exclusive); never printed'),
        reason: z.string().min(1).describe('Why this line is not from the price list'),
      })
      .strict(),
    quantity: Quantity,
    discount: Percent.optional(),
    optional: z.boolean().optional(),
  })
  .strict();

export const QuoteFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('presales-quote/1').describe('Format and version of this file'),
    title: z.string().max(200).optional(),
    customer: z
      .object({
        name: z.string().min(1).describe('Matched by exact name; a new customer is created if none matches'),
        contact: z.string().optional(),
        phone: z.string().optional(),
        email: z.string().optional(),
        address: z.string().optional(),
        taxId: z.string().optional().describe('统一社会信用代码 (18 characters, check digit verified)'),
      })
      .strict(),
    vatMode: z.enum(['inclusive', 'exclusive']).optional().describe('含税 (default) or 不含税 prices'),
    validUntil: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('Validity date; default: today + the configured validity days'),
    sections: z
      .array(
        z
          .object({
            title: z.string().min(1),
            lines: z.array(z.union([CatalogueLine, CustomLine])),
          })
          .strict(),
      )
      .min(1),
    wholeDiscount: z
      .union([
        z.object({ percent: Percent }).strict(),
        z.object({ targetTotal: Money.describe('What the customer pays in total (抹零)') }).strict(),
      ])
      .optional()
      .describe('整单优惠: a percent off, or a target total (tax-inclusive quotes only)'),
    milestones: z
      .array(z.object({ label: z.string().min(1), percent: Percent }).strict())
      .optional()
      .describe('Payment milestones; percentages sum to 100. Default: the configured milestones'),
    terms: z.array(z.string()).optional().describe('Terms, one clause per entry'),
    notes: z.string().optional(),
  })
  .strict();
export type QuoteFile = z.infer<typeof QuoteFileSchema>;

/** The JSON Schema published at docs/quote.schema.json. */
export function quoteFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(QuoteFileSchema, { target: 'draft-2020-12' }),
    $id: 'https://presales-workbench.example/quote.schema.json',
    title: 'Presales Workbench quote file',
    description:
      'A quote (报价单) for `presales quote create --from FILE.json`. Lines reference catalogue codes of the current price list; money and percentages are decimal strings.',
  };
}
