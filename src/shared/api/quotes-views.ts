import { z } from 'zod';
import { OpportunityRef, text } from './common';
import { Customer } from './customers';
import {
  Bp,
  Id,
  QuoteAction,
  QuoteContentSchema,
  QuoteDiscountSchema,
  QuoteState,
  QuoteVatMode,
} from './quotes-content';

/** What the quote screens are sent: computed figures, approval reasons, history, list rows, the detail, revision diffs, settings, templates. */

const PricedQuoteSchema = z.object({
  lines: z.array(
    z.object({
      id: z.string(),
      sectionId: z.string(),
      optional: z.boolean(),
      listAmountFen: z.number().int(),
      lineAmountFen: z.number().int(),
      impliedDiscountBp: z.number().int(),
      allocatedDiscountFen: z.number().int(),
      finalAmountFen: z.number().int(),
      netFen: z.number().int(),
      taxFen: z.number().int(),
      grossFen: z.number().int(),
      costFen: z.number().int().nullable(),
    }),
  ),
  sections: z.array(z.object({ id: z.string(), title: z.string(), subtotalFen: z.number().int() })),
  listTotalFen: z.number().int(),
  discountTotalFen: z.number().int(),
  totalNetFen: z.number().int(),
  totalTaxFen: z.number().int(),
  totalGrossFen: z.number().int(),
  totalFen: z.number().int(),
  vatSummary: z.array(
    z.object({
      vatRateBp: z.number().int(),
      netFen: z.number().int(),
      taxFen: z.number().int(),
      grossFen: z.number().int(),
    }),
  ),
  milestones: z.array(
    z.object({ id: z.string(), label: z.string(), percentBp: z.number().int(), amountFen: z.number().int() }),
  ),
  marginBp: z.number().int().nullable(),
});

export const ApprovalReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('belowFloor'),
    lineId: z.string(),
    code: z.string(),
    name: z.string(),
    discountBp: z.number().int(),
    floorBp: z.number().int(),
  }),
  z.object({ kind: z.literal('marginTooLow'), marginBp: z.number().int(), minMarginBp: z.number().int() }),
  z.object({ kind: z.literal('wholeDiscountTooLarge'), discountBp: z.number().int(), maxBp: z.number().int() }),
]);

export const QuoteEvent = z.object({
  at: z.string(),
  kind: z.string(),
  actor: z.string(),
  comment: z.string(),
  fromState: QuoteState.nullable(),
  toState: QuoteState.nullable(),
  revision: z.string(),
});

export const QuoteSummary = z.object({
  quoteId: Id,
  revisionId: Id,
  number: z.string(),
  revision: z.string(),
  title: z.string(),
  customerName: z.string(),
  state: QuoteState,
  totalFen: z.number().int(),
  validUntil: z.string(),
  updatedAt: z.string(),
});
export type QuoteSummary = z.infer<typeof QuoteSummary>;

export const QuoteDetail = z.object({
  quoteId: Id,
  revisionId: Id,
  number: z.string(),
  revision: z.string(),
  state: QuoteState,
  /** True for the newest revision; older revisions are history, read-only. */
  isLatest: z.boolean(),
  editable: z.boolean(),
  canRevise: z.boolean(),
  allowedActions: z.array(QuoteAction),
  customer: Customer.nullable(),
  opportunity: OpportunityRef,
  content: QuoteContentSchema,
  /** The VAT mode the price list's prices are in (catalogue prices are converted into the quote's). */
  priceListVatMode: QuoteVatMode,
  priced: PricedQuoteSchema,
  /** 人民币大写 of the total. */
  totalCapital: z.string(),
  approvalReasons: z.array(ApprovalReasonSchema),
  approval: z.object({ by: z.string(), at: z.string(), comment: z.string() }).nullable(),
  preparedBy: z.string(),
  issueDate: z.string(),
  revisions: z.array(z.object({ revisionId: Id, revision: z.string(), state: QuoteState, totalFen: z.number().int() })),
  events: z.array(QuoteEvent),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuoteDetail = z.infer<typeof QuoteDetail>;

const DiffLine = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  quantity: z.string(),
  unitPriceFen: z.number().int(),
  unitPriceOverrideFen: z.number().int().nullable(),
  discountBp: z.number().int(),
  optional: z.boolean(),
  finalAmountFen: z.number().int(),
});
const Pair = z.object({ before: z.number().int(), after: z.number().int() });
export const RevisionDiffSchema = z.object({
  from: z.object({ revisionId: Id, revision: z.string() }),
  to: z.object({ revisionId: Id, revision: z.string() }),
  added: z.array(DiffLine),
  removed: z.array(DiffLine),
  changed: z.array(
    z.object({
      before: DiffLine,
      after: DiffLine,
      fields: z.array(z.enum(['quantity', 'unitPrice', 'override', 'discount', 'optional', 'amount'])),
    }),
  ),
  discount: z.object({ before: QuoteDiscountSchema, after: QuoteDiscountSchema }).nullable(),
  totals: z.object({ listTotal: Pair, discountTotal: Pair, totalNet: Pair, totalTax: Pair, total: Pair }),
  milestones: z.array(
    z.object({
      label: z.string(),
      beforePercentBp: z.number().int().nullable(),
      afterPercentBp: z.number().int().nullable(),
      beforeAmountFen: z.number().int().nullable(),
      afterAmountFen: z.number().int().nullable(),
    }),
  ),
  validUntil: z.object({ before: z.string(), after: z.string() }).nullable(),
  vatMode: z.object({ before: z.string(), after: z.string() }).nullable(),
  termsChanged: z.boolean(),
  unchanged: z.boolean(),
});

export const QuoteSettingsSchema = z.object({
  /** BJ in BJ-2026-0001. */
  numberPrefix: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9]{0,9}$/, 'err.quotes.prefix'),
  validityDays: z.number().int().min(1, 'err.quotes.validityDays').max(365, 'err.quotes.validityDays'),
  /** Minimum margin in bp; null = no rule. */
  minMarginBp: Bp.nullable(),
  /** Largest whole-quote discount in bp; null = no rule. */
  maxWholeDiscountBp: Bp.nullable(),
  /** What a new quote starts with. */
  defaultMilestones: z
    .array(z.object({ label: z.string().trim().min(1, 'err.required').max(60), percentBp: Bp }))
    .max(12)
    .refine((ms) => ms.length === 0 || ms.reduce((s, m) => s + m.percentBp, 0) === 10_000, 'err.quotes.milestoneSum'),
  preparedBy: text(40),
});
export type QuoteSettings = z.infer<typeof QuoteSettingsSchema>;

export const QuoteTemplate = z.object({
  id: Id,
  kind: z.enum(['terms', 'notes']),
  name: z.string(),
  body: z.string(),
});
export type QuoteTemplate = z.infer<typeof QuoteTemplate>;

export const EXPORT_FORMATS = ['xlsx', 'docx', 'pdf'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
