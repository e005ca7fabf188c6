import Decimal from 'decimal.js';
import type { QuoteLine, VatMode } from './quote';

/** What a quote line takes from a price-list item (the fields of PriceItem it needs). */
export interface CatalogueItem {
  code: string;
  name: string;
  spec: string;
  unit: string;
  versionId: number;
  priceFen: number;
  costFen: number | null;
  vatRateBp: number;
  floorDiscountBp: number;
}

/**
 * A list price in another VAT mode: inclusive → exclusive is round half-up(P / (1 + r)),
 * exclusive → inclusive is P + round half-up(P × r) (DOMAIN.md money rules).
 */
export function unitPriceInMode(priceFen: number, vatRateBp: number, from: VatMode, to: VatMode): number {
  if (from === to) return priceFen;
  const price = new Decimal(priceFen);
  if (from === 'inclusive') {
    return price
      .times(10_000)
      .dividedBy(10_000 + vatRateBp)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      .toNumber();
  }
  return priceFen + price.times(vatRateBp).dividedBy(10_000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * A new quote line for a price-list item: it captures code, name, spec, unit, price, cost, VAT
 * rate, floor and the version, so the quote never changes when the list changes later.
 */
export function lineFromItem(
  item: CatalogueItem,
  options: {
    id: string;
    sectionId: string;
    versionLabel: string;
    quantity?: string;
    listVatMode: VatMode;
    quoteVatMode: VatMode;
  },
): QuoteLine {
  return {
    id: options.id,
    sectionId: options.sectionId,
    kind: 'catalogue',
    code: item.code,
    name: item.name,
    spec: item.spec,
    unit: item.unit,
    priceVersionId: item.versionId,
    priceVersionLabel: options.versionLabel,
    unitPriceFen: unitPriceInMode(item.priceFen, item.vatRateBp, options.listVatMode, options.quoteVatMode),
    costFen: item.costFen,
    vatRateBp: item.vatRateBp,
    floorDiscountBp: item.floorDiscountBp,
    quantity: options.quantity ?? '1',
    discountBp: 0,
    unitPriceOverrideFen: null,
    optional: false,
    customReason: '',
  };
}

/** Short unique ids for lines, sections and milestones (unique within a quote is enough). */
export function newLocalId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
