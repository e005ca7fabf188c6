import { describe, expect, it } from 'vitest';
import { parseYuan } from '../../src/shared/money';
import {
  inferItemType,
  normalizeText,
  parseActive,
  parseFloorDiscount,
  parseItemType,
  parseMoneyText,
  parsePercentText,
  tidyText,
} from '../../src/shared/prices/normalize-cell';

describe('cell text as people type it', () => {
  it('turns full-width digits, letters and symbols into ASCII and tidies spaces', () => {
    expect(normalizeText('ＥＲＰ－００１')).toBe('ERP-001');
    expect(normalizeText('　销售\u00A0管理  模块 ')).toBe('销售 管理 模块');
    expect(normalizeText('１３％')).toBe('13%');
    expect(normalizeText('A\u200B-1')).toBe('A-1');
  });

  it('keeps Chinese punctuation in names and descriptions, which go on customer documents', () => {
    expect(tidyText(' 标准版，含报表（一年）　')).toBe('标准版，含报表（一年）');
    expect(tidyText('ＥＲＰ 标准版')).toBe('ERP 标准版');
    expect(tidyText('财务\n总账')).toBe('财务 总账');
  });
});

describe('money typed as text', () => {
  it.each([
    ['68000', 6_800_000],
    ['1,200.00', 120_000],
    ['¥68,000', 6_800_000],
    ['￥68,000.50', 6_800_050],
    ['68000元', 6_800_000],
    ['RMB 1 200', 120_000],
    ['１２８８．５０', 128_850],
    ['0.5', 50],
  ])('reads %s as %i fen', (text, fen) => {
    expect(parseMoneyText(text)).toEqual({ ok: true, fen });
  });

  it('refuses what is not an exact, non-negative amount', () => {
    expect(parseMoneyText('abc')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseMoneyText('')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseMoneyText('1,5')).toEqual({ ok: false, problem: 'notNumber' }); // decimal comma or typo?
    expect(parseMoneyText('-100')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyText('(1,200.00)')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyText('12.345')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseMoneyText('1000000000001')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('follows the same rules as parseYuan once symbols and separators are gone', () => {
    expect(parseMoneyText('-0')).toEqual({ ok: true, fen: 0 });
    for (const text of [
      '0',
      '+5',
      '5.',
      '.5',
      '1.50',
      '1.005',
      '007',
      '1e3',
      '-1',
      '99999999999999',
      '1000000000000.01',
    ]) {
      expect(parseMoneyText(text)).toEqual(parseYuan(text));
    }
  });
});

describe('VAT rates', () => {
  it.each([
    ['13%', 1300],
    ['13', 1300],
    ['0.13', 1300],
    ['１３％', 1300],
    ['6 %', 600],
    ['0', 0],
    ['0%', 0],
    ['13.5%', 1350],
  ])('reads %s as %i bp', (text, bp) => {
    expect(parsePercentText(text)).toEqual({ ok: true, bp });
  });

  it('treats a number up to 1 as a fraction, as a percent-formatted cell holds it', () => {
    expect(parsePercentText('0.06')).toEqual({ ok: true, bp: 600 });
    expect(parsePercentText('1')).toEqual({ ok: true, bp: 10000 });
  });

  it('refuses words, negatives and more precision than a basis point', () => {
    expect(parsePercentText('免税')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parsePercentText('-13%')).toEqual({ ok: false, problem: 'negative' });
    expect(parsePercentText('13.555%')).toEqual({ ok: false, problem: 'tooManyDecimals' });
  });
});

describe('floor discount, the Chinese 折扣率 way', () => {
  it.each([
    ['8折', 2000],
    ['8.5折', 1500],
    ['85折', 1500],
    ['八折', 2000],
    ['八五折', 1500],
    ['0.8', 2000],
    ['80%', 2000],
    ['８０％', 2000],
    ['0.875', 1250],
    ['10折', 0],
    ['1', 0],
    ['', 0],
  ])('%s means at most %i bp off', (text, bp) => {
    expect(parseFloorDiscount(text)).toEqual({ ok: true, bp });
  });

  it('refuses what is no share of the list price', () => {
    expect(parseFloorDiscount('打折')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseFloorDiscount('120%')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseFloorDiscount('150')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseFloorDiscount('-0.8')).toEqual({ ok: false, problem: 'negative' });
    expect(parseFloorDiscount('8.5555折')).toEqual({ ok: false, problem: 'tooManyDecimals' });
  });
});

describe('item types', () => {
  it.each([
    ['模块', 'module'],
    ['软件模块', 'module'],
    ['Module', 'module'],
    ['用户许可', 'user_licence'],
    ['用户数', 'user_licence'],
    ['License', 'user_licence'],
    ['licence', 'user_licence'],
    ['实施', 'implementation'],
    ['实施服务', 'implementation'],
    ['Implementation', 'implementation'],
    ['培训', 'training'],
    ['Training', 'training'],
    ['维护', 'maintenance'],
    ['年度维护', 'maintenance'],
    ['运维', 'maintenance'],
    ['硬件', 'hardware'],
    ['第三方', 'third_party'],
    ['Third-party', 'third_party'],
    ['软件许可', 'user_licence'],
    ['维护服务', 'maintenance'],
    ['user_licence', 'user_licence'],
  ])('reads %s as %s', (text, type) => {
    expect(parseItemType(text)).toBe(type);
  });

  it('says nothing about words it does not know', () => {
    expect(parseItemType('其他')).toBeNull();
    expect(parseItemType('')).toBeNull();
  });

  it('infers the type from the unit when the file has no type column', () => {
    expect(inferItemType('人天', '服务', '顾问实施')).toBe('implementation');
    expect(inferItemType('人天', '服务', '操作培训')).toBe('training');
    expect(inferItemType('人天', '培训', '最终用户')).toBe('training');
    expect(inferItemType('年', '', '年度维护')).toBe('maintenance');
    expect(inferItemType('台', '', '服务器')).toBe('hardware');
    expect(inferItemType('用户', '', '许可')).toBe('user_licence');
    expect(inferItemType('并发', '', 'CRM')).toBe('user_licence');
    expect(inferItemType('套', '财务管理', '总账')).toBe('module');
    expect(inferItemType('套', '硬件', '加密狗')).toBe('hardware');
  });
});

describe('active flag', () => {
  it.each([
    ['是', true],
    ['启用', true],
    ['yes', true],
    ['TRUE', true],
    ['1', true],
    ['', true],
    ['否', false],
    ['停用', false],
    ['No', false],
    ['false', false],
    ['0', false],
  ])('reads %s as %s', (text, active) => {
    expect(parseActive(text)).toBe(active);
  });

  it('does not guess at anything else', () => {
    expect(parseActive('也许')).toBeNull();
  });
});
