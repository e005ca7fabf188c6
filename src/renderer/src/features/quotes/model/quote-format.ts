import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { formatPercentBp } from '../../../../../shared/money';
import { discountBpToZhe } from '../../../../../shared/prices/catalogue';
import type { QuoteState } from '../../../../../shared/quotes/lifecycle';

/** Badge colour of each state: grey while drafting, yellow waiting, green done, red lost. */
export const STATE_COLOR: Record<QuoteState, string> = {
  draft: 'gray',
  pending: 'yellow',
  approved: 'teal',
  sent: 'indigo',
  accepted: 'green',
  lost: 'red',
  expired: 'dark',
};

/** "BJ-2026-0001-A". */
export function quoteRef(quote: Pick<QuoteDetail, 'number' | 'revision'>): string {
  return `${quote.number}-${quote.revision}`;
}

/** "15%（8.5折）" in Chinese, "15%" in English; '' for no discount. */
export function discountText(bp: number, language: string): string {
  if (bp === 0) return '';
  const percent = formatPercentBp(bp);
  if (!language.startsWith('zh') || bp < 0 || bp > 10_000) return percent;
  return `${percent}（${discountBpToZhe(bp)}）`;
}

/** One approval reason in the user's language (shared with the CLI). */
export { reasonText } from '../../../../../shared/quotes/approval';

/** A date (YYYY-MM-DD or ISO time) as the UI language writes dates. */
export function formatDate(iso: string, language: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** Percent as an editable text: 1500 → "15", 1250 → "12.5". */
export function percentInputText(bp: number): string {
  return String(bp / 100);
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
