import { z } from 'zod';
import { LOCALES } from '../locale';
import { method, NoInput, text } from './common';
import { FileOutput } from './prices';
import { Id, QuoteContentSchema, QuoteState } from './quotes-content';
import {
  ExportFormat,
  QuoteDetail,
  QuoteSettingsSchema,
  QuoteSummary,
  QuoteTemplate,
  RevisionDiffSchema,
} from './quotes-views';

/**
 * Quotes (报价单): revisions with their lines, approval and exports. Method names read
 * `quotes.verb`; the schemas live in quotes-content.ts and quotes-views.ts.
 */

export {
  MilestoneSchema,
  QuoteAction,
  QuoteContentSchema,
  QuoteDiscountSchema,
  QuoteLineSchema,
  QuoteState,
  QuoteVatMode,
} from './quotes-content';
export {
  ApprovalReasonSchema,
  EXPORT_FORMATS,
  ExportFormat,
  QuoteDetail,
  QuoteEvent,
  type QuoteSettings,
  QuoteSettingsSchema,
  QuoteSummary,
  QuoteTemplate,
  RevisionDiffSchema,
} from './quotes-views';

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
