import { z } from 'zod';
import { method } from './common';
import { FileOutput } from './prices';

/**
 * The funnel (销售漏斗) a manager reads on Monday: open deals per stage with their weighted
 * amounts, conversion between stages, deals by owner, the forecast by close month, the deals that
 * need attention, and won/lost over a period. Every figure lists the opportunities behind it.
 */

const DateText = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err.opportunities.date')]);
const Ids = z.array(z.number().int());

/** The manager's settings for the dashboard: when a deal counts as stale or stuck, and the forecast columns. */
export const FunnelRulesSchema = z
  .object({
    staleDays: z.number().int('err.funnel.days').min(1, 'err.funnel.days').max(365, 'err.funnel.days'),
    stuckDays: z.number().int('err.funnel.days').min(1, 'err.funnel.days').max(365, 'err.funnel.days'),
    committedStage: z.number().int().min(1, 'err.funnel.stage').max(8, 'err.funnel.stage'),
    committedProbability: z.number().int().min(0, 'err.funnel.percent').max(100, 'err.funnel.percent'),
    bestCaseProbability: z.number().int().min(0, 'err.funnel.percent').max(100, 'err.funnel.percent'),
  })
  .strict()
  .refine((r) => r.bestCaseProbability <= r.committedProbability, {
    message: 'err.funnel.bestCaseAboveCommitted',
    path: ['bestCaseProbability'],
  });
export type FunnelRules = z.infer<typeof FunnelRulesSchema>;

export const FunnelInput = z
  .object({
    /** Won/lost period, inclusive; '' leaves that end open. */
    from: DateText.default(''),
    to: DateText.default(''),
  })
  .strict()
  .default({ from: '', to: '' });

const Outcomes = z.object({
  key: z.string(),
  label: z.string(),
  won: z.number(),
  lost: z.number(),
  abandoned: z.number(),
  wonFen: z.number(),
  lostFen: z.number(),
  ids: Ids,
});

export const FunnelReportSchema = z.object({
  generatedAt: z.string(),
  stages: z.array(
    z.object({
      stage: z.number(),
      name: z.string(),
      count: z.number(),
      amountFen: z.number(),
      weightedFen: z.number(),
      ids: Ids,
    }),
  ),
  totals: z.object({ count: z.number(), amountFen: z.number(), weightedFen: z.number() }),
  conversions: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      reachedFrom: z.number(),
      reachedTo: z.number(),
      percent: z.number().nullable(),
    }),
  ),
  owners: z.array(
    z.object({ owner: z.string(), count: z.number(), amountFen: z.number(), weightedFen: z.number(), ids: Ids }),
  ),
  forecast: z.array(
    z.object({
      month: z.string(),
      committedFen: z.number(),
      bestCaseFen: z.number(),
      pipelineFen: z.number(),
      weightedFen: z.number(),
      ids: z.object({ committed: Ids, bestCase: Ids, pipeline: Ids }),
    }),
  ),
  attention: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      customerName: z.string(),
      owner: z.string(),
      stage: z.number(),
      stageName: z.string(),
      reasons: z.array(z.enum(['stale', 'pastClose', 'stuckAtGate'])),
      /** The reasons in words ("14 天没有进展", "预计成交日 2026-11-30 已过", "卡在阶段门：缺 2 项"). */
      messages: z.array(z.string()),
    }),
  ),
  winLoss: z.object({
    from: z.string(),
    to: z.string(),
    won: z.number(),
    lost: z.number(),
    abandoned: z.number(),
    winRate: z.number().nullable(),
    byCategory: z.array(Outcomes),
    byCompetitor: z.array(Outcomes),
    bySource: z.array(Outcomes),
  }),
  rules: FunnelRulesSchema,
});
export type FunnelReport = z.infer<typeof FunnelReportSchema>;

/** The funnel as a file: the dashboard's tables as .xlsx, or a one-page report as .pdf. */
export const FunnelExportInput = z
  .object({
    format: z.enum(['xlsx', 'pdf']),
    /** Won/lost period, as for funnel.get. */
    from: DateText.default(''),
    to: DateText.default(''),
  })
  .strict();

export const funnelMethods = {
  'funnel.get': method({
    input: FunnelInput,
    output: FunnelReportSchema,
    doc: 'The funnel: open deals per stage (count, amount, weighted by probability), conversion, owners, forecast by close month, deals needing attention, won/lost over [from, to].',
  }),
  'funnel.rules': method({
    input: z.object({}).strict().default({}),
    output: FunnelRulesSchema,
    doc: 'The dashboard settings: days without a timeline entry before a deal is stale, days at a gate before it is stuck, and the forecast thresholds.',
  }),
  'funnel.saveRules': method({
    input: FunnelRulesSchema,
    output: FunnelRulesSchema,
    doc: 'Saves the dashboard settings (staleDays and stuckDays 1–365, committedStage 1–8, probabilities 0–100 with best case ≤ committed).',
  }),
  'funnel.export': method({
    input: FunnelExportInput,
    output: FileOutput,
    doc: 'The funnel of funnel.get as a file in the app language: .xlsx with one sheet per table (totals as SUM formulas whose cached results are the report totals to the fen), or a one-page A4 .pdf report with the charts drawn.',
  }),
};
