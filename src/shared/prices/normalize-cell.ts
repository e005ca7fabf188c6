import { MAX_FEN, type ParsedMoney } from '../money';
import type { ItemType } from './catalogue';

/**
 * Turns what people type into spreadsheet cells into exact values: full-width digits, "¥68,000",
 * "13%", "8.5折", "是". Pure and allocation-light, because an import runs this over 100,000 rows.
 */

export type PercentProblem = 'notNumber' | 'negative' | 'tooManyDecimals' | 'outOfRange';
export type ParsedBp = { ok: true; bp: number } | { ok: false; problem: PercentProblem };

const WHITESPACE_RUN = /\s+/g;
/** Zero-width characters that sneak in with copy and paste and are invisible in Excel. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/**
 * Text NFKC leaves as it is — ASCII and the CJK unified ideographs — with single inner spaces
 * only: most cells of a price list, which then skip the Unicode work.
 */
const ALREADY_NORMAL = /^[\x21-\x7E\u4E00-\u9FFF]*(?: [\x21-\x7E\u4E00-\u9FFF]+)*$/;
const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const NEEDS_TIDYING =
  /^\s|\s$|\s\s|[\t\n\r\v\f\u00A0\u2000-\u200D\u2060\u3000\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/**
 * NFKC (full-width digits, letters, ％ and ￥ become ASCII; U+3000 and NBSP become spaces), then
 * trimmed with inner whitespace collapsed to one space. For codes, numbers and keywords.
 */
export function normalizeText(value: string): string {
  if (ALREADY_NORMAL.test(value)) return value;
  return value.normalize('NFKC').replace(ZERO_WIDTH, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Lighter than NFKC, for names and descriptions that end up on customer documents: full-width
 * letters and digits become ASCII and whitespace is tidied, but Chinese punctuation stays —
 * "标准版，含报表（一年）" must not turn into "标准版,含报表(一年)".
 */
export function tidyText(value: string): string {
  if (!NEEDS_TIDYING.test(value)) return value;
  return value
    .replace(FULL_WIDTH_ALPHANUMERIC, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(ZERO_WIDTH, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

// ——— numbers ———

interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;
const TRAILING_ZEROS = /0+$/;

function decimalParts(text: string): DecimalParts | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const whole = match[2] ?? '';
  const fraction = (match[3] ?? '').replace(TRAILING_ZEROS, '');
  if (whole === '' && (match[3] ?? '') === '') return null;
  return { negative: match[1] === '-', whole, fraction };
}

/** The exact integer value × 10^places, or null when the number has more decimals than that. */
function scaled(parts: DecimalParts, places: number): number | null {
  if (parts.fraction.length > places) return null;
  return Number((parts.whole || '0') + parts.fraction.padEnd(places, '0'));
}

const ZEROS = /^0*$/;

function isZero(parts: DecimalParts): boolean {
  return ZEROS.test(parts.whole) && parts.fraction === '';
}

// ——— money ———

const CURRENCY = /^(?:¥|元|rmb|cny)\s*|\s*(?:¥|元|rmb|cny)$/gi;
const COMMA_GROUPS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const SPACE_GROUPS = /^[+-]?\d{1,3}(?: \d{3})+(?:\.\d*)?$/;
const ACCOUNTING_NEGATIVE = /^\((.*)\)$/;

/**
 * "¥68,000.00", "68000元", "RMB 1 200", "１２８８．５０" → exact fen. Thousands separators must
 * group by three: "1,5" is refused rather than guessed (decimal comma or typo?).
 */
export function parseMoneyText(value: string): ParsedMoney {
  let text = normalizeText(value);
  const accounting = ACCOUNTING_NEGATIVE.exec(text);
  if (accounting) text = `-${accounting[1] ?? ''}`;
  text = text.replace(CURRENCY, '');
  if (text.startsWith('-') || text.startsWith('+')) text = text[0] + text.slice(1).replace(CURRENCY, '');
  if (text.includes(',')) {
    if (!COMMA_GROUPS.test(text)) return { ok: false, problem: 'notNumber' };
    text = text.replaceAll(',', '');
  } else if (text.includes(' ')) {
    if (!SPACE_GROUPS.test(text)) return { ok: false, problem: 'notNumber' };
    text = text.replaceAll(' ', '');
  }
  return parseYuanExactly(text);
}

/**
 * The same rules as money.parseYuan (no more than two decimals, not negative, below MAX_FEN),
 * in integer arithmetic on the digits: an import parses two amounts per row, and decimal.js
 * objects cost more than the rest of the row's checks together (measured).
 */
function parseYuanExactly(text: string): ParsedMoney {
  const parts = decimalParts(text);
  if (!parts) return { ok: false, problem: 'notNumber' };
  if (parts.negative && !isZero(parts)) return { ok: false, problem: 'negative' };
  const fen = scaled(parts, 2);
  if (fen === null) return { ok: false, problem: 'tooManyDecimals' };
  if (fen >= MAX_FEN) return { ok: false, problem: 'tooLarge' };
  return { ok: true, fen };
}

// ——— percentages ———

/**
 * "13%", "13", "0.13", "１３％" → 1300 bp. With a % sign it is a percent; without, a number up to 1
 * is a fraction (a percent-formatted Excel cell holds 0.13) and a larger one a percent.
 */
export function parsePercentText(value: string): ParsedBp {
  let text = normalizeText(value);
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trimEnd();
  const parts = decimalParts(text);
  if (!parts) return { ok: false, problem: 'notNumber' };
  if (parts.negative && !isZero(parts)) return { ok: false, problem: 'negative' };
  if (parts.whole.length > 6) return { ok: false, problem: 'outOfRange' };
  // Number(text) only sizes the value to pick the convention; the result is exact.
  const bp = scaled(parts, percent || Number(text) > 1 ? 2 : 4);
  return bp === null ? { ok: false, problem: 'tooManyDecimals' } : { ok: true, bp };
}

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  点: '.',
};
const CHINESE_DIGIT = /[〇零一二两三四五六七八九点]/g;

/**
 * The floor as the largest discount allowed, in bp, read the Chinese 折扣率 way — the figure is
 * the share of the list price the rep may go down to: "8折" / "0.8" / "80%" → 2000 (20 % off);
 * "8.5折" / "85折" → 1500. A bare number up to 1 is a fraction, up to 10 counts 折, up to 100 is
 * a percent. Blank means no discount without approval.
 */
export function parseFloorDiscount(value: string): ParsedBp {
  let text = normalizeText(value);
  if (text === '') return { ok: true, bp: 0 };
  const zhe = text.endsWith('折');
  const percent = text.endsWith('%');
  if (zhe)
    text = text
      .slice(0, -1)
      .trimEnd()
      .replace(CHINESE_DIGIT, (digit) => CHINESE_DIGITS[digit] ?? digit);
  else if (percent) text = text.slice(0, -1).trimEnd();
  const parts = decimalParts(text);
  if (!parts) return { ok: false, problem: 'notNumber' };
  if (parts.negative && !isZero(parts)) return { ok: false, problem: 'negative' };
  const places = percent ? 2 : shareDecimalPlaces(Number(text), zhe);
  if (places === null) return { ok: false, problem: 'outOfRange' };
  const shareBp = scaled(parts, places);
  if (shareBp === null) return { ok: false, problem: 'tooManyDecimals' };
  if (shareBp > 10000) return { ok: false, problem: 'outOfRange' };
  return { ok: true, bp: 10000 - shareBp };
}

/** How far to shift the decimal point to get bp of the list price: fraction ×10⁴, 折 ×10³, percent ×10². */
function shareDecimalPlaces(size: number, zhe: boolean): number | null {
  if (!zhe && size <= 1) return 4;
  if (size <= 10) return 3;
  if (size < 100 || (!zhe && size === 100)) return 2;
  return null;
}

// ——— item type ———

const WORD_SEPARATORS = /[\s_\-.]/g;

function typeKey(value: string): string {
  return normalizeText(value).toLowerCase().replace(WORD_SEPARATORS, '');
}

const TYPE_WORDS: Readonly<Record<string, ItemType>> = {
  module: 'module',
  模块: 'module',
  软件模块: 'module',
  功能模块: 'module',
  软件: 'module',
  user_licence: 'user_licence',
  userlicence: 'user_licence',
  userlicense: 'user_licence',
  licence: 'user_licence',
  license: 'user_licence',
  用户许可: 'user_licence',
  用户数: 'user_licence',
  许可: 'user_licence',
  implementation: 'implementation',
  实施: 'implementation',
  实施服务: 'implementation',
  training: 'training',
  培训: 'training',
  maintenance: 'maintenance',
  维护: 'maintenance',
  运维: 'maintenance',
  年度维护: 'maintenance',
  hardware: 'hardware',
  硬件: 'hardware',
  third_party: 'third_party',
  thirdparty: 'third_party',
  第三方: 'third_party',
};

/** Checked in this order, so "维护服务" is maintenance and "软件许可" a licence, not a module. */
const TYPE_KEYWORDS: readonly (readonly [ItemType, readonly string[]])[] = [
  ['training', ['培训', 'training', 'course']],
  ['maintenance', ['维护', '运维', '维保', '年费', 'maintenance', 'support', 'subscription']],
  ['third_party', ['第三方', '外购', 'thirdparty', '3rdparty']],
  ['hardware', ['硬件', '设备', '服务器', 'hardware', 'device', 'server']],
  ['implementation', ['实施', '咨询', '服务', 'implementation', 'consulting', 'service']],
  ['user_licence', ['许可', '授权', '用户', '并发', '站点', 'licen', 'user', 'seat']],
  ['module', ['模块', '软件', '系统', 'module', 'software', 'system']],
];

function typeByKeyword(key: string): ItemType | null {
  for (const [type, words] of TYPE_KEYWORDS) {
    for (const word of words) if (key.includes(word)) return type;
  }
  return null;
}

/** A type column's value in Chinese or English → the item type, or null when it says nothing we know. */
export function parseItemType(value: string): ItemType | null {
  const key = typeKey(value);
  if (key === '') return null;
  return TYPE_WORDS[key] ?? typeByKeyword(key);
}

const PERSON_DAY_UNIT = /人天|人日|人月|天|day/;
const YEAR_UNIT = /年|year|annual/;
const HARDWARE_UNIT = /台/;
const LICENCE_UNIT = /用户|并发|站点|user|seat|licen/;

/**
 * The type when the file has no type column (or leaves it blank), from the unit first — it is
 * the most reliable hint in a Chinese price list — then the category.
 */
export function inferItemType(unit: string, category: string, name: string): ItemType {
  const unitKey = typeKey(unit);
  if (PERSON_DAY_UNIT.test(unitKey)) {
    const training =
      typeKey(category).includes('培训') || typeKey(category).includes('training') || name.includes('培训');
    return training ? 'training' : 'implementation';
  }
  if (YEAR_UNIT.test(unitKey)) return 'maintenance';
  if (HARDWARE_UNIT.test(unitKey)) return 'hardware';
  if (LICENCE_UNIT.test(unitKey)) return 'user_licence';
  return (category === '' ? null : typeByKeyword(typeKey(category))) ?? 'module';
}

// ——— active flag ———

const ACTIVE_WORDS: Readonly<Record<string, boolean>> = {
  '': true,
  是: true,
  启用: true,
  有效: true,
  在售: true,
  正常: true,
  y: true,
  yes: true,
  true: true,
  '1': true,
  active: true,
  enabled: true,
  on: true,
  '✓': true,
  '√': true,
  否: false,
  停用: false,
  禁用: false,
  无效: false,
  停售: false,
  n: false,
  no: false,
  false: false,
  '0': false,
  inactive: false,
  disabled: false,
  off: false,
  '✗': false,
  '×': false,
};

/** "是/否/启用/停用/yes/no/1/0" → the active flag (blank = active); null when it is something else. */
export function parseActive(value: string): boolean | null {
  return ACTIVE_WORDS[typeKey(value)] ?? null;
}
