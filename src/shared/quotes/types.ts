/**
 * Input and output shapes of the quote pricing engine (see pricing.ts). All amounts are integer
 * fen; rates and percentages are integer basis points (1300 = 13 %).
 */

export interface QuoteLineInput {
  id: string;
  sectionId: string;
  /** Unit price in fen as the list gives it (tax-inclusive when vatMode is 'inclusive'). */
  unitPriceFen: number;
  /** Quantity with up to 2 decimals, as a decimal string ("0.5", "12"). */
  quantity: string;
  /** Line discount in basis points (1500 = 15 % off), 0..10000; ignored when unitPriceOverrideFen is set. */
  discountBp: number;
  /** A price the rep typed instead of a discount; the implied discount is reported. */
  unitPriceOverrideFen: number | null;
  vatRateBp: number;
  /** Per unit, tax-exclusive. */
  costFen: number | null;
  /** Shown, not in totals. */
  optional: boolean;
}

export interface QuoteSectionInput {
  id: string;
  title: string;
}

/**
 * A whole-quote discount (整单优惠). 'targetTotal' is what the customer pays (抹零); it is only
 * supported in 'inclusive' mode — see priceQuote.
 */
export type QuoteDiscount =
  { kind: 'none' } | { kind: 'percent'; bp: number } | { kind: 'targetTotal'; totalFen: number };

/** Payment milestone; percentBp of all milestones must sum to 10000. */
export interface MilestoneInput {
  id: string;
  label: string;
  percentBp: number;
}

export interface QuoteInput {
  vatMode: 'inclusive' | 'exclusive';
  sections: QuoteSectionInput[];
  lines: QuoteLineInput[];
  discount: QuoteDiscount;
  milestones: MilestoneInput[];
}

export interface PricedLine {
  id: string;
  sectionId: string;
  optional: boolean;
  /** unit × qty before any discount, rounded. */
  listAmountFen: number;
  /** After the line discount (or override). */
  lineAmountFen: number;
  /** From the override, else discountBp; rounded half-up to the bp (negative for a mark-up). */
  impliedDiscountBp: number;
  /** Share of the whole-quote discount; 0 for optional lines. */
  allocatedDiscountFen: number;
  /** lineAmount − allocated. Gross in 'inclusive' mode, net in 'exclusive' mode. */
  finalAmountFen: number;
  netFen: number;
  taxFen: number;
  grossFen: number;
  /** Unit cost × qty, rounded; null when the line has no cost. */
  costFen: number | null;
}

export interface PricedSection {
  id: string;
  title: string;
  /** Sum of finalAmountFen of the non-optional lines. */
  subtotalFen: number;
}

export interface VatSummaryRow {
  vatRateBp: number;
  netFen: number;
  taxFen: number;
  grossFen: number;
}

export interface PricedMilestone {
  id: string;
  label: string;
  percentBp: number;
  amountFen: number;
}

export interface PricedQuote {
  lines: PricedLine[];
  sections: PricedSection[];
  listTotalFen: number;
  /** listTotal − sum of final amounts, non-optional lines. */
  discountTotalFen: number;
  totalNetFen: number;
  totalTaxFen: number;
  totalGrossFen: number;
  /** = totalGrossFen in both modes: what the customer pays. */
  totalFen: number;
  /** Non-optional lines grouped by rate, sorted by rate descending. */
  vatSummary: VatSummaryRow[];
  milestones: PricedMilestone[];
  /** (totalNet − totalCost) / totalNet in bp; null when a non-optional line lacks cost or net is 0. */
  marginBp: number | null;
}

export class PricingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PricingError';
  }
}
