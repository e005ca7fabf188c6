import Decimal from 'decimal.js';

/**
 * Money is integer fen everywhere it is stored or summed; this module turns fen into the text
 * people read and parses what they type (or what a spreadsheet holds) back into fen, exactly.
 */

export type MoneyProblem = 'notNumber' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type ParsedMoney = { ok: true; fen: number } | { ok: false; problem: MoneyProblem };

/** Amounts must stay below 1 万亿 yuan (in fen; far below Number.MAX_SAFE_INTEGER), as 大写 does. */
export const MAX_FEN = 100_000_000_000_000;

/**
 * Parses a decimal yuan amount already cleaned of ¥ and separators ("1200", "1288.5").
 * More than two decimals is an error, never silently rounded: a price list is exact.
 */
export function parseYuan(text: string): ParsedMoney {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return { ok: false, problem: 'notNumber' };
  const value = new Decimal(trimmed);
  if (value.isNegative() && !value.isZero()) return { ok: false, problem: 'negative' };
  if (value.decimalPlaces() > 2) return { ok: false, problem: 'tooManyDecimals' };
  const fen = value.times(100);
  if (fen.greaterThanOrEqualTo(MAX_FEN)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, fen: fen.toNumber() };
}

/** 6800000 → "68000.00": plain decimal yuan, for inputs and exports. */
export function fenToYuanText(fen: number): string {
  return new Decimal(fen).dividedBy(100).toFixed(2);
}

/** 6800000 → "¥68,000.00" (or "68,000.00" without the symbol). */
export function formatYuan(fen: number, options: { symbol?: boolean } = {}): string {
  const [whole = '0', cents = '00'] = new Decimal(fen).abs().dividedBy(100).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = fen < 0 ? '-' : '';
  return `${sign}${options.symbol === false ? '' : '¥'}${grouped}.${cents}`;
}

/** A basis-point percentage (1350 = 13.50 %) as "13.5%"; with `decimals`, always that many ("13.50%"). */
export function formatPercentBp(bp: number, decimals?: number): string {
  const value = new Decimal(bp).dividedBy(100);
  return `${decimals === undefined ? value.toString() : value.toFixed(decimals)}%`;
}

/**
 * A percentage as a person types it in a form ("15", "12.5", "0.75", "15%") → basis points
 * (1500, 1250, 75), exactly; null when it is not 0–100 with at most 2 decimals.
 */
export function parsePercentInput(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(
    text
      .trim()
      .replace(/[%％]$/, '')
      .trim(),
  );
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** Basis points as the text a form shows: 1500 → "15", 1250 → "12.5", 75 → "0.75". */
export function bpToPercentInput(bp: number): string {
  return new Decimal(bp).dividedBy(100).toString();
}
