import { formatYuan } from '../../../../shared/money';

/** Charts plot yuan (fen / 100, exact for display); every label and table shows the fen figure. */
export function yuanOf(fen: number): number {
  return fen / 100;
}

/** A charted yuan value back as the exact ¥ text (the value was fen / 100, so × 100 is whole). */
export function chartYuan(value: number): string {
  return formatYuan(Math.round(value * 100));
}
