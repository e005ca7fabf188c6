import Decimal from 'decimal.js';
import { MAX_FEN } from '../money';
import {
  PricingError,
  type PricedLine,
  type PricedMilestone,
  type PricedQuote,
  type PricedSection,
  type QuoteDiscount,
  type QuoteInput,
  type QuoteLineInput,
  type VatSummaryRow,
} from './types';

export * from './types';

/**
 * The quote pricing engine (DOMAIN.md "Money rules"). Pure: integer fen in, integer fen out; every
 * multiplication and division goes through decimal.js with enough precision to be exact, and every
 * rounding is half-up to the fen.
 *
 * Errors are PricingError with `field` naming the offending input: 'discount', 'milestones',
 * 'sections', or `lines[i].<property>` (i = index in input.lines).
 *
 * Limitation: a 'targetTotal' whole-quote discount is supported only in 'inclusive' mode. In
 * 'exclusive' mode the discount is taken off net amounts and VAT is then rounded per line, so an
 * exact gross total is not reachable in general; priceQuote throws PricingError('discount').
 */

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const BP = 10_000;

function roundHalfUp(value: Decimal): number {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;
}

function isBp(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= BP;
}

function parseQuantity(text: string, field: string): Decimal {
  if (typeof text !== 'string' || !/^\d+(\.\d+)?$/.test(text.trim())) {
    throw new PricingError(field, `Quantity "${String(text)}" is not a number`);
  }
  const value = new D(text.trim());
  if (value.decimalPlaces() > 2) {
    throw new PricingError(field, `Quantity "${text}" has more than 2 decimals`);
  }
  if (value.lessThanOrEqualTo(0)) {
    throw new PricingError(field, `Quantity "${text}" must be greater than 0`);
  }
  if (value.greaterThan(1_000_000_000)) {
    throw new PricingError(field, `Quantity "${text}" is too large`);
  }
  return value;
}

interface PreparedLine {
  input: QuoteLineInput;
  listAmountFen: number;
  lineAmountFen: number;
  impliedDiscountBp: number;
  costFen: number | null;
}

function prepareLine(line: QuoteLineInput, index: number, sectionIds: Set<string>): PreparedLine {
  const at = (property: string): string => `lines[${index}].${property}`;
  if (!sectionIds.has(line.sectionId)) {
    throw new PricingError(at('sectionId'), `Unknown section "${line.sectionId}"`);
  }
  if (!isFen(line.unitPriceFen)) {
    throw new PricingError(at('unitPriceFen'), 'Unit price must be a whole number of fen ≥ 0');
  }
  const quantity = parseQuantity(line.quantity, at('quantity'));
  if (!isBp(line.discountBp)) {
    throw new PricingError(at('discountBp'), 'Line discount must be 0–10000 bp');
  }
  const override = line.unitPriceOverrideFen;
  if (override !== null && !isFen(override)) {
    throw new PricingError(at('unitPriceOverrideFen'), 'Override price must be a whole number of fen ≥ 0');
  }
  if (!isBp(line.vatRateBp)) {
    throw new PricingError(at('vatRateBp'), 'VAT rate must be 0–10000 bp');
  }
  if (line.costFen !== null && !isFen(line.costFen)) {
    throw new PricingError(at('costFen'), 'Cost must be a whole number of fen ≥ 0');
  }

  const unit = new D(line.unitPriceFen);
  const listAmountFen = roundHalfUp(unit.times(quantity));
  let lineAmountFen: number;
  let impliedDiscountBp: number;
  if (override === null) {
    lineAmountFen = roundHalfUp(
      unit
        .times(quantity)
        .times(BP - line.discountBp)
        .dividedBy(BP),
    );
    impliedDiscountBp = line.discountBp;
  } else {
    lineAmountFen = roundHalfUp(new D(override).times(quantity));
    impliedDiscountBp = line.unitPriceFen === 0 ? 0 : roundHalfUp(unit.minus(override).times(BP).dividedBy(unit));
  }
  const costFen = line.costFen === null ? null : roundHalfUp(new D(line.costFen).times(quantity));
  return { input: line, listAmountFen, lineAmountFen, impliedDiscountBp, costFen };
}

/** The whole-quote discount in fen, given the undiscounted total of the non-optional lines. */
function requestedDiscountFen(discount: QuoteDiscount, baseFen: number, vatMode: QuoteInput['vatMode']): number {
  switch (discount.kind) {
    case 'none':
      return 0;
    case 'percent':
      if (!isBp(discount.bp)) throw new PricingError('discount', 'Discount must be 0–10000 bp');
      return roundHalfUp(new D(baseFen).times(discount.bp).dividedBy(BP));
    case 'targetTotal':
      if (vatMode !== 'inclusive') {
        throw new PricingError('discount', 'A target total is only supported for tax-inclusive quotes');
      }
      if (!Number.isSafeInteger(discount.totalFen) || discount.totalFen < 0) {
        throw new PricingError('discount', 'Target total must be a whole number of fen ≥ 0');
      }
      if (discount.totalFen > baseFen) {
        throw new PricingError('discount', 'Target total is above the undiscounted total');
      }
      return baseFen - discount.totalFen;
  }
}

/**
 * Spreads `totalFen` over `amounts` in proportion, largest remainder to the fen, ties to the
 * earlier entry. Requires 0 ≤ totalFen ≤ sum(amounts); then no share exceeds its amount.
 */
export function allocateProportionally(totalFen: number, amounts: readonly number[]): number[] {
  const base = amounts.reduce((sum, amount) => sum + amount, 0);
  if (base === 0 || totalFen === 0) return amounts.map(() => 0);
  const shares = amounts.map((amount, index) => {
    const exact = new D(totalFen).times(amount).dividedBy(base);
    const floor = exact.floor();
    return { index, fen: floor.toNumber(), remainder: exact.minus(floor) };
  });
  let left = totalFen - shares.reduce((sum, share) => sum + share.fen, 0);
  const order = [...shares].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const share of order) {
    if (left === 0) break;
    share.fen += 1;
    left -= 1;
  }
  return shares.map((share) => share.fen);
}

/**
 * Payment milestones: each rounded half-up, the last takes the remainder. On a total of a few fen
 * the rounded shares could exceed it; a share is capped at what is left, so none goes negative.
 */
function priceMilestones(input: QuoteInput, totalFen: number): PricedMilestone[] {
  const { milestones } = input;
  if (milestones.length === 0) return [];
  if (!milestones.every((m) => isBp(m.percentBp))) {
    throw new PricingError('milestones', 'Milestone percentages must be 0–10000 bp');
  }
  const sum = milestones.reduce((total, m) => total + m.percentBp, 0);
  if (sum !== BP) throw new PricingError('milestones', 'Milestone percentages must sum to 100 %');
  let assigned = 0;
  return milestones.map((m, index) => {
    const amountFen =
      index === milestones.length - 1
        ? totalFen - assigned
        : Math.min(roundHalfUp(new D(totalFen).times(m.percentBp).dividedBy(BP)), totalFen - assigned);
    assigned += amountFen;
    return { id: m.id, label: m.label, percentBp: m.percentBp, amountFen };
  });
}

function sumOf<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((sum, item) => sum + pick(item), 0);
}

export function priceQuote(input: QuoteInput): PricedQuote {
  const sectionIds = new Set(input.sections.map((section) => section.id));
  const prepared = input.lines.map((line, index) => prepareLine(line, index, sectionIds));

  const inTotals = prepared.filter((line) => !line.input.optional);
  const baseFen = sumOf(inTotals, (line) => line.lineAmountFen);
  const discountFen = requestedDiscountFen(input.discount, baseFen, input.vatMode);
  const allocations = allocateProportionally(
    discountFen,
    inTotals.map((line) => line.lineAmountFen),
  );
  const allocationOf = new Map<PreparedLine, number>();
  inTotals.forEach((line, index) => allocationOf.set(line, allocations[index] ?? 0));

  const lines: PricedLine[] = prepared.map((line) => {
    const allocatedDiscountFen = allocationOf.get(line) ?? 0;
    const finalAmountFen = line.lineAmountFen - allocatedDiscountFen;
    const rate = line.input.vatRateBp;
    let netFen: number;
    let taxFen: number;
    let grossFen: number;
    if (input.vatMode === 'inclusive') {
      grossFen = finalAmountFen;
      netFen = roundHalfUp(new D(finalAmountFen).times(BP).dividedBy(BP + rate));
      taxFen = grossFen - netFen;
    } else {
      netFen = finalAmountFen;
      taxFen = roundHalfUp(new D(finalAmountFen).times(rate).dividedBy(BP));
      grossFen = netFen + taxFen;
    }
    return {
      id: line.input.id,
      sectionId: line.input.sectionId,
      optional: line.input.optional,
      listAmountFen: line.listAmountFen,
      lineAmountFen: line.lineAmountFen,
      impliedDiscountBp: line.impliedDiscountBp,
      allocatedDiscountFen,
      finalAmountFen,
      netFen,
      taxFen,
      grossFen,
      costFen: line.costFen,
    };
  });

  const counted = lines.filter((line) => !line.optional);
  const sections: PricedSection[] = input.sections.map((section) => ({
    id: section.id,
    title: section.title,
    subtotalFen: sumOf(
      counted.filter((line) => line.sectionId === section.id),
      (line) => line.finalAmountFen,
    ),
  }));

  const byRate = new Map<number, VatSummaryRow>();
  counted.forEach((line, index) => {
    const rate = inTotals[index]?.input.vatRateBp ?? 0;
    const row = byRate.get(rate) ?? { vatRateBp: rate, netFen: 0, taxFen: 0, grossFen: 0 };
    row.netFen += line.netFen;
    row.taxFen += line.taxFen;
    row.grossFen += line.grossFen;
    byRate.set(rate, row);
  });
  const vatSummary = [...byRate.values()].sort((a, b) => b.vatRateBp - a.vatRateBp);

  const listTotalFen = sumOf(counted, (line) => line.listAmountFen);
  const totalNetFen = sumOf(counted, (line) => line.netFen);
  const totalTaxFen = sumOf(counted, (line) => line.taxFen);
  const totalGrossFen = sumOf(counted, (line) => line.grossFen);

  let marginBp: number | null = null;
  if (totalNetFen > 0 && counted.every((line) => line.costFen !== null)) {
    const totalCost = sumOf(counted, (line) => line.costFen ?? 0);
    marginBp = roundHalfUp(new D(totalNetFen - totalCost).times(BP).dividedBy(totalNetFen));
  }

  return {
    lines,
    sections,
    listTotalFen,
    discountTotalFen: listTotalFen - sumOf(counted, (line) => line.finalAmountFen),
    totalNetFen,
    totalTaxFen,
    totalGrossFen,
    totalFen: totalGrossFen,
    vatSummary,
    milestones: priceMilestones(input, totalGrossFen),
    marginBp,
  };
}
