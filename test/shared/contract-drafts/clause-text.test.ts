import { describe, expect, it } from 'vitest';
import { articleBlocks, articleNumber, chineseCount } from '../../../src/shared/contract-drafts/clause-text';

describe('article numbers', () => {
  it('counts in Chinese as contracts write them', () => {
    expect([1, 2, 10, 11, 19, 20, 21, 99].map(chineseCount)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(articleNumber(16, 'zh-CN')).toBe('第十六条');
    expect(articleNumber(16, 'en')).toBe('Article 16');
  });

  it('refuses numbers no contract reaches', () => {
    expect(() => chineseCount(0)).toThrow(RangeError);
    expect(() => chineseCount(100)).toThrow(RangeError);
  });
});

describe('clause bodies', () => {
  const body = [
    '甲方应按下列节点付款：',
    '{{table.milestones}}',
    '乙方开具发票，收款账户：',
    '- 开户银行：招商银行',
    '- 银行账号：5719 0612',
    '> 以上账户如有变更，以书面通知为准。',
    '逾期付款的，按日万分之五支付违约金。',
    '- 第一项',
  ].join('\n');

  it('numbers sub-clauses N.1, N.2 and items (1), (2), restarting under each sub-clause', () => {
    const blocks = articleBlocks(body, 4, 'zh-CN');
    expect(blocks.map((b) => (b.kind === 'table' ? `[${b.table}]` : `${b.number}|${b.level}`))).toEqual([
      '4.1|1',
      '[milestones]',
      '4.2|1',
      '（1）|2',
      '（2）|2',
      '|0',
      '4.3|1',
      '（1）|2',
    ]);
  });

  it('leaves a one-paragraph clause unnumbered and letters English items', () => {
    expect(articleBlocks('Any dispute goes to arbitration.\n- in Shanghai\n- in English', 3, 'en')).toEqual([
      { kind: 'paragraph', level: 0, number: '', text: 'Any dispute goes to arbitration.' },
      { kind: 'paragraph', level: 2, number: '(a)', text: 'in Shanghai' },
      { kind: 'paragraph', level: 2, number: '(b)', text: 'in English' },
    ]);
  });

  it('ignores blank lines and trailing spaces', () => {
    expect(
      articleBlocks('\n  第一段。  \n\n第二段。\n', 1, 'zh-CN').map((b) => b.kind === 'paragraph' && b.text),
    ).toEqual(['第一段。', '第二段。']);
  });
});
