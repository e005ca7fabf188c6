import { describe, expect, it } from 'vitest';
import { breakLines, lineBreakTokens } from '../../../src/main/documents/pdf/line-break';

/**
 * Line breaking in table cells, with a stand-in font: every CJK character is 10 wide, everything
 * else 5. What matters to a reader: lines never overflow the cell, words and numbers are not cut,
 * closing punctuation never starts a line, opening punctuation never ends one.
 */

const width = (text: string): number =>
  [...text].reduce((sum, c) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 10 : 5), 0);

describe('lineBreakTokens', () => {
  it('keeps Latin words and numbers whole and splits Chinese by character', () => {
    expect(lineBreakTokens('云帆 ERP-SD-001 销售，¥1,280.00')).toEqual([
      '云',
      '帆',
      ' ',
      'ERP-SD-001',
      ' ',
      '销',
      '售',
      '，',
      '¥1,280.00',
    ]);
  });
});

describe('breakLines', () => {
  it('returns the text as one line when it fits', () => {
    expect(breakLines('销售管理', 100, width)).toEqual(['销售管理']);
    expect(breakLines('', 100, width)).toEqual(['']);
  });

  it('fills lines up to the width and drops the spaces at a break', () => {
    const lines = breakLines('云帆 ERP V8 标准版；报价、销售订单、发货、退货', 80, width);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(80);
    expect(lines.join('').replace(/ /g, '')).toBe('云帆ERPV8标准版；报价、销售订单、发货、退货');
    for (const line of lines) expect(line).toBe(line.trim());
  });

  it('never cuts a word or a number that fits on a line', () => {
    const lines = breakLines('单价 ¥1,280,000.00 编码 ERP-MRP-001', 70, width);
    expect(lines.some((l) => l.includes('¥1,280,000.00'))).toBe(true);
    expect(lines.some((l) => l.includes('ERP-MRP-001'))).toBe(true);
  });

  it('cuts a word wider than the line by characters rather than overflowing', () => {
    const lines = breakLines('ABCDEFGHIJKLMNOPQRST', 40, width);
    expect(lines).toEqual(['ABCDEFGH', 'IJKLMNOP', 'QRST']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // 5 characters fit: the comma would start line 2, so 许 comes down with it.
    expect(breakLines('命名用户许，可', 50, width)).toEqual(['命名用户', '许，可']);
    expect(breakLines('命名用户（许可）', 50, width)).toEqual(['命名用户', '（许可）']);
    for (const text of ['一二三四五。六七', '一二三四（五六七）八', '报价、销售订单、发货、退货。']) {
      for (const [i, line] of breakLines(text, 50, width).entries()) {
        if (i > 0) expect(line).not.toMatch(/^[，。、；：？！）》」]/);
        expect(line).not.toMatch(/[（《「]$/);
      }
    }
  });

  it('keeps a short bracketed group together', () => {
    // "12.5%（87.5折）" in a cell just too narrow for it: the bracket goes down whole.
    expect(breakLines('12.5%（87.5折）', 60, width)).toEqual(['12.5%', '（87.5折）']);
  });

  it('breaks at newlines', () => {
    expect(breakLines('第一行\n第二行', 100, width)).toEqual(['第一行', '第二行']);
  });
});
