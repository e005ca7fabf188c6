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
 * The quote pricing engine (DOMAIN.md "Money rules"). Pure: integer fen in, integer fen out.
 * Quantities are parsed exactly into hundredths; every product and quotient is exact integer
 * arithmetic (BigInt — never binary floating point), and every rounding is half-up to
 * the fen.
 *
 * Errors are PricingError with `field` naming the offending input: 'discount', 'milestones',
 * 'sections', or `lines[i].<property>` (i = index in input.lines).
 *
 * Limitation: a 'targetTotal' whole-quote discount is supported only in 'inclusive' mode. In
 * 'exclusive' mode the discount is taken off net amounts and VAT is then rounded per line, so an
 * exact gross total is not reachable in general; priceQuote throws PricingError('discount').
 */

const BP = 10_000;

/**
 * round half-up (ties away from zero, like Decimal.ROUND_HALF_UP) of a × b / d, in exact integer
 * arithmetic (BigInt): the hot path of a 1,000-line quote, where it is ~10× faster than
 * decimal.js and just as exact. Inputs are integers (fen, bp, hundredths); d > 0.
 */
function mulDiv(a: bigint, b: bigint, d: bigint): number {
  const product = a * b;
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (2n * magnitude + d) / (2n * d);
  return Number(negative ? -rounded : rounded);
}

const BP_N = 10_000n;

function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;
}

function isBp(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= BP;
}

/**
 * A quantity as typed ("12", "0.5", "45.50") in exact hundredths (1200n, 50n, 4550n): digits only,
 * at most 2 decimals (trailing zeros do not count), above 0 and at most 1,000,000,000.
 */
function parseQuantity(text: string, field: string): bigint {
  const match = typeof text === 'string' ? /^(\d+)(?:\.(\d+))?$/.exec(text.trim()) : null;
  if (!match) throw new PricingError(field, `Quantity "${String(text)}" is not a number`);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) throw new PricingError(field, `Quantity "${text}" has more than 2 decimals`);
  const value = BigInt(match[1] ?? '0') * 100n + BigInt(fraction.padEnd(2, '0'));
  if (value <= 0n) throw new PricingError(field, `Quantity "${text}" must be greater than 0`);
  if (value > 100_000_000_000n) throw new PricingError(field, `Quantity "${text}" is too large`);
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
  const q = parseQuantity(line.quantity, at('quantity'));
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

  const unit = BigInt(line.unitPriceFen);

  const listAmountFen = mulDiv(unit, q, 100n);
  let lineAmountFen: number;
  let impliedDiscountBp: number;
  if (override === null) {
    lineAmountFen = mulDiv(unit * q, BP_N - BigInt(line.discountBp), 100n * BP_N);
    impliedDiscountBp = line.discountBp;
  } else {
    lineAmountFen = mulDiv(BigInt(override), q, 100n);
    impliedDiscountBp = line.unitPriceFen === 0 ? 0 : mulDiv(unit - BigInt(override), BP_N, unit);
  }
  const costFen = line.costFen === null ? null : mulDiv(BigInt(line.costFen), q, 100n);
  return { input: line, listAmountFen, lineAmountFen, impliedDiscountBp, costFen };
}

/** The whole-quote discount in fen, given the undiscounted total of the non-optional lines. */
function requestedDiscountFen(discount: QuoteDiscount, baseFen: number, vatMode: QuoteInput['vatMode']): number {
  switch (discount.kind) {
    case 'none':
      return 0;
    case 'percent':
      if (!isBp(discount.bp)) throw new PricingError('discount', 'Discount must be 0–10000 bp');
      return mulDiv(BigInt(baseFen), BigInt(discount.bp), BP_N);
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
  // exact share = totalFen × amount / base = floor + remainder / base; compare remainders as integers.
  const total = BigInt(totalFen);
  const denominator = BigInt(base);
  const shares = amounts.map((amount, index) => {
    const numerator = total * BigInt(amount);
    return { index, fen: Number(numerator / denominator), remainder: numerator % denominator };
  });
  let left = totalFen - shares.reduce((sum, share) => sum + share.fen, 0);
  const order = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : b.remainder > a.remainder ? 1 : -1,
  );
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
        : Math.min(mulDiv(BigInt(totalFen), BigInt(m.percentBp), BP_N), totalFen - assigned);
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
      netFen = mulDiv(BigInt(finalAmountFen), BP_N, BigInt(BP + rate));
      taxFen = grossFen - netFen;
    } else {
      netFen = finalAmountFen;
      taxFen = mulDiv(BigInt(finalAmountFen), BigInt(rate), BP_N);
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
    marginBp = mulDiv(BigInt(totalNetFen - totalCost), BP_N, BigInt(totalNetFen));
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
