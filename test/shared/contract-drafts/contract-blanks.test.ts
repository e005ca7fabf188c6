import { describe, expect, it } from 'vitest';
import {
  blankRanges,
  fieldLabel,
  missingLine,
  splitBlanks,
  splitLinesByBlanks,
} from '../../../src/shared/contract-drafts/blanks';
import { buildContractDocument, UnresolvedFieldsError } from '../../../src/shared/contract-drafts/build-document';
import { isForSigning } from '../../../src/shared/contract-drafts/lifecycle';
import type { ContractState } from '../../../src/shared/contract-drafts/types';
import type { Locale } from '../../../src/shared/locale';
import { libraryVersions, sampleContractContent, sampleDeal } from '../../fixtures/contract-document';
import { must } from '../../helpers/must';

/**
 * A draft for legal review goes out with the values nobody has yet printed as marked blanks and
 * listed on page 1; the version for signing still needs every value.
 */

/** The sample contract without the customer's bank, account and legal representative, nor our account. */
function withGaps(state: ContractState, locale: Locale = 'zh-CN') {
  const deal = sampleDeal();
  deal.customer.bankName = '';
  deal.customer.bankAccount = '';
  deal.customer.representative = '';
  deal.company.bankAccount = '';
  return () =>
    buildContractDocument({
      locale,
      number: 'HT-2026-0001',
      revision: 1,
      state,
      content: sampleContractContent(),
      deal,
      versions: libraryVersions(),
    });
}

describe('a draft with missing values', () => {
  it('lists each missing value once, named in the document language, with where it is missing', () => {
    const doc = withGaps('draft')();
    expect(doc.missing.map((m) => [m.label, m.blank, m.places])).toEqual([
      ['甲方法定代表人', '【待补充：甲方法定代表人】', ['甲方（需方）']],
      ['甲方开户银行', '【待补充：甲方开户银行】', ['甲方（需方）']],
      ['甲方银行账号', '【待补充：甲方银行账号】', ['甲方（需方）']],
      ['乙方银行账号', '【待补充：乙方银行账号】', ['乙方（供方）', '第二条 合同价款及支付']],
    ]);
    expect(missingLine(must(doc.missing[3]), 'zh-CN')).toEqual({
      label: '乙方银行账号',
      where: '（乙方（供方）、第二条 合同价款及支付）',
    });
  });

  it('prints the marked blank where each value belongs: the party block and the clause text', () => {
    const doc = withGaps('review')();
    expect(doc.draft).toBe(true);
    const customer = Object.fromEntries(must(doc.partyLines[0]).lines.map((l) => [l.label, l.value]));
    expect(customer).toMatchObject({
      法定代表人: '【待补充：甲方法定代表人】',
      开户银行: '【待补充：甲方开户银行】',
      银行账号: '【待补充：甲方银行账号】',
      名称: '华东贸易集团有限公司',
    });
    const company = Object.fromEntries(must(doc.partyLines[1]).lines.map((l) => [l.label, l.value]));
    expect(company['银行账号']).toBe('【待补充：乙方银行账号】');
    expect(company['开户银行']).toBe('中国工商银行上海张江支行');
    const price = must(doc.articles.find((a) => a.heading === '合同价款及支付'));
    const texts = price.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('银行账号：【待补充：乙方银行账号】');
    expect(JSON.stringify(doc.articles)).not.toContain('{{');
  });

  it('uses "[To be completed: Party A bank]" in English documents', () => {
    const doc = withGaps('draft', 'en')();
    expect(doc.missing.map((m) => m.blank)).toEqual([
      '[To be completed: Party A legal representative]',
      '[To be completed: Party A bank]',
      '[To be completed: Party A bank account]',
      '[To be completed: Party B bank account]',
    ]);
    expect(doc.labels.missingTitle).toBe('Details to complete');
    expect(missingLine(must(doc.missing[1]), 'en').where).toBe(' (Party A (Customer))');
  });

  it('names fields outside the parties from the contract field names, and unknown ones as written', () => {
    expect(fieldLabel({ field: 'contract.signingPlace', problem: 'empty' }, 'zh-CN')).toBe('签订地点');
    expect(fieldLabel({ field: 'contract.signingPlace', problem: 'empty' }, 'en')).toBe('Place of signing');
    expect(fieldLabel({ field: 'customer.fax', problem: 'unknown' }, 'zh-CN')).toBe('未知字段 {{customer.fax}}');
  });

  it('has no list and no blanks when every value is there', () => {
    const deal = sampleDeal();
    const doc = buildContractDocument({
      locale: 'zh-CN',
      number: 'HT-2026-0001',
      revision: 1,
      state: 'draft',
      content: sampleContractContent(),
      deal,
      versions: libraryVersions(),
    });
    expect(doc.missing).toEqual([]);
    expect(JSON.stringify({ ...doc, labels: null })).not.toContain('待补充');
  });
});

describe('the version for signing', () => {
  it('is 已审核 and later', () => {
    expect((['draft', 'review', 'approved', 'signed'] as const).map(isForSigning)).toEqual([false, false, true, true]);
  });

  it('is refused while a value is missing, naming each field and clause', () => {
    for (const state of ['approved', 'signed'] as const) {
      const build = withGaps(state);
      expect(build).toThrow(UnresolvedFieldsError);
      expect(build).toThrow('{{customer.representative}} in 合同双方');
      expect(build).toThrow('{{company.bankAccount}} in 合同价款及支付');
    }
  });
});

describe('finding the blanks in text', () => {
  const blanks = ['【待补充：甲方开户银行】', '【待补充：甲方银行账号】'];

  it('cuts a text into its blanks and the text around them', () => {
    expect(splitBlanks('开户银行：【待补充：甲方开户银行】，账号：【待补充：甲方银行账号】', blanks)).toEqual([
      { text: '开户银行：', blank: false },
      { text: '【待补充：甲方开户银行】', blank: true },
      { text: '，账号：', blank: false },
      { text: '【待补充：甲方银行账号】', blank: true },
    ]);
    expect(splitBlanks('没有空白', blanks)).toEqual([{ text: '没有空白', blank: false }]);
    expect(blankRanges('【待补充：甲方开户银行】', [])).toEqual([]);
  });

  it('marks a blank broken over two lines on both lines', () => {
    const text = '甲方开户银行为【待补充：甲方开户银行】。';
    const lines = ['甲方开户银行为【待补充：', '甲方开户银行】。'];
    expect(splitLinesByBlanks(text, lines, blanks)).toEqual([
      [
        { text: '甲方开户银行为', blank: false },
        { text: '【待补充：', blank: true },
      ],
      [
        { text: '甲方开户银行】', blank: true },
        { text: '。', blank: false },
      ],
    ]);
  });

  it('follows lines whose break swallowed a space', () => {
    const text = 'Bank: [To be completed: Party A bank] now';
    const lines = ['Bank: [To be', 'completed: Party A bank] now'];
    expect(splitLinesByBlanks(text, lines, ['[To be completed: Party A bank]'])).toEqual([
      [
        { text: 'Bank: ', blank: false },
        { text: '[To be', blank: true },
      ],
      [
        { text: 'completed: Party A bank]', blank: true },
        { text: ' now', blank: false },
      ],
    ]);
  });
});
