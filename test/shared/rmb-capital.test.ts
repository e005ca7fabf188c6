import { describe, expect, it } from 'vitest';
import { RmbCapitalError, rmbCapital, rmbCapitalOfYuan } from '../../src/shared/rmb-capital';

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RmbCapitalError) return error.reason;
    throw error;
  }
  return 'no error';
}

describe('rmbCapitalOfYuan — the examples of the brief', () => {
  it.each([
    ['0', '人民币零元整'],
    ['0.05', '人民币伍分'],
    ['0.50', '人民币伍角整'],
    ['0.55', '人民币伍角伍分'],
    ['1.00', '人民币壹元整'],
    ['10', '人民币壹拾元整'],
    ['1409.50', '人民币壹仟肆佰零玖元伍角整'],
    ['6007.14', '人民币陆仟零柒元壹角肆分'],
    ['10.05', '人民币壹拾元零伍分'],
    ['10.50', '人民币壹拾元零伍角整'],
    ['1680.32', '人民币壹仟陆佰捌拾元零叁角贰分'],
    ['1000.10', '人民币壹仟元零壹角整'],
    ['325000.00', '人民币叁拾贰万伍仟元整'],
    ['100000.04', '人民币壹拾万元零肆分'],
    ['980000.00', '人民币玖拾捌万元整'],
    ['1100', '人民币壹仟壹佰元整'],
    ['1100.00', '人民币壹仟壹佰元整'],
    ['110000', '人民币壹拾壹万元整'],
    ['100010', '人民币壹拾万零壹拾元整'],
    ['1000000001', '人民币壹拾亿零壹元整'],
    ['10005000', '人民币壹仟万零伍仟元整'],
    ['100000000', '人民币壹亿元整'],
    ['105000000', '人民币壹亿零伍佰万元整'],
    // In-range counterparts of the brief's 1234567890123.45 and 99999999999999.99, which are ≥ 1 万亿 yuan.
    ['123456789012.34', '人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分'],
    ['999999999999.99', '人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ['0.005', '人民币壹分'],
    ['0.004', '人民币零元整'],
    ['0.995', '人民币壹元整'],
    ['9.995', '人民币壹拾元整'],
    [' 12.3 ', '人民币壹拾贰元叁角整'],
    ['.5', '人民币伍角整'],
  ])('%s → %s', (yuan, expected) => {
    expect(rmbCapitalOfYuan(yuan)).toBe(expected);
  });
});

describe('rmbCapitalOfYuan — zero rules', () => {
  it.each([
    ['101', '人民币壹佰零壹元整'],
    ['1001', '人民币壹仟零壹元整'],
    ['1010', '人民币壹仟零壹拾元整'],
    ['10100', '人民币壹万零壹佰元整'],
    ['100100', '人民币壹拾万零壹佰元整'],
    ['1000100', '人民币壹佰万零壹佰元整'],
    ['20000000.20', '人民币贰仟万元零贰角整'],
    ['300000000.03', '人民币叁亿元零叁分'],
    ['400004000.00', '人民币肆亿零肆仟元整'],
    ['400040000', '人民币肆亿零肆万元整'],
    ['10001', '人民币壹万零壹元整'],
    ['100000001.01', '人民币壹亿零壹元零壹分'],
    ['100100000000', '人民币壹仟零壹亿元整'],
    ['100000010000', '人民币壹仟亿零壹万元整'],
    ['200000000000.50', '人民币贰仟亿元零伍角整'],
    ['10010', '人民币壹万零壹拾元整'],
    ['11000', '人民币壹万壹仟元整'],
    ['10.10', '人民币壹拾元零壹角整'],
    ['1.01', '人民币壹元零壹分'],
    ['0.01', '人民币壹分'],
    ['0.10', '人民币壹角整'],
  ])('%s → %s', (yuan, expected) => {
    expect(rmbCapitalOfYuan(yuan)).toBe(expected);
  });
});

describe('rmbCapital (fen)', () => {
  it.each([
    [0, '人民币零元整'],
    [5, '人民币伍分'],
    [140950, '人民币壹仟肆佰零玖元伍角整'],
    [99_999_999_999_999, '人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%i fen → %s', (fen, expected) => {
    expect(rmbCapital(fen)).toBe(expected);
  });

  it.each([
    [-1, 'negative'],
    [-0.5, 'negative'],
    [100_000_000_000_000, 'tooLarge'],
    [Number.POSITIVE_INFINITY, 'tooLarge'],
    [12.5, 'notInteger'],
    [Number.NaN, 'notNumber'],
  ])('%d fen → error %s', (fen, reason) => {
    expect(reasonOf(() => rmbCapital(fen))).toBe(reason);
  });

  it('treats -0 as zero', () => {
    expect(rmbCapital(-0)).toBe('人民币零元整');
  });

  it('throws an Error subclass with a bilingual message', () => {
    let caught: unknown;
    try {
      rmbCapital(-100);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toBeInstanceOf(RmbCapitalError);
    expect((caught as RmbCapitalError).message).toBe('金额不能为负数 (negative amount)');
  });
});

describe('rmbCapitalOfYuan — errors', () => {
  it.each([
    ['-1', 'negative'],
    ['-0.01', 'negative'],
    ['-0.005', 'negative'], // half-up rounds away from zero: -0.01
    ['1000000000000', 'tooLarge'], // exactly 1 万亿 yuan
    ['999999999999.995', 'tooLarge'], // rounds up to 1 万亿
    // The brief listed these two as valid, but both are ≥ 1 万亿 yuan, the app-wide limit (MAX_FEN).
    ['1234567890123.45', 'tooLarge'],
    ['99999999999999.99', 'tooLarge'],
    ['', 'notNumber'],
    ['abc', 'notNumber'],
    ['1,000.00', 'notNumber'],
    ['¥12', 'notNumber'],
    ['1e3', 'notNumber'],
    ['1.2.3', 'notNumber'],
  ])('%j → error %s', (yuan, reason) => {
    expect(reasonOf(() => rmbCapitalOfYuan(yuan))).toBe(reason);
  });

  it('keeps -0.004 (rounds to zero) as zero', () => {
    expect(rmbCapitalOfYuan('-0.004')).toBe('人民币零元整');
  });
});

// --- Property test: a strict reference parser reads the text back into fen. ---

const DIGIT_VALUE = new Map([...'零壹贰叁肆伍陆柒捌玖'].map((c, i) => [c, i]));
const SMALL_UNIT_VALUE = new Map([
  ['拾', 10],
  ['佰', 100],
  ['仟', 1000],
]);

/** Parses the integer part (text before 元), demanding every unit be preceded by a non-zero digit. */
function parseInteger(text: string): number {
  let total = 0; // completed 亿 / 万 sections
  let section = 0; // current 4-digit group
  let pending: number | null = null; // a digit waiting for its unit
  for (const char of text) {
    const d = DIGIT_VALUE.get(char);
    const small = SMALL_UNIT_VALUE.get(char);
    if (d === 0) {
      if (pending !== null) throw new Error(`零 after a bare digit in ${text}`);
    } else if (d !== undefined) {
      if (pending !== null) throw new Error(`two digits in a row in ${text}`);
      pending = d;
    } else if (small !== undefined) {
      if (pending === null) throw new Error(`unit without digit in ${text}`);
      section += pending * small;
      pending = null;
    } else if (char === '万') {
      total += (section + (pending ?? 0)) * 10_000;
      section = 0;
      pending = null;
    } else if (char === '亿') {
      total = (total + section + (pending ?? 0)) * 100_000_000;
      section = 0;
      pending = null;
    } else {
      throw new Error(`unexpected ${char} in ${text}`);
    }
  }
  return total + section + (pending ?? 0);
}

function parseCapital(text: string): number {
  if (!text.startsWith('人民币')) throw new Error(`missing prefix: ${text}`);
  let rest = text.slice('人民币'.length);
  let yuan = 0;
  const yuanAt = rest.indexOf('元');
  if (yuanAt >= 0) {
    yuan = parseInteger(rest.slice(0, yuanAt));
    rest = rest.slice(yuanAt + 1);
  }
  let jiao = 0;
  let fen = 0;
  const match = /^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?(整)?$/.exec(rest);
  if (!match) throw new Error(`bad decimal part: ${text}`);
  if (match[1] !== undefined) jiao = DIGIT_VALUE.get(match[1]) ?? Number.NaN;
  if (match[2] !== undefined) fen = DIGIT_VALUE.get(match[2]) ?? Number.NaN;
  return yuan * 100 + jiao * 10 + fen;
}

/** Numerical Recipes LCG, 32-bit, deterministic. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** Random fen < 1 万亿 yuan, with a random number of digits and many zeros, to exercise the 零 rules. */
function randomFen(next: () => number): number {
  const length = 1 + Math.floor(next() * 14);
  const zeroChance = next() * 0.8;
  let fen = 0;
  for (let i = 0; i < length; i++) {
    const d = next() < zeroChance ? 0 : 1 + Math.floor(next() * 9);
    fen = fen * 10 + d;
  }
  return fen;
}

describe('rmbCapital — property: the text reads back to the same amount', () => {
  it('round-trips 5,000 seeded pseudo-random amounts and keeps the canonical shape', () => {
    const next = lcg(20_240_601);
    for (let i = 0; i < 5_000; i++) {
      const fen = randomFen(next);
      const text = rmbCapital(fen);
      expect(parseCapital(text), `${fen} → ${text}`).toBe(fen);
      if (fen > 0) expect(text, `${fen}`).not.toMatch(/零零|零[万亿元角分整]|分整|^人民币零/);
      expect(text.endsWith('分') || text.endsWith('整'), `${fen} → ${text}`).toBe(true);
      const yuanText = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
      expect(rmbCapitalOfYuan(yuanText)).toBe(text);
    }
  });
});
