import type { MilestoneInput, QuoteDiscount, QuoteInput, QuoteSectionInput } from './types';

/**
 * A quote as it is stored and edited: the commercial content of one revision. Catalogue lines
 * capture everything they took from the price list (code, name, spec, unit, list price, cost, VAT
 * rate, floor and the version they came from), so a quote never changes when the list changes.
 * All amounts integer fen, rates and discounts integer basis points, quantities decimal strings.
 */

export type VatMode = 'inclusive' | 'exclusive';

export interface QuoteLine {
  id: string;
  sectionId: string;
  /** 'catalogue' lines come from the price list; 'custom' lines are typed in and need a reason. */
  kind: 'catalogue' | 'custom';
  code: string;
  name: string;
  spec: string;
  unit: string;
  /** The price-list version the line was taken from (label kept even if the version goes away). */
  priceVersionId: number | null;
  priceVersionLabel: string;
  /** List unit price in fen, in the quote's VAT mode. */
  unitPriceFen: number;
  /** Per unit, tax-exclusive; internal. */
  costFen: number | null;
  vatRateBp: number;
  /** The largest discount a rep may give alone (最低折扣), captured from the list. */
  floorDiscountBp: number;
  quantity: string;
  discountBp: number;
  unitPriceOverrideFen: number | null;
  optional: boolean;
  /** Why a custom line exists (required for custom lines). */
  customReason: string;
}

export interface QuoteContent {
  title: string;
  customerId: number | null;
  vatMode: VatMode;
  /** ISO date (YYYY-MM-DD). */
  validUntil: string;
  sections: QuoteSectionInput[];
  lines: QuoteLine[];
  discount: QuoteDiscount;
  milestones: MilestoneInput[];
  /** Terms, one clause per paragraph (blank lines separate nothing; each line is one clause). */
  terms: string;
  notes: string;
}

/** The pricing engine's view of a quote's content. */
export function toPricingInput(content: QuoteContent): QuoteInput {
  return {
    vatMode: content.vatMode,
    sections: content.sections,
    discount: content.discount,
    milestones: content.milestones,
    lines: content.lines.map((line) => ({
      id: line.id,
      sectionId: line.sectionId,
      unitPriceFen: line.unitPriceFen,
      quantity: line.quantity,
      discountBp: line.discountBp,
      unitPriceOverrideFen: line.unitPriceOverrideFen,
      vatRateBp: line.vatRateBp,
      costFen: line.costFen,
      optional: line.optional,
    })),
  };
}

/** Terms text → clauses: one per non-empty line, leading numbering ("1." "1、" "（1）") removed. */
export function termClauses(terms: string): string[] {
  return terms
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(\d+[.、．]|[（(]\d+[）)])\s*/, ''))
    .filter((line) => line !== '');
}
