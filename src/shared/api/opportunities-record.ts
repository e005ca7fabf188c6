import { z } from 'zod';
import { AUDIENCE_ROLES } from '../demo-script/types';
import { EVENT_STRENGTHS, SEED_EVENTS } from '../opportunities/compelling-events';
import { CONFIRMATION_QUESTIONS } from '../opportunities/confirmation';
import { DECISION_ROLES, INFLUENCES, STANCES } from '../opportunities/people';
import { PURCHASE_CONDITIONS } from '../opportunities/purchase-conditions';
import { BUSINESSES, NATURES, PURCHASE_PLANS } from '../opportunities/qualification';
import { text } from './common';
import { BUDGET_FLEXIBILITIES, CLOSE_OUTCOMES, Count, DateText, Fen, ItemId, SOURCES } from './opportunities-fields';

/** The opportunity record as the user edits it: people, events, competitors, qualification, budget, answers. */

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
