/** The kinds of thing a price list sells (DOMAIN.md: catalogue and price list). */
export const ITEM_TYPES = [
  'module',
  'user_licence',
  'implementation',
  'training',
  'maintenance',
  'hardware',
  'third_party',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** VAT rates a general taxpayer uses, in basis points (1300 = 13 %). */
export const VAT_RATES_BP = [1300, 900, 600, 300, 0] as const;
export type VatRateBp = (typeof VAT_RATES_BP)[number];

export function isVatRateBp(value: number): value is VatRateBp {
  return (VAT_RATES_BP as readonly number[]).includes(value);
}

/** 2000 bp off = the rep may sell at 80 % = 8折. */
export function discountBpToZhe(bp: number): string {
  const zhe = (10000 - bp) / 1000;
  return `${Number.isInteger(zhe) ? zhe : zhe.toFixed(2).replace(/0+$/, '')}折`;
}
