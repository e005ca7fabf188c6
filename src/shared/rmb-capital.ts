import Decimal from 'decimal.js';
import { MAX_FEN } from './money';

/**
 * 人民币大写 — the amount in capital numerals as written on invoices, contracts and cheques,
 * in the People's Bank of China canonical form:
 *
 * - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a 4-digit group, 万 and 亿 after a group, then 元角分;
 * - 拾 keeps its digit (壹拾元, never 拾元);
 * - inside the integer part one 零 stands for any run of zeros between non-zero digits, also across
 *   the 万/亿 boundary; an all-zero group writes nothing (not even its unit); trailing zeros are not written;
 * - 角 = 0 and 分 ≠ 0 → 零 before 分 (when there is a 元 part); integer part ending in 0 and 角 ≠ 0 → 零 after 元;
 * - 整 after 元 or 角, never after 分; an amount below one yuan has no 元 part; zero is 人民币零元整.
 *
 * Amounts are integer fen; the range is 0 ≤ fen < 1 万亿 yuan (MAX_FEN), as everywhere in the app.
 */

export type RmbCapitalReason = 'negative' | 'tooLarge' | 'notInteger' | 'notNumber';

export class RmbCapitalError extends Error {
  readonly reason: RmbCapitalReason;

  constructor(reason: RmbCapitalReason, message: string) {
    super(message);
    this.name = 'RmbCapitalError';
    this.reason = reason;
  }
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
/** Unit of a digit by its position inside a 4-digit group (个, 拾, 佰, 仟). */
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
/** Unit written after a non-empty group, by group index (个, 万, 亿). */
const GROUP_UNITS = ['', '万', '亿'] as const;

const PREFIX = '人民币';

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/** The integer yuan part (1 ≤ yuan < 10¹²) without 元, e.g. 100010 → 壹拾万零壹拾. */
function integerCapital(yuan: number): string {
  const text = String(yuan);
  let out = '';
  let pendingZero = false;
  let groupHasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    const position = text.length - 1 - i;
    if (d === 0) {
      // Only zeros *between* non-zero digits are written; the leading digit is never 0.
      pendingZero = true;
    } else {
      if (pendingZero) out += '零';
      pendingZero = false;
      out += digit(d) + (SMALL_UNITS[position % 4] ?? '');
      groupHasDigit = true;
    }
    if (position % 4 === 0 && position > 0) {
      if (groupHasDigit) out += GROUP_UNITS[position / 4] ?? '';
      groupHasDigit = false;
    }
  }
  return out;
}

/** Integer fen (0 ≤ fen < 1 万亿 yuan) → 人民币大写, e.g. 140950 → 人民币壹仟肆佰零玖元伍角整. */
export function rmbCapital(fen: number): string {
  if (typeof fen !== 'number' || Number.isNaN(fen)) {
    throw new RmbCapitalError('notNumber', '金额不是数字 (amount is not a number)');
  }
  if (fen < 0) throw new RmbCapitalError('negative', '金额不能为负数 (negative amount)');
  if (fen >= MAX_FEN) {
    throw new RmbCapitalError('tooLarge', '金额须小于一万亿元 (amount must be below 1 万亿 yuan)');
  }
  if (!Number.isInteger(fen)) {
    throw new RmbCapitalError('notInteger', '金额须为整数分 (amount must be a whole number of fen)');
  }
  if (fen === 0) return `${PREFIX}零元整`;

  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;

  let out = PREFIX;
  if (yuan > 0) {
    out += `${integerCapital(yuan)}元`;
    if (jiao !== 0 && yuan % 10 === 0) out += '零';
  }
  if (jiao !== 0) {
    out += `${digit(jiao)}角`;
  } else if (fenDigit !== 0 && yuan > 0) {
    out += '零';
  }
  if (fenDigit !== 0) return `${out}${digit(fenDigit)}分`;
  return `${out}整`;
}

const YUAN_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A decimal yuan string ("1409.50", "0.005") → 人民币大写, rounding half-up to the fen first.
 * Accepts only plain decimals (no separators, ¥ or exponent); surrounding whitespace is ignored.
 */
export function rmbCapitalOfYuan(text: string): string {
  const trimmed = text.trim();
  if (!YUAN_PATTERN.test(trimmed)) {
    throw new RmbCapitalError('notNumber', `无法识别的金额 (not a number): ${text}`);
  }
  const fen = new Decimal(trimmed).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100);
  if (fen.isNegative() && !fen.isZero()) {
    throw new RmbCapitalError('negative', '金额不能为负数 (negative amount)');
  }
  // Compare as a decimal so a huge input is rejected before it could lose precision as a number.
  if (fen.greaterThanOrEqualTo(MAX_FEN)) {
    throw new RmbCapitalError('tooLarge', '金额须小于一万亿元 (amount must be below 1 万亿 yuan)');
  }
  return rmbCapital(Math.abs(fen.toNumber()));
}
