import { z } from 'zod';
import { MAX_FEN } from '../money';
import { QUOTE_ACTIONS, QUOTE_STATES } from '../quotes/lifecycle';
import { text } from './common';

/** A quote's editable content as the user sends it: lines, discount, milestones, terms; and its states. */

export const Id = z.number().int().positive();
const Fen = z
  .number()
  .int()
  .min(0, 'err.quotes.money')
  .max(MAX_FEN - 1, 'err.quotes.money');
export const Bp = z.number().int().min(0, 'err.quotes.percent').max(10_000, 'err.quotes.percent');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err.quotes.date');
/** Up to 2 decimals, greater than 0: "1", "0.5", "45.25". */
const Quantity = z
  .string()
  .trim()
  .regex(/^\d+(\.\d{1,2})?$/, 'err.quotes.quantity')
  .refine((q) => Number(q) > 0 && Number(q) <= 1_000_000_000, 'err.quotes.quantity');
const LocalId = z.string().min(1).max(40);

export const QuoteState = z.enum(QUOTE_STATES);
export const QuoteAction = z.enum(QUOTE_ACTIONS);
export const QuoteVatMode = z.enum(['inclusive', 'exclusive']);

export const QuoteLineSchema = z
  .object({
    id: LocalId,
    sectionId: LocalId,
    kind: z.enum(['catalogue', 'custom']),
    code: text(60),
    name: z.string().trim().min(1, 'err.required').max(200, 'err.tooLong'),
    spec: text(500),
    unit: z.string().trim().min(1, 'err.required').max(20, 'err.tooLong'),
    priceVersionId: Id.nullable(),
    priceVersionLabel: text(60),
    unitPriceFen: Fen,
    costFen: Fen.nullable(),
    vatRateBp: z.union(
      [1300, 900, 600, 300, 0].map((r) => z.literal(r)),
      'err.prices.vatRate',
    ),
    floorDiscountBp: Bp,
    quantity: Quantity,
    discountBp: Bp,
    unitPriceOverrideFen: Fen.nullable(),
    optional: z.boolean(),
    customReason: text(200),
  })
  .superRefine((line, ctx) => {
    if (line.kind === 'custom' && line.customReason === '') {
      ctx.addIssue({ code: 'custom', message: 'err.quotes.customReason', path: ['customReason'] });
    }
    if (line.kind === 'catalogue' && line.code === '') {
      ctx.addIssue({ code: 'custom', message: 'err.required', path: ['code'] });
    }
  });

export const QuoteDiscountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('percent'), bp: Bp }),
  z.object({ kind: z.literal('targetTotal'), totalFen: Fen }),
]);

export const MilestoneSchema = z.object({
  id: LocalId,
  label: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
  percentBp: Bp,
});

export const QuoteContentSchema = z
  .object({
    title: text(200),
    customerId: Id.nullable(),
    vatMode: QuoteVatMode,
    validUntil: IsoDate,
    sections: z
      .array(z.object({ id: LocalId, title: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong') }))
      .min(1, 'err.quotes.noSection')
      .max(100),
    lines: z.array(QuoteLineSchema).max(5000, 'err.quotes.tooManyLines'),
    discount: QuoteDiscountSchema,
    milestones: z.array(MilestoneSchema).max(12),
    terms: text(20_000),
    notes: text(5_000),
  })
  .superRefine((content, ctx) => {
    const sectionIds = new Set(content.sections.map((s) => s.id));
    content.lines.forEach((line, index) => {
      if (!sectionIds.has(line.sectionId)) {
        ctx.addIssue({ code: 'custom', message: 'err.quotes.unknownSection', path: ['lines', index, 'sectionId'] });
      }
    });
    if (content.milestones.length > 0) {
      const sum = content.milestones.reduce((total, m) => total + m.percentBp, 0);
      if (sum !== 10_000) {
        ctx.addIssue({ code: 'custom', message: 'err.quotes.milestoneSum', path: ['milestones'] });
      }
    }
    if (content.discount.kind === 'targetTotal' && content.vatMode === 'exclusive') {
      ctx.addIssue({ code: 'custom', message: 'err.quotes.targetInclusiveOnly', path: ['discount'] });
    }
  });
