import { z } from 'zod';
import { CONTRACT_STATES } from '../contract-drafts/types';
import { AUDIENCE_ROLES } from '../demo-script/types';
import { MAX_FEN } from '../money';
import { EVENT_STRENGTHS, SEED_EVENTS } from '../opportunities/compelling-events';
import { CONFIRMATION_QUESTIONS } from '../opportunities/confirmation';
import { DECISION_ROLES, INFLUENCES, STANCES } from '../opportunities/people';
import { PURCHASE_CONDITIONS } from '../opportunities/purchase-conditions';
import { BUSINESSES, FACTORS, NATURES, PURCHASE_PLANS, VERDICTS } from '../opportunities/qualification';
import { GATE_KINDS } from '../opportunities/stages';
import { QUOTE_STATES } from '../quotes/lifecycle';
import { method, text } from './common';

/**
 * Opportunities (商机): the deal every quote, proposal, demo script and contract belongs to,
 * moving through the eight stages of the playbook. Method names read `opportunities.verb`.
 */

const Id = z.number().int().positive();
/** A short id inside an opportunity's lists (people, events, competitors). */
const ItemId = z.string().trim().min(1).max(40);
/** "2026-12-31" or '' (not set). */
const DateText = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err.opportunities.date')]);
const Fen = z
  .number()
  .int('err.opportunities.amount')
  .min(0, 'err.opportunities.amount')
  .max(MAX_FEN - 1, 'err.opportunities.amount');
const Count = (max: number) =>
  z
    .number()
    .int('err.opportunities.wholeNumber')
    .min(0, 'err.opportunities.notNegative')
    .max(max, 'err.opportunities.tooLarge');

/** A stage number, 1 (客户规划与邀约) … 8 (签约成交). */
export const Stage = z
  .number('err.opportunities.stage')
  .int('err.opportunities.stage')
  .min(1, 'err.opportunities.stage')
  .max(8, 'err.opportunities.stage');

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'abandoned'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const CLOSE_OUTCOMES = ['won', 'lost', 'abandoned'] as const;
export const LOSS_CATEGORIES = [
  'price',
  'product',
  'competitor',
  'relationship',
  'budget',
  'timing',
  'noDecision',
  'other',
] as const;
export const WIN_CATEGORIES = ['solution', 'price', 'relationship', 'service', 'other'] as const;
export const SOURCES = ['referral', 'inbound', 'event', 'coldCall', 'partner', 'existingCustomer', 'other'] as const;
export const BUDGET_FLEXIBILITIES = ['fixed', 'some', 'flexible'] as const;
export const TIMELINE_KINDS = [
  'created',
  'migrated',
  'stage',
  'override',
  'closed',
  'reopened',
  'archived',
  'restored',
  'note',
  'contact',
  'document',
  'imported',
] as const;

export const PersonSchema = z.object({
  id: ItemId,
  name: z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
  title: text(60).default(''),
  role: z.enum(DECISION_ROLES, 'err.invalidChoice'),
  stance: z.enum(STANCES, 'err.invalidChoice').default('unknown'),
  influence: z.enum(INFLUENCES, 'err.invalidChoice').default('medium'),
  /** Which demo audience they are (总经理, CIO …), for the demo-script generator. */
  audienceRole: z.enum(AUDIENCE_ROLES, 'err.invalidChoice').nullable().default(null),
  phone: text(40).default(''),
  lastContact: DateText.default(''),
  notes: text(1000).default(''),
});
export type Person = z.infer<typeof PersonSchema>;

export const CompellingEventSchema = z.object({
  id: ItemId,
  /** One of the seed's eleven, or 'custom' with its own title. */
  kind: z.union([z.enum(SEED_EVENTS), z.literal('custom')], 'err.invalidChoice'),
  title: text(200).default(''),
  evidence: text(1000).default(''),
  date: DateText.default(''),
  strength: z.enum(EVENT_STRENGTHS, 'err.invalidChoice').default('medium'),
});
export type CompellingEvent = z.infer<typeof CompellingEventSchema>;

export const CompetitorSchema = z.object({
  id: ItemId,
  name: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong'),
  strengths: text(500).default(''),
  counter: text(500).default(''),
  active: z.boolean().default(true),
});
export type Competitor = z.infer<typeof CompetitorSchema>;

export const QualificationProfileSchema = z.object({
  headcount: Count(10_000_000).nullable().default(null),
  salesWan: Count(100_000_000).nullable().default(null),
  grossProfitWan: Count(100_000_000).nullable().default(null),
  itBudgetWan: Count(100_000_000).nullable().default(null),
  nature: z.union([z.enum(NATURES), z.literal('')], 'err.invalidChoice').default(''),
  business: z.union([z.enum(BUSINESSES), z.literal('')], 'err.invalidChoice').default(''),
  industry: text(40).default(''),
  systems: z
    .object({
      finance: z.boolean().default(false),
      inventory: z.boolean().default(false),
      crm: z.boolean().default(false),
    })
    .default({ finance: false, inventory: false, crm: false }),
  branches: Count(100_000).nullable().default(null),
  purchasePlan: z.union([z.enum(PURCHASE_PLANS), z.literal('')], 'err.invalidChoice').default(''),
});

export const BudgetSchema = z.object({
  amountFen: Fen.nullable().default(null),
  flexibility: z.union([z.enum(BUDGET_FLEXIBILITIES), z.literal('')], 'err.invalidChoice').default(''),
  /** How the customer arrived at the figure. */
  computation: text(1000).default(''),
  /** The customer's budget process (预算流程). */
  budgetProcess: text(1000).default(''),
  /** The customer's contract-payment and project approval process (合同款项审批与项目审批流程). */
  approvalProcess: text(1000).default(''),
});

const answers = Object.fromEntries(CONFIRMATION_QUESTIONS.map((q) => [q, text(2000).default('')])) as Record<
  (typeof CONFIRMATION_QUESTIONS)[number],
  z.ZodDefault<z.ZodString>
>;
const conditions = Object.fromEntries(PURCHASE_CONDITIONS.map((c) => [c, z.boolean().default(false)])) as Record<
  (typeof PURCHASE_CONDITIONS)[number],
  z.ZodDefault<z.ZodBoolean>
>;

/**
 * Everything a rep edits on an opportunity, saved whole. Every field has a default, so an
 * opportunity made by the migration ('{}') reads as a blank one.
 */
export const OpportunityRecordSchema = z.object({
  name: z.string().trim().min(1, 'err.required').max(120, 'err.tooLong'),
  owner: text(40).default(''),
  source: z.union([z.enum(SOURCES), z.literal('')], 'err.invalidChoice').default(''),
  amountFen: Fen.nullable().default(null),
  expectedClose: DateText.default(''),
  budget: BudgetSchema.default(BudgetSchema.parse({})),
  competitors: z.array(CompetitorSchema).max(30).default([]),
  qualification: QualificationProfileSchema.default(QualificationProfileSchema.parse({})),
  people: z.array(PersonSchema).max(100).default([]),
  events: z.array(CompellingEventSchema).max(50).default([]),
  needs: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  painPoints: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  confirmation: z.object(answers).default(z.object(answers).parse({})),
  conditions: z.object(conditions).default(z.object(conditions).parse({})),
  nextStep: text(300).default(''),
  nextStepDue: DateText.default(''),
});
export type OpportunityRecord = z.infer<typeof OpportunityRecordSchema>;
export type OpportunityRecordInput = z.input<typeof OpportunityRecordSchema>;

/** The stored part besides the record: how the deal ended. */
export const ClosingSchema = z.object({
  outcome: z.enum(CLOSE_OUTCOMES),
  category: z.string(),
  reason: z.string(),
  at: z.string(),
  by: z.string(),
});

const BilingualSchema = z.object({ 'zh-CN': text(300), en: text(300) });
export const StageDefinitionSchema = z.object({
  number: Stage,
  name: z.object({
    'zh-CN': z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
    en: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
  }),
  milestone: BilingualSchema,
  success: BilingualSchema,
  gates: z.array(z.enum(GATE_KINDS, 'err.invalidChoice')).max(GATE_KINDS.length),
  probability: z.number().int().min(0, 'err.opportunities.percent').max(100, 'err.opportunities.percent'),
});

const Points = z
  .number()
  .int('err.opportunities.wholeNumber')
  .min(-100, 'err.opportunities.points')
  .max(100, 'err.opportunities.points');
export const OpportunitySettingsSchema = z.object({
  stages: z
    .array(StageDefinitionSchema)
    .length(8, 'err.opportunities.eightStages')
    .refine((s) => s.every((stage, i) => stage.number === i + 1), 'err.opportunities.stageOrder'),
  qualification: z
    .object({
      minHeadcountTrading: Count(100_000),
      minHeadcountProduction: Count(100_000),
      minSalesWan: Count(100_000_000),
      minGrossProfitWan: Count(100_000_000),
      itBudgetPercentMin: z.number().int().min(0, 'err.opportunities.percent').max(100, 'err.opportunities.percent'),
      itBudgetPercentMax: z.number().int().min(0, 'err.opportunities.percent').max(100, 'err.opportunities.percent'),
      excludedIndustries: z.array(z.string().trim().min(1).max(20)).max(30),
      excludeRecentSoe: z.boolean(),
      focusScore: z.number().int().min(0, 'err.opportunities.score').max(100, 'err.opportunities.score'),
      followScore: z.number().int().min(0, 'err.opportunities.score').max(100, 'err.opportunities.score'),
    })
    .refine((q) => q.itBudgetPercentMin <= q.itBudgetPercentMax, {
      message: 'err.opportunities.itBudgetRange',
      path: ['itBudgetPercentMax'],
    })
    .refine((q) => q.followScore <= q.focusScore, { message: 'err.opportunities.scoreOrder', path: ['followScore'] }),
  weights: z.object({
    qualification: z.object({ focus: Points, follow: Points, notRecommended: Points }),
    decisionMakerKnown: Points,
    decisionMakerMissing: Points,
    insiderKnown: Points,
    insiderMissing: Points,
    opponentWithInfluence: Points,
    event: z.object({ strong: Points, medium: Points, weak: Points }),
    noEvent: Points,
    perCondition: Points,
    min: z.number().int().min(0).max(100),
    max: z.number().int().min(0).max(100),
  }),
  /** Share of confirmation questions answered that the confirmation gate needs. */
  confirmationThreshold: z.number().int().min(0, 'err.opportunities.percent').max(100, 'err.opportunities.percent'),
});
export type OpportunitySettings = z.infer<typeof OpportunitySettingsSchema>;

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
