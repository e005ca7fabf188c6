import { z } from 'zod';
import { GATE_KINDS } from '../opportunities/stages';
import { text } from './common';
import { Count, Stage } from './opportunities-fields';

/** The playbook settings: stage definitions, qualification rules and probability weights. */

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
