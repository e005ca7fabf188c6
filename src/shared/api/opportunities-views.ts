import { z } from 'zod';
import { CONTRACT_STATES } from '../contract-drafts/types';
import { AUDIENCE_ROLES } from '../demo-script/types';
import { EVENT_STRENGTHS } from '../opportunities/compelling-events';
import { FACTORS, VERDICTS } from '../opportunities/qualification';
import { GATE_KINDS } from '../opportunities/stages';
import { QUOTE_STATES } from '../quotes/lifecycle';
import { Id, OPPORTUNITY_STATUSES, TIMELINE_KINDS } from './opportunities-fields';
import { ClosingSchema, OpportunityRecordSchema } from './opportunities-record';

/** What the opportunity screens are sent: qualification, gates, probability, timeline, documents, list rows and the detail. */

const NoteSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const QualificationResultSchema = z.object({
  score: z.number().int(),
  verdict: z.enum(VERDICTS),
  excludedBy: NoteSchema.nullable(),
  factors: z.array(
    z.object({
      factor: z.enum(FACTORS),
      points: z.number().int(),
      max: z.number().int(),
      status: z.enum(['good', 'partial', 'weak', 'unknown', 'excluded']),
      notes: z.array(NoteSchema),
    }),
  ),
});

const Params = z.record(z.string(), z.union([z.string(), z.number()]));
export const GateLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('newProposal') }),
  z.object({ kind: z.literal('openProposal'), id: Id }),
  z.object({ kind: z.literal('newDemoScript') }),
  z.object({ kind: z.literal('newQuote') }),
  z.object({ kind: z.literal('openQuote'), revisionId: Id }),
  z.object({ kind: z.literal('newContract') }),
  z.object({ kind: z.literal('openContract'), id: Id }),
  z.object({ kind: z.literal('section'), section: z.enum(['confirmation', 'conditions']) }),
]);
export const MissingItemSchema = z.object({
  stage: z.number().int(),
  gate: z.enum(GATE_KINDS),
  key: z.string(),
  params: Params,
  link: GateLinkSchema,
  /** The sentence, in the caller's language ("还没有本商机的演示脚本"). */
  message: z.string(),
});
export type MissingItem = z.infer<typeof MissingItemSchema>;

export const GateSchema = z.object({
  /** The stage this gate lets the opportunity into. */
  to: z.number().int(),
  met: z.boolean(),
  missing: z.array(MissingItemSchema),
});

export const ProbabilitySchema = z.object({
  percent: z.number().int(),
  factors: z.array(
    z.object({
      key: z.string(),
      points: z.number().int(),
      params: Params,
      /** The factor explained, in the caller's language ("阶段 4 方案演示与技术交流：基础 30 %"). */
      label: z.string(),
    }),
  ),
});

export const TimelineEntrySchema = z.object({
  /** 'o12' for the opportunity's own entries, 'q5', 'c3' … for documents' histories. */
  id: z.string(),
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  actor: z.string(),
  /** What happened, in the caller's language. */
  summary: z.string(),
  /** The note, the override's reason, the approver's comment. */
  text: z.string(),
  fromStage: z.number().int().nullable(),
  toStage: z.number().int().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const OpportunityDocumentsSchema = z.object({
  quotes: z.array(
    z.object({
      quoteId: Id,
      revisionId: Id,
      number: z.string(),
      revision: z.string(),
      title: z.string(),
      state: z.enum(QUOTE_STATES),
      totalFen: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
  proposals: z.array(z.object({ id: Id, title: z.string(), deviationRows: z.number().int(), updatedAt: z.string() })),
  demoScripts: z.array(z.object({ id: Id, title: z.string(), totalMinutes: z.number().int(), updatedAt: z.string() })),
  contracts: z.array(
    z.object({
      id: Id,
      number: z.string(),
      title: z.string(),
      state: z.enum(CONTRACT_STATES),
      totalFen: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
});

export const OpportunitySummarySchema = z.object({
  id: Id,
  name: z.string(),
  customerId: Id,
  customerName: z.string(),
  owner: z.string(),
  stage: z.number().int(),
  stageName: z.string(),
  status: z.enum(OPPORTUNITY_STATUSES),
  archived: z.boolean(),
  amountFen: z.number().int().nullable(),
  expectedClose: z.string(),
  probability: z.number().int(),
  strongestEvent: z.string(),
  nextStep: z.string(),
  /** Gate to the next stage: how many items are missing (0 = may move on). */
  missingCount: z.number().int(),
  warnings: z.array(z.string()),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type OpportunitySummary = z.infer<typeof OpportunitySummarySchema>;

export const OpportunityDetailSchema = z.object({
  id: Id,
  customer: z.object({ id: Id, name: z.string(), shortName: z.string(), industry: z.string(), taxId: z.string() }),
  record: OpportunityRecordSchema,
  stage: z.number().int(),
  status: z.enum(OPPORTUNITY_STATUSES),
  archived: z.boolean(),
  closing: ClosingSchema.nullable(),
  stages: z.array(
    z.object({
      number: z.number().int(),
      name: z.string(),
      milestone: z.string(),
      success: z.string(),
      gates: z.array(z.enum(GATE_KINDS)),
      probability: z.number().int(),
    }),
  ),
  qualification: QualificationResultSchema,
  /** Warnings on the people, in the caller's language ("还不知道谁是决策者"). */
  peopleWarnings: z.array(z.object({ key: z.string(), message: z.string() })),
  strongestEvent: z.object({ id: z.string(), label: z.string(), strength: z.enum(EVENT_STRENGTHS) }).nullable(),
  confirmation: z.object({
    answered: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    threshold: z.number().int(),
  }),
  conditionsMet: z.number().int(),
  probability: ProbabilitySchema,
  /** The gate to the next stage (null when at 签约成交 or closed). */
  nextGate: GateSchema.nullable(),
  /** What closing as won needs (the last stage's gate, checked whatever stage the deal is in). */
  winGate: GateSchema,
  documents: OpportunityDocumentsSchema,
  /** Demo audience roles taken from the key persons, for a new demo script. */
  audienceRoles: z.array(z.enum(AUDIENCE_ROLES)),
  timeline: z.array(TimelineEntrySchema),
  /** Sent quotes or contracts: the opportunity cannot be deleted, only archived. */
  deletable: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpportunityDetail = z.infer<typeof OpportunityDetailSchema>;
