/**
 * The six conditions for a customer to buy (确认客户购买管理软件的条件, seed 六), confirmed before
 * signing.
 */
export const PURCHASE_CONDITIONS = [
  'solutionFits',
  'noCompetitor',
  'commercialClear',
  'timetableConfirmed',
  'peopleSupport',
  'servicePlanConfirmed',
] as const;
export type PurchaseCondition = (typeof PURCHASE_CONDITIONS)[number];

export function unmetConditions(met: Partial<Record<PurchaseCondition, boolean>>): PurchaseCondition[] {
  return PURCHASE_CONDITIONS.filter((c) => met[c] !== true);
}
