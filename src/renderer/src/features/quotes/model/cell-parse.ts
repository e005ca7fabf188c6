import { parsePercentInput, parseYuan } from '../../../../../shared/money';
import { VAT_RATES_BP } from '../../../../../shared/prices/catalogue';

/**
 * What people type into the quote grid (or paste from Excel), read exactly. Each parser returns
 * the value to store, or the i18n key of the problem (under quoteUi.grid.errors).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const FULL_WIDTH = /[０-９．％]/g;

/** Full-width digits, 。/．, ％ and thousands separators as a spreadsheet or IME may give them. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => (c === '．' ? '.' : c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/[,，\s\u00a0]/g, '')
    .trim();
}

/** A quantity: greater than 0, up to 2 decimals, at most 1,000,000,000 ("1,200" → "1200"). */
export function parseQuantity(text: string): Parsed<string> {
  const cleaned = normaliseNumberText(text);
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned) && !/^\.\d{1,2}$/.test(cleaned)) return { ok: false, problem: 'quantity' };
  const value = Number(cleaned);
  if (!(value > 0) || value > 1_000_000_000) return { ok: false, problem: 'quantity' };
  return { ok: true, value: String(value) };
}

/** A yuan amount ("68000", "¥68,000.50") in fen. */
export function parseMoney(text: string): Parsed<number> {
  const cleaned = normaliseNumberText(text).replace(/^[¥￥]/, '');
  const parsed = parseYuan(cleaned);
  return parsed.ok ? { ok: true, value: parsed.fen } : { ok: false, problem: 'money' };
}

/** A percentage 0–100 with up to 2 decimals ("15", "12.5%") in basis points. */
export function parsePercent(text: string): Parsed<number> {
  const bp = parsePercentInput(normaliseNumberText(text));
  return bp === null ? { ok: false, problem: 'percent' } : { ok: true, value: bp };
}

/**
 * A discount as percent off ("15", "15%") or as 折 ("8.5折", "85折" = 15 % off, "7折" = 30 % off);
 * empty means none.
 */
export function parseDiscount(text: string): Parsed<number> {
  const cleaned = normaliseNumberText(text);
  if (cleaned === '') return { ok: true, value: 0 };
  const zhe = /^(\d+)(?:\.(\d{1,2}))?折$/.exec(cleaned);
  if (zhe) {
    // The share of the list price in hundredths of 折, in exact integers: "8.5折" → 850, "9折" →
    // 900, "10折" → 1000 (full price); two digits read the spoken way: "85折" = 8.5折, "87.5折" = 8.75折.
    const whole = Number(zhe[1]);
    const fraction = zhe[2] ?? '';
    let hundredths: number;
    if (whole > 10 && whole < 100) {
      if (fraction.length > 1) return { ok: false, problem: 'discount' };
      hundredths = whole * 10 + Number(fraction || '0');
    } else {
      hundredths = whole * 100 + Number(fraction.padEnd(2, '0'));
    }
    if (hundredths <= 0 || hundredths > 1000) return { ok: false, problem: 'discount' };
    return { ok: true, value: 10_000 - hundredths * 10 };
  }
  const percent = parsePercent(cleaned);
  return percent.ok ? percent : { ok: false, problem: 'discount' };
}

/** One of the VAT rates (13, 9, 6, 3, 0 — "%" optional) in basis points. */
export function parseVatRate(text: string): Parsed<number> {
  const percent = parsePercent(text);
  if (percent.ok && (VAT_RATES_BP as readonly number[]).includes(percent.value)) return percent;
  return { ok: false, problem: 'vat' };
}

/**
 * Text from the clipboard as one column of cells: rows split on newlines, the first cell of each
 * row (tab-separated, as Excel copies); a trailing empty row (Excel adds one) is dropped.
 */
export function clipboardColumn(text: string): string[] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.length > 1 && (rows[rows.length - 1] ?? '').trim() === '') rows.pop();
  return rows.map((row) => (row.split('\t')[0] ?? '').trim());
}

/** Whether pasted text is more than one cell (a column or a row from a spreadsheet). */
export function isMultiCell(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}
