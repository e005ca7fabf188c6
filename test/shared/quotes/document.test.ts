import { describe, expect, it } from 'vitest';
import { buildQuoteDocument } from '../../../src/shared/quotes/document';
import { quoteDocumentLabels } from '../../../src/shared/quotes/document-labels';
import { sampleQuoteContent, sampleQuoteDocument } from '../../fixtures/quote-document';

describe('quote document model', () => {
  it('lays out sections with running numbers; printed figures add up to the fen', () => {
    const doc = sampleQuoteDocument();
    expect(doc.sections.map((s) => s.lines.map((l) => l.no))).toEqual([
      ['1', '2', '3', '4', '5', '6'],
      ['7', '8', '9'],
      ['10', '11'],
    ]);
    for (const section of doc.sections) {
      const counted = section.lines.filter((l) => !l.optional);
      expect(counted.reduce((sum, l) => sum + l.finalAmountFen, 0)).toBe(section.subtotalFen);
    }
    expect(doc.sections.reduce((sum, s) => sum + s.subtotalFen, 0)).toBe(doc.totals.totalFen);
    expect(doc.totals.linesTotalFen - doc.totals.wholeDiscountFen).toBe(doc.totals.totalFen);
    expect(doc.totals.netFen + doc.totals.taxFen).toBe(doc.totals.totalFen);
    expect(doc.milestones.reduce((sum, m) => sum + m.amountFen, 0)).toBe(doc.totals.totalFen);
    expect(doc.totals.totalCapital).toBe('人民币叁拾捌万元整');
  });

  it('marks optional and custom lines, keeps no internal figure, and is a draft until approved', () => {
    const doc = sampleQuoteDocument({ approved: false });
    const lines = doc.sections.flatMap((s) => s.lines);
    expect(lines.filter((l) => l.optional).map((l) => l.code)).toEqual(['ERP-BI-001']);
    expect(lines.filter((l) => l.custom).map((l) => l.name)).toEqual(['数据迁移（旧系统 5 年历史单据）']);
    expect(JSON.stringify(doc)).not.toMatch(/cost|margin|floor/i);
    expect(doc.draft).toBe(true);
    expect(sampleQuoteDocument({ approved: true }).draft).toBe(false);
  });

  it('splits the terms into clauses, dropping typed numbering', () => {
    const content = { ...sampleQuoteContent(), terms: '1. 第一条\n\n2、第二条\n（3）第三条' };
    const doc = buildQuoteDocument({ ...baseSource(), content });
    expect(doc.terms).toEqual(['第一条', '第二条', '第三条']);
  });

  it('labels read in both languages, discounts also as 折 in Chinese', () => {
    expect(quoteDocumentLabels('zh-CN').discount(1500)).toBe('15%（8.5折）');
    expect(quoteDocumentLabels('zh-CN').discount(2000)).toBe('20%（8折）');
    expect(quoteDocumentLabels('en').discount(1500)).toBe('15%');
    expect(quoteDocumentLabels('zh-CN').pageOf(2, 5)).toBe('第 2 页 共 5 页');
    expect(quoteDocumentLabels('en').pageOf(2, 5)).toBe('Page 2 of 5');
  });
});

function baseSource() {
  const doc = sampleQuoteDocument();
  return {
    locale: 'zh-CN' as const,
    approved: true,
    company: doc.company,
    customer: doc.customer,
    number: 'BJ-2026-0001',
    revision: 'A',
    issueDate: '2026-11-27',
    preparedBy: '',
  };
}
