import type { Locale } from '../locale';
import { rmbCapital } from '../rmb-capital';
import { priceQuote } from './pricing';
import { termClauses, toPricingInput, type QuoteContent, type VatMode } from './quote';
import type { PricedMilestone, QuoteDiscount, VatSummaryRow } from './types';

/**
 * Everything a quote document shows, computed once: the .xlsx, .docx and .pdf renderers read only
 * this, so the three files cannot disagree. Money is integer fen, rates basis points. Internal
 * figures (cost, margin, floors) are deliberately absent: nothing here may be withheld from a
 * customer.
 */

export interface QuoteDocumentParty {
  name: string;
  contact: string;
  phone: string;
  email: string;
  address: string;
  taxId: string;
}

export interface QuoteDocumentCompany extends QuoteDocumentParty {
  website: string;
  bankName: string;
  bankAccount: string;
  logo: { mime: 'image/png' | 'image/jpeg'; bytes: Uint8Array } | null;
}

export interface QuoteDocumentLine {
  /** Running number across the document, optional lines included ("1", "2", …). */
  no: string;
  code: string;
  name: string;
  spec: string;
  unit: string;
  /** Decimal string with up to 2 decimals ("0.5", "12"). */
  quantity: string;
  /** List unit price (in the quote's VAT mode). */
  unitPriceFen: number;
  /** Set when the rep typed a price; the line amount is then round(override × quantity). */
  unitPriceOverrideFen: number | null;
  /** The line discount (implied by the override when there is one). */
  discountBp: number;
  /** round(unit × qty × (1 − discount)), or round(override × qty). */
  lineAmountFen: number;
  /** This line's share of the whole-quote discount (largest remainder; 0 on optional lines). */
  allocatedDiscountFen: number;
  /** lineAmount − allocated: the amount in the quote's VAT mode. */
  finalAmountFen: number;
  vatRateBp: number;
  netFen: number;
  taxFen: number;
  grossFen: number;
  /** Shown, not counted in any total. */
  optional: boolean;
  /** A line typed in rather than taken from the price list. */
  custom: boolean;
}

export interface QuoteDocumentSection {
  title: string;
  /** Sum of finalAmountFen of its non-optional lines. */
  subtotalFen: number;
  lines: QuoteDocumentLine[];
}

export interface QuoteDocument {
  locale: Locale;
  /** Not approved: every page carries a 草稿 / DRAFT watermark. */
  draft: boolean;
  company: QuoteDocumentCompany;
  customer: QuoteDocumentParty;
  quote: {
    /** "BJ-2026-0001" */
    number: string;
    /** "A", "B", … */
    revision: string;
    title: string;
    /** ISO dates. */
    issueDate: string;
    validUntil: string;
    vatMode: VatMode;
    /** Price-list versions the lines came from, e.g. "2026 标准价". */
    priceVersions: string[];
    preparedBy: string;
    /** Who approved it and when ("张经理 2026-12-07"), or '' when it needed no one's approval or has none. */
    approvedBy: string;
  };
  sections: QuoteDocumentSection[];
  totals: {
    /** Undiscounted total of the counted lines. */
    listTotalFen: number;
    /** Sum of the line amounts before the whole-quote discount (in the quote's VAT mode). */
    linesTotalFen: number;
    wholeDiscount: QuoteDiscount;
    /** The whole-quote discount actually taken (sum of the allocations), in the quote's VAT mode. */
    wholeDiscountFen: number;
    /** listTotal − sum of final amounts: all discounts together, in the quote's VAT mode. */
    discountTotalFen: number;
    netFen: number;
    taxFen: number;
    /** What the customer pays (gross, in both modes). */
    totalFen: number;
    /** 人民币大写 of totalFen. */
    totalCapital: string;
  };
  vatSummary: VatSummaryRow[];
  milestones: PricedMilestone[];
  /** Numbered clauses. */
  terms: string[];
  notes: string;
}

export interface QuoteDocumentSource {
  locale: Locale;
  approved: boolean;
  company: QuoteDocumentCompany;
  customer: QuoteDocumentParty;
  number: string;
  revision: string;
  issueDate: string;
  preparedBy: string;
  /** The recorded approval, if any. */
  approval?: { by: string; at: string } | null;
  content: QuoteContent;
}

/** The local calendar date of an ISO timestamp. */
function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Prices the quote and lays it out for the renderers. Throws PricingError on invalid content. */
export function buildQuoteDocument(source: QuoteDocumentSource): QuoteDocument {
  const { content } = source;
  const priced = priceQuote(toPricingInput(content));
  const pricedById = new Map(priced.lines.map((line) => [line.id, line]));
  let running = 0;
  const sections: QuoteDocumentSection[] = priced.sections.map((section) => ({
    title: section.title,
    subtotalFen: section.subtotalFen,
    lines: content.lines
      .filter((line) => line.sectionId === section.id)
      .map((line) => {
        const p = pricedById.get(line.id);
        if (!p) throw new Error(`Line ${line.id} was not priced`);
        running += 1;
        return {
          no: String(running),
          code: line.code,
          name: line.name,
          spec: line.spec,
          unit: line.unit,
          quantity: line.quantity,
          unitPriceFen: line.unitPriceFen,
          unitPriceOverrideFen: line.unitPriceOverrideFen,
          discountBp: p.impliedDiscountBp,
          lineAmountFen: p.lineAmountFen,
          allocatedDiscountFen: p.allocatedDiscountFen,
          finalAmountFen: p.finalAmountFen,
          vatRateBp: line.vatRateBp,
          netFen: p.netFen,
          taxFen: p.taxFen,
          grossFen: p.grossFen,
          optional: line.optional,
          custom: line.kind === 'custom',
        };
      }),
  }));
  const linesTotalFen = priced.lines.filter((l) => !l.optional).reduce((sum, l) => sum + l.lineAmountFen, 0);
  const priceVersions = [...new Set(content.lines.map((l) => l.priceVersionLabel).filter((label) => label !== ''))];
  return {
    locale: source.locale,
    draft: !source.approved,
    company: source.company,
    customer: source.customer,
    quote: {
      number: source.number,
      revision: source.revision,
      title: content.title,
      issueDate: source.issueDate,
      validUntil: content.validUntil,
      vatMode: content.vatMode,
      priceVersions,
      preparedBy: source.preparedBy,
      approvedBy: source.approved && source.approval ? `${source.approval.by} ${localDate(source.approval.at)}` : '',
    },
    sections,
    totals: {
      listTotalFen: priced.listTotalFen,
      linesTotalFen,
      wholeDiscount: content.discount,
      wholeDiscountFen: priced.lines.reduce((sum, l) => sum + l.allocatedDiscountFen, 0),
      discountTotalFen: priced.discountTotalFen,
      netFen: priced.totalNetFen,
      taxFen: priced.totalTaxFen,
      totalFen: priced.totalFen,
      totalCapital: rmbCapital(priced.totalFen),
    },
    vatSummary: priced.vatSummary,
    milestones: priced.milestones,
    terms: termClauses(content.terms),
    notes: content.notes,
  };
}
