import type { TFunction } from 'i18next';
import type { PriceItem, PriceListVersion } from '../../../../shared/api/prices';
import { formatPercentBp, formatYuan } from '../../../../shared/money';
import { discountBpToZhe } from '../../../../shared/prices/catalogue';
import { marginBp } from '../../../../shared/prices/margin';

/** Price lists are tax-inclusive: margin is taken on the list price without VAT. */
export const PRICES_INCLUDE_VAT = true;

export function itemMarginBp(item: Pick<PriceItem, 'priceFen' | 'costFen' | 'vatRateBp'>): number | null {
  return marginBp(item.priceFen, item.costFen, item.vatRateBp, PRICES_INCLUDE_VAT);
}

/** 2000 → "8折" in Chinese, "20% off" in English; 0 → none. */
export function floorDiscountText(bp: number, t: TFunction): string {
  if (bp === 0) return t('prices.table.none');
  return t('prices.table.floorDiscount', { zhe: discountBpToZhe(bp), percent: formatPercentBp(bp) });
}

/** A margin in basis points as "32.50%"; em dash when unknown. */
export function marginText(bp: number | null): string {
  // Margins line up in the column: always two decimals.
  return bp === null ? '—' : formatPercentBp(bp, 2);
}

/** Red below zero, orange when thin, else quiet. */
export function marginColor(bp: number | null): string | undefined {
  if (bp === null) return 'dimmed';
  if (bp < 0) return 'red.7';
  if (bp < 1500) return 'orange.7';
  return undefined;
}

export function costText(costFen: number | null): string {
  return costFen === null ? '—' : formatYuan(costFen);
}

/** "+¥1,200.00" / "-¥300.00": a signed change. */
export function signedYuan(fen: number): string {
  return fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen);
}

/** "5.00" → "+5.00%", "-12.50" → "-12.50%". */
export function signedPercent(percent: string | null): string {
  if (percent === null) return '—';
  return percent.startsWith('-') || /^0(\.0+)?$/.test(percent) ? `${percent}%` : `+${percent}%`;
}

/** Up is red, down is green (a price rise is what the customer notices). */
export function deltaColor(fen: number): string | undefined {
  if (fen > 0) return 'red.7';
  if (fen < 0) return 'green.7';
  return undefined;
}

/** The version to open on: the one quotes use today, else the newest. */
export function defaultVersionId(versions: PriceListVersion[]): number | null {
  return (versions.find((v) => v.isCurrent) ?? versions[0])?.id ?? null;
}

/** Today as YYYY-MM-DD in local time (effective dates are calendar dates). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
