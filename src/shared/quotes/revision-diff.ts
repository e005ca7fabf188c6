import type { QuoteContent, QuoteLine } from './quote';
import type { PricedLine, PricedQuote, QuoteDiscount } from './types';

/**
 * What changed commercially between two revisions of a quote: lines added and removed, line
 * quantities, prices and discounts, the whole-quote discount, totals, milestones, validity and
 * terms. Lines are matched by id (a revision copies its lines' ids), so a changed quantity is a
 * change, not a removal plus an addition.
 */

export interface LineSnapshot {
  id: string;
  code: string;
  name: string;
  quantity: string;
  unitPriceFen: number;
  unitPriceOverrideFen: number | null;
  discountBp: number;
  optional: boolean;
  finalAmountFen: number;
}

export type LineField = 'quantity' | 'unitPrice' | 'override' | 'discount' | 'optional' | 'amount';

export interface LineChange {
  before: LineSnapshot;
  after: LineSnapshot;
  fields: LineField[];
}

export interface MilestoneChange {
  label: string;
  beforePercentBp: number | null;
  afterPercentBp: number | null;
  beforeAmountFen: number | null;
  afterAmountFen: number | null;
}

export interface RevisionDiff {
  added: LineSnapshot[];
  removed: LineSnapshot[];
  changed: LineChange[];
  discount: { before: QuoteDiscount; after: QuoteDiscount } | null;
  totals: {
    listTotal: { before: number; after: number };
    discountTotal: { before: number; after: number };
    totalNet: { before: number; after: number };
    totalTax: { before: number; after: number };
    total: { before: number; after: number };
  };
  milestones: MilestoneChange[];
  validUntil: { before: string; after: string } | null;
  vatMode: { before: string; after: string } | null;
  termsChanged: boolean;
  /** Nothing of commercial weight differs. */
  unchanged: boolean;
}

function snapshot(line: QuoteLine, priced: PricedLine | undefined): LineSnapshot {
  return {
    id: line.id,
    code: line.code,
    name: line.name,
    quantity: line.quantity,
    unitPriceFen: line.unitPriceFen,
    unitPriceOverrideFen: line.unitPriceOverrideFen,
    discountBp: priced?.impliedDiscountBp ?? line.discountBp,
    optional: line.optional,
    finalAmountFen: priced?.finalAmountFen ?? 0,
  };
}

function sameQuantity(a: string, b: string): boolean {
  return Number(a) === Number(b) || a === b;
}

function sameDiscount(a: QuoteDiscount, b: QuoteDiscount): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffRevisions(
  before: { content: QuoteContent; priced: PricedQuote },
  after: { content: QuoteContent; priced: PricedQuote },
): RevisionDiff {
  const pricedBefore = new Map(before.priced.lines.map((l) => [l.id, l]));
  const pricedAfter = new Map(after.priced.lines.map((l) => [l.id, l]));
  const afterById = new Map(after.content.lines.map((l) => [l.id, l]));
  const beforeIds = new Set(before.content.lines.map((l) => l.id));

  const removed: LineSnapshot[] = [];
  const changed: LineChange[] = [];
  for (const line of before.content.lines) {
    const next = afterById.get(line.id);
    const a = snapshot(line, pricedBefore.get(line.id));
    if (!next) {
      removed.push(a);
      continue;
    }
    const b = snapshot(next, pricedAfter.get(next.id));
    const fields: LineField[] = [];
    if (!sameQuantity(a.quantity, b.quantity)) fields.push('quantity');
    if (a.unitPriceFen !== b.unitPriceFen) fields.push('unitPrice');
    if (a.unitPriceOverrideFen !== b.unitPriceOverrideFen) fields.push('override');
    if (a.discountBp !== b.discountBp) fields.push('discount');
    if (a.optional !== b.optional) fields.push('optional');
    if (a.finalAmountFen !== b.finalAmountFen) fields.push('amount');
    if (fields.length > 0) changed.push({ before: a, after: b, fields });
  }
  const added = after.content.lines
    .filter((line) => !beforeIds.has(line.id))
    .map((line) => snapshot(line, pricedAfter.get(line.id)));

  const milestones: MilestoneChange[] = [];
  const count = Math.max(before.priced.milestones.length, after.priced.milestones.length);
  for (let i = 0; i < count; i += 1) {
    const m0 = before.priced.milestones[i];
    const m1 = after.priced.milestones[i];
    if (m0 && m1 && m0.label === m1.label && m0.percentBp === m1.percentBp && m0.amountFen === m1.amountFen) continue;
    milestones.push({
      label: m1?.label ?? m0?.label ?? '',
      beforePercentBp: m0?.percentBp ?? null,
      afterPercentBp: m1?.percentBp ?? null,
      beforeAmountFen: m0?.amountFen ?? null,
      afterAmountFen: m1?.amountFen ?? null,
    });
  }

  const pair = (pick: (p: PricedQuote) => number) => ({ before: pick(before.priced), after: pick(after.priced) });
  const totals = {
    listTotal: pair((p) => p.listTotalFen),
    discountTotal: pair((p) => p.discountTotalFen),
    totalNet: pair((p) => p.totalNetFen),
    totalTax: pair((p) => p.totalTaxFen),
    total: pair((p) => p.totalFen),
  };
  const discount = sameDiscount(before.content.discount, after.content.discount)
    ? null
    : { before: before.content.discount, after: after.content.discount };
  const validUntil =
    before.content.validUntil === after.content.validUntil
      ? null
      : { before: before.content.validUntil, after: after.content.validUntil };
  const vatMode =
    before.content.vatMode === after.content.vatMode
      ? null
      : { before: before.content.vatMode, after: after.content.vatMode };
  const termsChanged = before.content.terms.trim() !== after.content.terms.trim();
  const unchanged =
    added.length === 0 &&
    removed.length === 0 &&
    changed.length === 0 &&
    discount === null &&
    milestones.length === 0 &&
    validUntil === null &&
    vatMode === null &&
    !termsChanged &&
    Object.values(totals).every((t) => t.before === t.after);
  return { added, removed, changed, discount, totals, milestones, validUntil, vatMode, termsChanged, unchanged };
}
