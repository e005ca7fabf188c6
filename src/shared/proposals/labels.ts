import type { Locale } from '../locale';
import type { Coverage, ProposalSectionKind } from './proposal';
import type { ValueLine } from './value';

/** The words a proposal document prints around the engineer's own text, in each language. */
export interface ProposalLabels {
  documentSuffix: string;
  subtitle: string;
  contents: string;
  pageOf: (page: number, total: number) => string;
  sectionTitles: Record<ProposalSectionKind, string>;
  cover: { customer: string; supplier: string; date: string; quote: string; preparedFor: string };
  situation: { needs: string; painPoints: string };
  requirements: {
    columns: [string, string, string, string, string];
    coverage: Record<Coverage, string>;
    summary: string;
  };
  solution: { modules: string; features: string; itemCode: string };
  plan: {
    lead: string;
    phases: [string, string, string, string, string];
    team: [string, string, string];
    total: string;
  };
  budget: {
    columns: [string, string];
    net: string;
    tax: string;
    total: string;
    capital: string;
    byRate: [string, string, string, string];
    quote: string;
  };
  value: {
    intro: string;
    columns: [string, string, string];
    lines: Record<ValueLine['key'], { label: string; formula: string }>;
    annual: string;
    investment: string;
    payback: string;
    paybackNone: string;
    threeYear: string;
    months: string;
  };
  risks: { columns: [string, string] };
  personDaysMismatch: string;
}

const zh: ProposalLabels = {
  documentSuffix: '解决方案建议书',
  subtitle: '{{solution}}',
  contents: '目录',
  pageOf: (page, total) => `第 ${page} 页 共 ${total} 页`,
  sectionTitles: {
    cover: '封面',
    toc: '目录',
    situation: '项目背景与需求分析',
    requirements: '需求响应与偏离表',
    solution: '解决方案',
    plan: '实施计划',
    budget: '项目预算',
    value: '客户价值测算',
    risks: '项目风险与应对',
    library: '资料',
    custom: '自定义章节',
  },
  cover: { customer: '客户', supplier: '提交单位', date: '日期', quote: '报价编号', preparedFor: '呈：' },
  situation: { needs: '主要需求', painPoints: '当前痛点' },
  requirements: {
    columns: ['序号', '客户需求', '对应功能', '响应', '说明'],
    coverage: { full: '满足', partial: '部分满足', none: '不满足' },
    summary: '共 {{total}} 项需求：满足 {{full}} 项，部分满足 {{partial}} 项，不满足 {{none}} 项。',
  },
  solution: { modules: '方案模块', features: '主要功能', itemCode: '产品编码' },
  plan: {
    lead: '项目负责人',
    phases: ['阶段', '开始', '结束', '里程碑', '人天'],
    team: ['角色', '人员', '人天'],
    total: '合计',
  },
  budget: {
    columns: ['项目', '金额（含税）'],
    net: '不含税金额',
    tax: '税额',
    total: '合计（含税）',
    capital: '大写',
    byRate: ['税率', '不含税金额', '税额', '含税金额'],
    quote: '以上预算依据报价单 {{number}}，有效期至 {{validUntil}}。',
  },
  value: {
    intro: '以下按与贵公司共同确认的数据测算系统上线后的年度收益（算账）：',
    columns: ['收益来源', '计算方法', '年度收益'],
    lines: {
      labour: { label: '节省人工', formula: '{{0}} 小时/月 × 12 个月 × ¥{{1}}/小时' },
      inventory: { label: '降低库存资金占用', formula: '库存减少 ¥{{0}} × 持有成本 {{1}}%' },
      badDebt: { label: '减少坏账', formula: '每年减少坏账 ¥{{0}}' },
      collection: { label: '加快回款', formula: '赊销额 ¥{{0}} ÷ 365 × 提前 {{1}} 天 × 资金成本 {{2}}%' },
    },
    annual: '年度总收益',
    investment: '项目投资（报价总额）',
    payback: '投资回收期',
    paybackNone: '—',
    threeYear: '三年投资回报率',
    months: '个月',
  },
  risks: { columns: ['风险', '应对措施'] },
  personDaysMismatch: '实施计划合计 {{plan}} 人天，与报价中的实施人天 {{quote}} 不一致。',
};

const en: ProposalLabels = {
  documentSuffix: 'Solution Proposal',
  subtitle: '{{solution}}',
  contents: 'Contents',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  sectionTitles: {
    cover: 'Cover',
    toc: 'Contents',
    situation: 'Background and Needs',
    requirements: 'Requirements and Compliance',
    solution: 'Solution',
    plan: 'Implementation Plan',
    budget: 'Budget',
    value: 'Value for the Customer',
    risks: 'Risks and Mitigation',
    library: 'Reference',
    custom: 'Custom chapter',
  },
  cover: { customer: 'Customer', supplier: 'Submitted by', date: 'Date', quote: 'Quote', preparedFor: 'For: ' },
  situation: { needs: 'Main needs', painPoints: 'Current pain points' },
  requirements: {
    columns: ['No.', 'Requirement', 'Feature', 'Compliance', 'Note'],
    coverage: { full: 'Met', partial: 'Partly met', none: 'Not met' },
    summary: '{{total}} requirements: {{full}} met, {{partial}} partly met, {{none}} not met.',
  },
  solution: { modules: 'Modules', features: 'Main features', itemCode: 'Product code' },
  plan: {
    lead: 'Project lead',
    phases: ['Phase', 'Start', 'End', 'Milestone', 'Person-days'],
    team: ['Role', 'Name', 'Person-days'],
    total: 'Total',
  },
  budget: {
    columns: ['Item', 'Amount (VAT incl.)'],
    net: 'Excl. VAT',
    tax: 'VAT',
    total: 'Total (VAT incl.)',
    capital: 'In Chinese capitals',
    byRate: ['Rate', 'Excl. VAT', 'VAT', 'Incl. VAT'],
    quote: 'Budget per quote {{number}}, valid until {{validUntil}}.',
  },
  value: {
    intro: 'The annual benefit after go-live, from figures agreed with you:',
    columns: ['Source', 'Calculation', 'Per year'],
    lines: {
      labour: { label: 'Staff time saved', formula: '{{0}} h/month × 12 months × ¥{{1}}/h' },
      inventory: { label: 'Less capital tied up in stock', formula: 'stock reduced by ¥{{0}} × carrying cost {{1}}%' },
      badDebt: { label: 'Fewer bad debts', formula: 'bad debts avoided ¥{{0}} per year' },
      collection: {
        label: 'Faster collection',
        formula: 'credit sales ¥{{0}} ÷ 365 × {{1}} days sooner × financing cost {{2}}%',
      },
    },
    annual: 'Annual benefit',
    investment: 'Investment (quote total)',
    payback: 'Payback period',
    paybackNone: '—',
    threeYear: 'Three-year return',
    months: 'months',
  },
  risks: { columns: ['Risk', 'Mitigation'] },
  personDaysMismatch: 'The plan adds up to {{plan}} person-days; the quote has {{quote}}.',
};

export function proposalLabels(locale: Locale): ProposalLabels {
  return locale === 'en' ? en : zh;
}

/** "{{0}} and {{name}}" filled from positional or named values (labels only, not merge fields). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(values[key] ?? ''));
}
