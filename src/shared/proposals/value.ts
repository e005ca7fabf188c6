import Decimal from 'decimal.js';

/**
 * The customer-value sums (算账, DOMAIN.md): how the software saves money and earns money, from a
 * few inputs a presales engineer agrees with the customer, against the investment (the linked
 * quote's total). Exact decimals; every formula is returned as text so the document shows it.
 */

export interface ValueInputs {
  /** Staff hours saved per month (manual entry, reconciliation, stock counts). */
  hoursSavedPerMonth: string;
  /** Cost of one hour of staff time, yuan. */
  hourlyCostYuan: string;
  /** Inventory reduction, yuan (lower stock for the same service level). */
  inventoryReductionYuan: string;
  /** Annual carrying cost of inventory, percent (capital, storage, obsolescence). */
  carryingCostPercent: string;
  /** Bad debts avoided per year, yuan. */
  badDebtReductionYuan: string;
  /** Annual sales on credit, yuan (for faster collection). */
  annualCreditSalesYuan: string;
  /** Days sooner customers pay (DSO reduction). */
  collectionDaysFaster: string;
  /** Annual financing cost of working capital, percent. */
  financingRatePercent: string;
}

export const EMPTY_VALUE_INPUTS: ValueInputs = {
  hoursSavedPerMonth: '0',
  hourlyCostYuan: '0',
  inventoryReductionYuan: '0',
  carryingCostPercent: '0',
  badDebtReductionYuan: '0',
  annualCreditSalesYuan: '0',
  collectionDaysFaster: '0',
  financingRatePercent: '0',
};

export interface ValueLine {
  key: 'labour' | 'inventory' | 'badDebt' | 'collection';
  /** Yuan per year, 2 decimals. */
  annualYuan: string;
  /** The formula with the numbers put in, e.g. "120 小时/月 × 12 × ¥80 = ¥115,200.00". */
  inputs: string[];
}

export interface ValueResult {
  lines: ValueLine[];
  annualBenefitYuan: string;
  investmentYuan: string;
  /** Months until the benefit has paid the investment, 1 decimal; null when there is no benefit. */
  paybackMonths: string | null;
  /** (3 × annual benefit − investment) / investment, percent with 1 decimal; null without investment. */
  threeYearReturnPercent: string | null;
}

export class ValueInputError extends Error {
  constructor(readonly field: keyof ValueInputs) {
    super(`${field} must be a number ≥ 0`);
    this.name = 'ValueInputError';
  }
}

function num(inputs: ValueInputs, field: keyof ValueInputs): Decimal {
  const text = inputs[field].trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(text)) throw new ValueInputError(field);
  return new Decimal(text);
}

const yuan = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

export function computeValue(inputs: ValueInputs, investmentFen: number): ValueResult {
  const hours = num(inputs, 'hoursSavedPerMonth');
  const hourly = num(inputs, 'hourlyCostYuan');
  const inventory = num(inputs, 'inventoryReductionYuan');
  const carrying = num(inputs, 'carryingCostPercent');
  const badDebt = num(inputs, 'badDebtReductionYuan');
  const sales = num(inputs, 'annualCreditSalesYuan');
  const days = num(inputs, 'collectionDaysFaster');
  const financing = num(inputs, 'financingRatePercent');

  const labour = hours.times(12).times(hourly);
  const inventorySaving = inventory.times(carrying).dividedBy(100);
  const collection = sales.dividedBy(365).times(days).times(financing).dividedBy(100);
  const lines: ValueLine[] = [
    { key: 'labour', annualYuan: yuan(labour), inputs: [hours.toString(), hourly.toString()] },
    { key: 'inventory', annualYuan: yuan(inventorySaving), inputs: [inventory.toString(), carrying.toString()] },
    { key: 'badDebt', annualYuan: yuan(badDebt), inputs: [badDebt.toString()] },
    {
      key: 'collection',
      annualYuan: yuan(collection),
      inputs: [sales.toString(), days.toString(), financing.toString()],
    },
  ];
  const annual = lines.reduce((sum, line) => sum.plus(line.annualYuan), new Decimal(0));
  const investment = new Decimal(investmentFen).dividedBy(100);
  return {
    lines,
    annualBenefitYuan: yuan(annual),
    investmentYuan: yuan(investment),
    paybackMonths: annual.isZero()
      ? null
      : investment.times(12).dividedBy(annual).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
    threeYearReturnPercent: investment.isZero()
      ? null
      : annual
          .times(3)
          .minus(investment)
          .times(100)
          .dividedBy(investment)
          .toDecimalPlaces(1, Decimal.ROUND_HALF_UP)
          .toFixed(1),
  };
}
