import { z } from 'zod';
import { RichDocSchema, type RichDoc } from '../rich-text';
import type { ValueInputs } from './value';

/**
 * A proposal (方案书) as stored: which solution modules it covers, the quote it is priced by, and
 * its sections in the order the engineer dragged them into. Built-in sections carry their own
 * data (requirements, plan, value inputs, risks); library sections are referenced by id and
 * copied at export; custom sections hold rich text.
 */

export const PROPOSAL_SECTION_KINDS = [
  'cover',
  'toc',
  'situation',
  'requirements',
  'solution',
  'plan',
  'budget',
  'value',
  'risks',
  'library',
  'custom',
] as const;
export type ProposalSectionKind = (typeof PROPOSAL_SECTION_KINDS)[number];

export const COVERAGE = ['full', 'partial', 'none'] as const;
export type Coverage = (typeof COVERAGE)[number];

const Text = (max: number) => z.string().trim().max(max, 'err.tooLong');
const Money = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'err.proposals.number');
const Date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err.proposals.date');

export const RequirementRowSchema = z.object({
  id: z.string().min(1),
  requirement: z.string().trim().min(1, 'err.required').max(500, 'err.tooLong'),
  /** "moduleId:featureName" of the feature that meets it, or '' when none does. */
  feature: Text(200),
  coverage: z.enum(COVERAGE),
  note: Text(500),
});
export type RequirementRow = z.infer<typeof RequirementRowSchema>;

export const PlanPhaseSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
  start: Date,
  end: Date,
  milestone: Text(120),
  personDays: Money,
});
export const TeamMemberSchema = z.object({
  id: z.string().min(1),
  role: z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
  name: Text(40),
  personDays: Money,
});

export const ValueInputsSchema: z.ZodType<ValueInputs> = z.object({
  hoursSavedPerMonth: Money,
  hourlyCostYuan: Money,
  inventoryReductionYuan: Money,
  carryingCostPercent: Money,
  badDebtReductionYuan: Money,
  annualCreditSalesYuan: Money,
  collectionDaysFaster: Money,
  financingRatePercent: Money,
});

const base = { id: z.string().min(1).max(40), title: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong') };

export const ProposalSectionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('cover') }),
  z.object({ ...base, kind: z.literal('toc') }),
  z.object({
    ...base,
    kind: z.literal('situation'),
    body: RichDocSchema,
    needs: z.array(z.string().trim().min(1).max(300)).max(50),
    painPoints: z.array(z.string().trim().min(1).max(300)).max(50),
  }),
  z.object({ ...base, kind: z.literal('requirements'), rows: z.array(RequirementRowSchema).max(500) }),
  z.object({ ...base, kind: z.literal('solution') }),
  z.object({
    ...base,
    kind: z.literal('plan'),
    lead: Text(40),
    phases: z.array(PlanPhaseSchema).max(30),
    team: z.array(TeamMemberSchema).max(30),
  }),
  z.object({ ...base, kind: z.literal('budget') }),
  z.object({ ...base, kind: z.literal('value'), inputs: ValueInputsSchema }),
  z.object({
    ...base,
    kind: z.literal('risks'),
    rows: z.array(z.object({ id: z.string().min(1), risk: Text(300), mitigation: Text(500) })).max(50),
  }),
  z.object({ ...base, kind: z.literal('library'), librarySectionId: z.number().int().positive() }),
  z.object({ ...base, kind: z.literal('custom'), body: RichDocSchema }),
]);
export type ProposalSection = z.infer<typeof ProposalSectionSchema>;

export const ProposalContentSchema = z.object({
  title: z.string().trim().min(1, 'err.required').max(200, 'err.tooLong'),
  customerId: z.number().int().positive().nullable(),
  solutionId: z.number().int().positive().nullable(),
  /** The solution modules the proposal covers (solution_modules ids). */
  moduleIds: z.array(z.number().int().positive()).max(100),
  /** The quote revision whose figures the budget shows; null = no budget yet. */
  quoteRevisionId: z.number().int().positive().nullable(),
  sections: z.array(ProposalSectionSchema).min(1, 'err.proposals.noSections').max(60),
});
export type ProposalContent = z.infer<typeof ProposalContentSchema>;

/** Sections a new proposal starts with, in the usual order. */
export function defaultSections(
  titles: Record<ProposalSectionKind, string>,
  librarySectionIds: number[],
): ProposalSection[] {
  const empty: RichDoc = { type: 'doc', content: [] };
  return [
    { id: 'cover', kind: 'cover', title: titles.cover },
    { id: 'toc', kind: 'toc', title: titles.toc },
    { id: 'situation', kind: 'situation', title: titles.situation, body: empty, needs: [], painPoints: [] },
    { id: 'requirements', kind: 'requirements', title: titles.requirements, rows: [] },
    { id: 'solution', kind: 'solution', title: titles.solution },
    { id: 'plan', kind: 'plan', title: titles.plan, lead: '', phases: [], team: [] },
    { id: 'budget', kind: 'budget', title: titles.budget },
    {
      id: 'value',
      kind: 'value',
      title: titles.value,
      inputs: {
        hoursSavedPerMonth: '0',
        hourlyCostYuan: '0',
        inventoryReductionYuan: '0',
        carryingCostPercent: '0',
        badDebtReductionYuan: '0',
        annualCreditSalesYuan: '0',
        collectionDaysFaster: '0',
        financingRatePercent: '0',
      },
    },
    { id: 'risks', kind: 'risks', title: titles.risks, rows: [] },
    ...librarySectionIds.map((id): ProposalSection => ({
      id: `lib-${id}`,
      kind: 'library',
      title: titles.library,
      librarySectionId: id,
    })),
  ];
}
