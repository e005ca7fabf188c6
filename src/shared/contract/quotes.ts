import { z } from 'zod';
import { LOCALES } from '../locale';
import { MAX_FEN } from '../money';
import { QUOTE_ACTIONS, QUOTE_STATES } from '../quotes/lifecycle';
import { method, NoInput, OpportunityRef, text } from './common';
import { Customer } from './customers';
import { FileOutput } from './prices';

const Id = z.number().int().positive();
const Fen = z
  .number()
  .int()
  .min(0, 'err.quotes.money')
  .max(MAX_FEN - 1, 'err.quotes.money');
const Bp = z.number().int().min(0, 'err.quotes.percent').max(10_000, 'err.quotes.percent');
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

const Ref = z.object({ revisionId: Id });

export const quoteMethods = {
  'quotes.list': method({
    input: z
      .object({ query: z.string().trim().max(100).default(''), state: QuoteState.nullable().default(null) })
      .default({ query: '', state: null }),
    output: z.array(QuoteSummary),
    doc: 'The latest revision of every quote, newest first; a query matches number, title or customer.',
  }),
  'quotes.get': method({
    input: Ref,
    output: QuoteDetail,
    doc: 'One revision with every computed figure, the approval reasons, its history and its sibling revisions.',
  }),
  'quotes.byNumber': method({
    input: z.object({ number: z.string().trim().min(1).max(40) }),
    output: QuoteDetail,
    doc: 'A quote by its number: "BJ-2026-0001" gives the latest revision, "BJ-2026-0001-B" revision B.',
  }),
  'quotes.create': method({
    input: z.object({
      customerId: Id.nullable().default(null),
      title: text(200).default(''),
      /** The opportunity (商机) the quote is for; its customer is used when none is given. */
      opportunityId: Id.nullable().default(null),
    }),
    output: QuoteDetail,
    doc: 'A new quote with the next number (prefix-year-sequence), revision A, default validity and milestones.',
  }),
  'quotes.save': method({
    input: z.object({ revisionId: Id, content: QuoteContentSchema }),
    output: QuoteDetail,
    doc: 'Replaces the content of an editable revision; the state becomes draft or pending by the approval rules (an approval is withdrawn).',
  }),
  'quotes.approve': method({
    input: z.object({
      revisionId: Id,
      by: z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
      comment: text(500).default(''),
    }),
    output: QuoteDetail,
    doc: 'Records the approval (approver, time, comment); the documents lose their DRAFT watermark.',
  }),
  'quotes.act': method({
    input: z.object({
      revisionId: Id,
      action: z.enum(['send', 'accept', 'lose', 'expire']),
      by: text(40).default(''),
      comment: text(500).default(''),
    }),
    output: QuoteDetail,
    doc: 'Moves an approved quote on: sent (locked, parties frozen), accepted, lost or expired.',
  }),
  'quotes.revise': method({
    input: Ref,
    output: QuoteDetail,
    doc: 'Makes the next revision (A → B) of a sent or closed quote as an editable copy.',
  }),
  'quotes.diff': method({
    input: z.object({ fromRevisionId: Id, toRevisionId: Id }),
    output: RevisionDiffSchema,
    doc: 'What changed commercially between two revisions of one quote.',
  }),
  'quotes.delete': method({
    input: z.object({ quoteId: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a quote that was never approved or sent.',
  }),
  'quotes.importFile': method({
    input: z.object({ json: z.string().max(20_000_000) }),
    output: QuoteDetail,
    doc: 'Creates a quote from a quote file (docs/quote.schema.json): catalogue codes resolved against the current price list.',
  }),
  'quotes.exportFile': method({
    input: z.object({ revisionId: Id, format: ExportFormat, locale: z.enum(LOCALES) }),
    output: FileOutput,
    doc: 'One document of a revision (.xlsx, .docx or .pdf) in zh-CN or en; DRAFT watermark unless approved.',
  }),
  'quotes.exportToFolder': method({
    input: z.object({
      revisionId: Id,
      format: ExportFormat,
      locale: z.enum(LOCALES),
      folder: z.string().trim().min(1, 'err.required').max(1000),
    }),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
    doc: 'Writes one document into a folder on this computer (created if missing) and remembers the folder.',
  }),
  'quotes.exportDefaults': method({
    input: NoInput,
    output: z.object({ folder: z.string() }),
    doc: 'The folder documents were last exported to (or a default under Documents).',
  }),
  'quoteSettings.get': method({
    input: NoInput,
    output: QuoteSettingsSchema,
    doc: 'Numbering prefix, validity, approval rules and default milestones.',
  }),
  'quoteSettings.save': method({
    input: QuoteSettingsSchema,
    output: QuoteSettingsSchema,
    doc: 'Changes numbering and approval rules; existing quote numbers never change.',
  }),
  'quoteTemplates.list': method({
    input: NoInput,
    output: z.array(QuoteTemplate),
    doc: 'Reusable terms and notes.',
  }),
  'quoteTemplates.save': method({
    input: z.object({
      id: Id.optional(),
      kind: z.enum(['terms', 'notes']),
      name: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
      body: z.string().trim().min(1, 'err.required').max(20_000, 'err.tooLong'),
    }),
    output: QuoteTemplate,
    doc: 'Adds or changes a template; names are unique per kind.',
  }),
  'quoteTemplates.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a template (quotes that used it keep their text).',
  }),
};
