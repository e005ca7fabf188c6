import Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { formatPercentBp } from '../money';
import type { QuoteContent } from './quote';
import type { PricedQuote } from './types';

/**
 * Approval rules (DOMAIN.md "Quote lifecycle"): a quote needs a manager's approval when any
 * counted line is priced below its floor (最低折扣), when the margin is under the minimum, or when
 * the whole-quote discount is larger than a rep may give. Pure: the same answer on screen, in the
 * service and in the CLI.
 */

export interface ApprovalRules {
  /** Minimum margin in bp (2000 = 20 %); null = no margin rule. */
  minMarginBp: number | null;
  /** Largest whole-quote discount (整单优惠) in bp of the discounted lines' total; null = no rule. */
  maxWholeDiscountBp: number | null;
}

export const DEFAULT_APPROVAL_RULES: ApprovalRules = { minMarginBp: 3000, maxWholeDiscountBp: 500 };

export type ApprovalReason =
  | {
      kind: 'belowFloor';
      lineId: string;
      code: string;
      name: string;
      /** Total discount on the line, line discount and its share of the whole-quote discount together. */
      discountBp: number;
      floorBp: number;
    }
  | { kind: 'marginTooLow'; marginBp: number; minMarginBp: number }
  | { kind: 'wholeDiscountTooLarge'; discountBp: number; maxBp: number };

function ratioBp(part: number, whole: number): number {
  if (whole === 0) return 0;
  return new Decimal(part).times(10_000).dividedBy(whole).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Why this quote needs approval; empty when a rep may send it alone. */
export function approvalReasons(content: QuoteContent, priced: PricedQuote, rules: ApprovalRules): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  const pricedById = new Map(priced.lines.map((line) => [line.id, line]));
  for (const line of content.lines) {
    const p = pricedById.get(line.id);
    if (!p || line.optional || line.kind === 'custom' || p.listAmountFen === 0) continue;
    // What the customer gets off the list price on this line, all discounts together.
    const discountBp = ratioBp(p.listAmountFen - p.finalAmountFen, p.listAmountFen);
    if (discountBp > line.floorDiscountBp) {
      reasons.push({
        kind: 'belowFloor',
        lineId: line.id,
        code: line.code,
        name: line.name,
        discountBp,
        floorBp: line.floorDiscountBp,
      });
    }
  }
  if (rules.minMarginBp !== null && priced.marginBp !== null && priced.marginBp < rules.minMarginBp) {
    reasons.push({ kind: 'marginTooLow', marginBp: priced.marginBp, minMarginBp: rules.minMarginBp });
  }
  if (rules.maxWholeDiscountBp !== null) {
    const counted = priced.lines.filter((line) => !line.optional);
    const linesTotal = counted.reduce((sum, line) => sum + line.lineAmountFen, 0);
    const whole = counted.reduce((sum, line) => sum + line.allocatedDiscountFen, 0);
    const discountBp = ratioBp(whole, linesTotal);
    if (discountBp > rules.maxWholeDiscountBp) {
      reasons.push({ kind: 'wholeDiscountTooLarge', discountBp, maxBp: rules.maxWholeDiscountBp });
    }
  }
  return reasons;
}

/** One approval reason in the user's language: the screen, the CLI and the documents agree. */
export function reasonText(reason: ApprovalReason, t: TFunction): string {
  switch (reason.kind) {
    case 'belowFloor':
      return t('quotes.reasons.belowFloor', {
        code: reason.code,
        name: reason.name,
        discount: formatPercentBp(reason.discountBp),
        floor: formatPercentBp(reason.floorBp),
      });
    case 'marginTooLow':
      return t('quotes.reasons.marginTooLow', {
        margin: formatPercentBp(reason.marginBp),
        min: formatPercentBp(reason.minMarginBp),
      });
    case 'wholeDiscountTooLarge':
      return t('quotes.reasons.wholeDiscountTooLarge', {
        discount: formatPercentBp(reason.discountBp),
        max: formatPercentBp(reason.maxBp),
      });
  }
}
