import { describe, expect, it } from 'vitest';
import { assembleProposal } from '../../../src/shared/proposals/assemble';
import type { DataTable } from '../../../src/shared/proposals/document';
import { MergeFieldError, mergeProblems, mergeRichDoc, mergeText } from '../../../src/shared/proposals/merge-fields';
import { computeValue, ValueInputError, EMPTY_VALUE_INPUTS } from '../../../src/shared/proposals/value';
import { plainText, rich } from '../../../src/shared/rich-text';
import { sampleProposalSources } from '../../fixtures/proposal-sources';
import { must } from '../../helpers/must';

describe('merge fields', () => {
  const values = { 'customer.name': '华东贸易集团有限公司', 'company.name': '云帆软件', today: '2026-11-27' };

  it('fills every field in text and in rich text', () => {
    expect(mergeText('致 {{customer.name}}：', values, 'x')).toBe('致 华东贸易集团有限公司：');
    const doc = mergeRichDoc(rich.doc(rich.p('由 ', rich.b('{{ company.name }}'), ' 提交')), values, 'x');
    expect(plainText(doc)).toBe('由 云帆软件 提交');
  });

  it('an unknown field is an error naming it and where it was written; an empty one too', () => {
    expect(() => mergeText('{{customer.nmae}}', values, '解决方案')).toThrow(
      new MergeFieldError('customer.nmae', '解决方案', 'unknown'),
    );
    expect(() => mergeText('{{quote.total}}', values, '预算')).toThrow(/Empty merge field \{\{quote.total\}\} in 预算/);
    expect(
      mergeProblems('{{a.b}} {{customer.name}} {{quote.number}}', values, 'x').map((e) => [e.field, e.problem]),
    ).toEqual([
      ['a.b', 'unknown'],
      ['quote.number', 'empty'],
    ]);
  });
});

describe('customer value (算账)', () => {
  it('adds the sources up exactly and derives payback and three-year return', () => {
    const result = computeValue(
      {
        ...EMPTY_VALUE_INPUTS,
        hoursSavedPerMonth: '120',
        hourlyCostYuan: '80',
        inventoryReductionYuan: '2000000',
        carryingCostPercent: '12',
        badDebtReductionYuan: '150000',
        annualCreditSalesYuan: '350000000',
        collectionDaysFaster: '10',
        financingRatePercent: '4.35',
      },
      30_000_000,
    );
    // 120 × 12 × 80 = 115,200; 2,000,000 × 12 % = 240,000; 150,000; 350,000,000 / 365 × 10 × 4.35 % = 417,123.29
    expect(result.lines.map((l) => l.annualYuan)).toEqual(['115200.00', '240000.00', '150000.00', '417123.29']);
    expect(result.annualBenefitYuan).toBe('922323.29');
    expect(result.paybackMonths).toBe('3.9'); // 300,000 × 12 / 922,323.29
    expect(result.threeYearReturnPercent).toBe('822.3');
  });

  it('no benefit gives no payback; a bad input names its field', () => {
    expect(computeValue(EMPTY_VALUE_INPUTS, 100).paybackMonths).toBeNull();
    expect(() => computeValue({ ...EMPTY_VALUE_INPUTS, hourlyCostYuan: '-1' }, 0)).toThrow(ValueInputError);
  });
});

describe('assembling a proposal', () => {
  it('chapters follow the engineer’s order; cover and TOC are not chapters; merge fields are filled', () => {
    const { document } = assembleProposal(sampleProposalSources());
    expect(document.title).toBe('华东贸易 ERP 项目解决方案建议书');
    expect(document.tableOfContents).toBe(true);
    expect(document.chapters.map((c) => c.title)).toEqual([
      '项目背景与需求分析',
      '需求响应与偏离表',
      '解决方案',
      '实施计划',
      '项目预算',
      '客户价值测算',
      '项目风险与应对',
      '服务承诺',
    ]);
    expect(JSON.stringify(document)).not.toContain('{{');
    expect(plainText(rich.doc(...(must(document.chapters[0]).blocks as never[])))).toContain(
      '华东贸易集团有限公司是华东地区',
    );
  });

  it('the budget shows the linked quote’s figures and 大写; the deviation table counts coverage', () => {
    const { document } = assembleProposal(sampleProposalSources());
    const budget = must(document.chapters.find((c) => c.id === 'budget'));
    const table = budget.blocks[0] as DataTable;
    expect(table.rows).toEqual([
      ['软件许可', '¥200,000.00'],
      ['实施服务', '¥100,000.00'],
    ]);
    expect(table.footer?.at(-1)).toEqual(['合计（含税）', '¥300,000.00']);
    expect(budget.blocks).toContainEqual({ type: 'callout', tone: 'info', text: '大写：人民币叁拾万元整' });
    const deviation = must(document.chapters.find((c) => c.id === 'requirements'));
    expect(plainText(deviation.blocks[0] as never)).toBe('共 3 项需求：满足 1 项，部分满足 1 项，不满足 1 项。');
    expect((deviation.blocks[1] as DataTable).rows.map((r) => [r[2], r[3]])).toEqual([
      ['销售管理 › 信用控制', '满足'],
      ['', '部分满足'],
      ['', '不满足'],
    ]);
  });

  it('only the chosen modules are in the solution chapter', () => {
    const { document } = assembleProposal(sampleProposalSources());
    const solution = must(document.chapters.find((c) => c.id === 'solution'));
    const headings = solution.blocks.filter((b) => b.type === 'heading').map((b) => plainText(b as never));
    expect(headings).toEqual(['销售管理', '库存管理']);
  });

  it('warns when the plan’s person-days differ from the quote’s implementation days', () => {
    expect(assembleProposal(sampleProposalSources()).warnings).toEqual([]);
    const sources = sampleProposalSources();
    const quote = must(sources.quote);
    const warnings = assembleProposal({ ...sources, quote: { ...quote, personDays: '45.5' } }).warnings;
    expect(warnings).toEqual(['实施计划合计 40 人天，与报价中的实施人天 45.5 不一致。']);
  });

  it('an unknown merge field anywhere stops the export and names the chapter', () => {
    const sources = sampleProposalSources();
    const sections = sources.content.sections.map((s) =>
      s.kind === 'custom' ? { ...s, body: rich.doc(rich.p('联系人：{{customer.phone}}')) } : s,
    );
    expect(() => assembleProposal({ ...sources, content: { ...sources.content, sections } })).toThrow(
      /Unknown merge field \{\{customer.phone\}\} in 服务承诺/,
    );
  });
});
