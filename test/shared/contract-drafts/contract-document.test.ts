import { describe, expect, it } from 'vitest';
import { buildContractDocument, UnresolvedFieldsError } from '../../../src/shared/contract-drafts/build-document';
import { isLicenceLine, milestoneTrigger } from '../../../src/shared/contract-drafts/deal';
import { allowedContractActions, contractTransition } from '../../../src/shared/contract-drafts/lifecycle';
import {
  contractMergeValues,
  formatContractDate,
  mergeProblems,
  shareOf,
} from '../../../src/shared/contract-drafts/merge';
import { rmbCapital } from '../../../src/shared/rmb-capital';
import {
  libraryVersions,
  sampleContractContent,
  sampleContractDocument,
  sampleDeal,
} from '../../fixtures/contract-document';
import { sampleQuoteDocument } from '../../fixtures/quote-document';
import { must } from '../../helpers/must';

describe('the deal a contract states', () => {
  const quote = sampleQuoteDocument({ approved: true });
  const deal = sampleDeal();

  it('equals the quote to the fen: total, 大写, tax, milestones', () => {
    expect(deal.totalFen).toBe(quote.totals.totalFen);
    expect(deal.totalCapital).toBe(quote.totals.totalCapital);
    expect(deal.netFen + deal.taxFen).toBe(deal.totalFen);
    expect(deal.milestones.map((m) => m.amountFen)).toEqual(quote.milestones.map((m) => m.amountFen));
    expect(deal.milestones.reduce((sum, m) => sum + m.amountFen, 0)).toBe(deal.totalFen);
    for (const m of deal.milestones) expect(m.capital).toBe(rmbCapital(m.amountFen));
  });

  it('schedules the counted lines at their tax-inclusive amounts, leaving optional lines out', () => {
    const counted = quote.sections.flatMap((s) => s.lines).filter((l) => !l.optional);
    expect(deal.lines.map((l) => l.name)).toEqual(counted.map((l) => l.name));
    expect(deal.lines.map((l) => l.grossFen)).toEqual(counted.map((l) => l.grossFen));
    expect(deal.lines.reduce((sum, l) => sum + l.grossFen, 0)).toBe(deal.totalFen);
    expect(deal.lines.map((l) => l.no)).toEqual(counted.map((_, i) => String(i + 1)));
  });

  it('reads the trigger of each milestone from its label', () => {
    expect(
      ['合同签订后', '系统上线后', '项目验收后', '尾款', 'On signing', 'Go-live', '其他'].map(milestoneTrigger),
    ).toEqual(['signing', 'goLive', 'acceptance', 'final', 'signing', 'goLive', 'other']);
  });

  it('counts 13% module and user lines as licences (the base of the maintenance fee)', () => {
    expect(isLicenceLine({ name: '销售管理', unit: '套', vatRateBp: 1300 })).toBe(true);
    expect(isLicenceLine({ name: '实施顾问', unit: '人天', vatRateBp: 600 })).toBe(false);
    expect(isLicenceLine({ name: '数据库服务器', unit: '台', vatRateBp: 1300 })).toBe(false);
    expect(deal.licenceFen).toBe(deal.lines.filter((l) => l.licence).reduce((s, l) => s + l.grossFen, 0));
  });
});

describe('merge fields', () => {
  const content = sampleContractContent();
  const deal = sampleDeal();
  const values = contractMergeValues({
    locale: 'zh-CN',
    number: 'HT-2026-0001',
    title: content.title,
    terms: content.terms,
    deal,
  });

  it('fills money with ¥ and 大写, and terms as written', () => {
    expect(values['price.total']).toBe('¥380,000.00');
    expect(values['price.totalCapital']).toBe('人民币叁拾捌万元整');
    expect(values['terms.liabilityCapAmount']).toBe('¥380,000.00');
    expect(values['terms.copies']).toBe('肆');
    expect(values['milestones.summary']).toBe('合同签订后 30%、系统上线后 60%、项目验收后 10%');
  });

  it('rounds shares half-up to the fen', () => {
    expect(shareOf(1, 5000)).toBe(1);
    expect(shareOf(3, 5000)).toBe(2);
    expect(shareOf(170_707_40, 1500)).toBe(2_560_611);
  });

  it('names an empty field and the clause it is in', () => {
    const blankTaxId = { ...deal, customer: { ...deal.customer, taxId: '' } };
    const clauses = [
      {
        ...must(content.clauses[0]),
        id: 'x',
        heading: '合同双方',
        body: '甲方税号：{{customer.taxId}}；{{customer.nickname}}',
      },
    ];
    const problems = mergeProblems(
      clauses,
      contractMergeValues({ locale: 'zh-CN', number: 'HT', title: 't', terms: content.terms, deal: blankTaxId }),
    );
    expect(problems).toEqual([
      { field: 'customer.taxId', problem: 'empty', clauseId: 'x', heading: '合同双方' },
      { field: 'customer.nickname', problem: 'unknown', clauseId: 'x', heading: '合同双方' },
    ]);
  });

  it('writes dates the way each language does', () => {
    expect(formatContractDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatContractDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatContractDate('', 'zh-CN')).toBe('');
  });
});

describe('the contract document', () => {
  it('numbers articles without the parties and signatures clauses, and fills every field', () => {
    const doc = sampleContractDocument();
    expect(doc.articles.map((a) => `${a.number} ${a.heading}`)).toEqual([
      '第一条 合同标的',
      '第二条 合同价款及支付',
      '第三条 质保与维护',
      '第四条 源代码托管',
      '第五条 争议解决',
    ]);
    const text = JSON.stringify(doc.articles);
    expect(text).not.toMatch(/\{\{(?!table\.)/);
    expect(text).toContain('本合同总价为人民币 ¥380,000.00（大写：人民币叁拾捌万元整）');
    expect(doc.preamble[0]).toMatch(/^甲乙双方根据/);
    expect(doc.closing[0]).toBe('本合同一式肆份，甲乙双方各执肆份之半，具有同等法律效力。（以下无正文）');
  });

  it('shows the milestones table with amounts and 大写 that add up to the total', () => {
    const doc = sampleContractDocument();
    expect(doc.milestones.rows).toEqual([
      ['1', '合同签订后', '本合同签订后 10 日内', '30%', '114,000.00', '人民币壹拾壹万肆仟元整'],
      ['2', '系统上线后', '系统上线运行后 10 日内', '60%', '228,000.00', '人民币贰拾贰万捌仟元整'],
      ['3', '项目验收后', '项目验收合格后 10 日内', '10%', '38,000.00', '人民币叁万捌仟元整'],
    ]);
    expect(doc.milestones.total.amount).toBe('380,000.00');
  });

  it('lists every deviation for legal: edited with its diff, added, removed', () => {
    const doc = sampleContractDocument();
    expect(doc.deviations.map((d) => [d.number, d.heading, d.status])).toEqual([
      ['第三条', '质保与维护', 'edited'],
      ['第四条', '源代码托管', 'added'],
      ['', '培训', 'removed'],
    ]);
    const warranty = doc.deviations[0];
    // With the figures filled in, as legal reads it: "提供 12 个月" became "提供 二十四个月".
    expect(warranty?.diff.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text.trim()])).toEqual([
      ['delete', '12'],
      ['insert', '二十四'],
    ]);
    expect(JSON.stringify(warranty?.diff)).not.toContain('{{');
    expect(warranty?.source).toBe('warranty v1');
  });

  it('refuses to lay out the version for signing with a missing value, naming the field and clause', () => {
    const deal = sampleDeal();
    deal.company.bankAccount = '';
    const build = () =>
      buildContractDocument({
        locale: 'zh-CN',
        number: 'HT-2026-0001',
        revision: 1,
        state: 'approved',
        content: sampleContractContent(),
        deal,
        versions: libraryVersions(),
      });
    expect(build).toThrow(UnresolvedFieldsError);
    expect(build).toThrow('{{company.bankAccount}} in 合同价款及支付');
  });

  it('is a draft (watermarked) until legal approves it', () => {
    expect(sampleContractDocument({ state: 'review' }).draft).toBe(true);
    expect(sampleContractDocument({ state: 'approved' }).draft).toBe(false);
    expect(sampleContractDocument({ state: 'signed' }).draft).toBe(false);
  });
});

describe('contract lifecycle', () => {
  it('goes draft → review → approved → signed, with return and reopen starting a new revision', () => {
    expect(allowedContractActions('draft')).toEqual(['submit']);
    expect(allowedContractActions('review')).toEqual(['approve', 'return']);
    expect(allowedContractActions('approved')).toEqual(['sign', 'reopen']);
    expect(allowedContractActions('signed')).toEqual([]);
    expect(contractTransition('review', 'return')).toEqual({ to: 'draft', newRevision: true });
    expect(contractTransition('draft', 'approve')).toBeNull();
  });
});

describe('party details', () => {
  it('are required by the parties clause even though its text does not name them', () => {
    const deal = sampleDeal();
    deal.customer.representative = '';
    const content = sampleContractContent();
    const values = contractMergeValues({ locale: 'zh-CN', number: 'HT', title: 't', terms: content.terms, deal });
    expect(mergeProblems(content.clauses, values)).toEqual([
      { field: 'customer.representative', problem: 'empty', clauseId: 'c-parties', heading: '合同双方' },
    ]);
  });
});
