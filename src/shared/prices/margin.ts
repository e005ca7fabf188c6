import Decimal from 'decimal.js';

/**
 * Margin at list price, internal only (DOMAIN.md): (net revenue − cost) / net revenue, where
 * net revenue is the price without VAT. Cost is kept without VAT. Returns basis points
 * (3250 = 32.50 %), rounded half-up, or null when the cost is unknown or the price is zero.
 */
export function marginBp(
  priceFen: number,
  costFen: number | null,
  vatRateBp: number,
  pricesIncludeVat: boolean,
): number | null {
  if (costFen === null || priceFen === 0) return null;
  const net = pricesIncludeVat
    ? new Decimal(priceFen)
        .times(10000)
        .dividedBy(10000 + vatRateBp)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    : new Decimal(priceFen);
  if (net.isZero()) return null;
  return net.minus(costFen).dividedBy(net).times(10000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
