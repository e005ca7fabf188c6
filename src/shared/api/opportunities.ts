import { z } from 'zod';
import { method, text } from './common';
import {
  CLOSE_OUTCOMES,
  DateText,
  Fen,
  Id,
  ItemId,
  LOSS_CATEGORIES,
  SOURCES,
  Stage,
  WIN_CATEGORIES,
} from './opportunities-fields';
import { OpportunityRecordSchema } from './opportunities-record';
import { OpportunitySettingsSchema } from './opportunities-settings';
import { OpportunityDetailSchema, OpportunitySummarySchema } from './opportunities-views';

/**
 * Opportunities (商机): the deal every quote, proposal, demo script and contract belongs to,
 * moving through the eight stages of the playbook. Method names read `opportunities.verb`.
 */

export {
  BUDGET_FLEXIBILITIES,
  CLOSE_OUTCOMES,
  LOSS_CATEGORIES,
  OPPORTUNITY_STATUSES,
  type OpportunityStatus,
  SOURCES,
  Stage,
  TIMELINE_KINDS,
  WIN_CATEGORIES,
} from './opportunities-fields';
export {
  BudgetSchema,
  ClosingSchema,
  type CompellingEvent,
  CompellingEventSchema,
  type Competitor,
  CompetitorSchema,
  type OpportunityRecord,
  type OpportunityRecordInput,
  OpportunityRecordSchema,
  type Person,
  PersonSchema,
  QualificationProfileSchema,
} from './opportunities-record';
export { type OpportunitySettings, OpportunitySettingsSchema, StageDefinitionSchema } from './opportunities-settings';
export {
  GateLinkSchema,
  GateSchema,
  type MissingItem,
  MissingItemSchema,
  type OpportunityDetail,
  OpportunityDetailSchema,
  OpportunityDocumentsSchema,
  type OpportunitySummary,
  OpportunitySummarySchema,
  ProbabilitySchema,
  QualificationResultSchema,
  type TimelineEntry,
  TimelineEntrySchema,
} from './opportunities-views';

const By = text(40).optional();
const Reason = z.string().trim().min(4, 'err.opportunities.reasonTooShort').max(1000, 'err.tooLong');

export const OpportunityListInput = z
  .object({
    query: z.string().trim().max(100).default(''),
    stage: Stage.nullable().default(null),
    owner: z.string().trim().max(40).default(''),
    /** "2027-01": expected to close in that month. */
    closeMonth: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}$/, 'err.opportunities.month')]).default(''),
    status: z.enum(['open', 'won', 'lost', 'abandoned', 'closed', 'archived', 'all']).default('open'),
    sort: z.enum(['updated', 'stage', 'amount', 'close', 'probability', 'name']).default('updated'),
    customerId: Id.nullable().default(null),
    /** Only these opportunities (the deals behind a funnel figure); null for no such filter. */
    ids: z.array(Id).max(100_000).nullable().default(null),
  })
  .default({
    query: '',
    stage: null,
    owner: '',
    closeMonth: '',
    status: 'open',
    sort: 'updated',
    customerId: null,
    ids: null,
  });

export const opportunityMethods = {
  'opportunities.list': method({
    input: OpportunityListInput,
    output: z.object({ rows: z.array(OpportunitySummarySchema), owners: z.array(z.string()) }),
    doc: 'Opportunities with stage, probability and what is missing, filtered (stage, owner, close month, status, search) and sorted.',
  }),
  'opportunities.get': method({
    input: z.object({ id: Id }),
    output: OpportunityDetailSchema,
    doc: 'One opportunity: the record, qualification, probability with its factors, the next gate with what is missing, documents and timeline.',
  }),
  'opportunities.create': method({
    input: z.object({
      customerId: Id,
      name: z.string().trim().min(1, 'err.required').max(120, 'err.tooLong'),
      owner: text(40).default(''),
      source: z.union([z.enum(SOURCES), z.literal('')], 'err.invalidChoice').default(''),
      amountFen: Fen.nullable().default(null),
      expectedClose: DateText.default(''),
      by: By,
    }),
    output: OpportunityDetailSchema,
    doc: 'A new opportunity at stage 1 (客户规划与邀约), its qualification started from the customer’s industry; logged.',
  }),
  'opportunities.save': method({
    input: z.object({ id: Id, record: OpportunityRecordSchema }),
    output: OpportunityDetailSchema,
    doc: 'Replaces the record (people, events, answers, conditions …); stage and status change only through advance/close.',
  }),
  'opportunities.advance': method({
    input: z.object({ id: Id, to: Stage, override: Reason.optional(), by: By }),
    output: OpportunityDetailSchema,
    doc: 'Moves to stage `to`. Forward, every gate on the way must be met, or an override reason given (logged as an override); back is always allowed and logged.',
  }),
  'opportunities.close': method({
    input: z.object({
      id: Id,
      outcome: z.enum(CLOSE_OUTCOMES, 'err.invalidChoice'),
      category: z.union([z.enum(LOSS_CATEGORIES), z.enum(WIN_CATEGORIES)], 'err.invalidChoice').default('other'),
      reason: Reason,
      override: Reason.optional(),
      by: By,
    }),
    output: OpportunityDetailSchema,
    doc: 'Closes as won (the 签约成交 gate must be met, or overridden), lost or abandoned, with a category and a reason.',
  }),
  'opportunities.reopen': method({
    input: z.object({ id: Id, reason: Reason, by: By }),
    output: OpportunityDetailSchema,
    doc: 'Opens a closed opportunity again at the stage it was in; logged with the reason.',
  }),
  'opportunities.log': method({
    input: z.object({
      id: Id,
      kind: z.enum(['note', 'contact']),
      text: z.string().trim().min(1, 'err.required').max(2000, 'err.tooLong'),
      /** For a contact: the key person met or called; their last-contact date becomes `date`. */
      personId: ItemId.nullable().default(null),
      date: DateText.default(''),
      by: By,
    }),
    output: OpportunityDetailSchema,
    doc: 'Adds a note or a contact to the timeline (过程管理); a contact updates the person’s last contact.',
  }),
  'opportunities.archive': method({
    input: z.object({ id: Id, archived: z.boolean(), by: By }),
    output: OpportunityDetailSchema,
    doc: 'Hides an opportunity from the lists (or shows it again); nothing is deleted.',
  }),
  'opportunities.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes an opportunity without sent quotes or contracts (its drafts stay, unattached); otherwise refused: archive it instead.',
  }),
  'opportunities.settings': method({
    input: z.object({}).strict(),
    output: OpportunitySettingsSchema,
    doc: 'The stages (names, milestones, success criteria, gates, base probability), qualification rules and probability weights.',
  }),
  'opportunities.saveSettings': method({
    input: OpportunitySettingsSchema,
    output: OpportunitySettingsSchema,
    doc: 'Replaces the stage definitions, qualification rules and probability weights.',
  }),
  'opportunities.resetSettings': method({
    input: z.object({}).strict(),
    output: OpportunitySettingsSchema,
    doc: 'Puts the playbook’s defaults back.',
  }),
};
