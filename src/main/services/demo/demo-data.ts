/**
 * Demo data: a fictional software vendor (the company using the workbench), its standard
 * price list, two industry solutions and one prospective customer.
 *
 * Everything here is invented: company names, people, addresses, phone numbers, bank
 * accounts and tax IDs (the tax IDs are constructed so their check character is valid).
 *
 * Money is in integer fen (6800000 = ¥68,000.00), prices include VAT (含税).
 * VAT and floor discount are in basis points (1300 = 13 %, 2000 = at most 20 % off = 最低8折).
 */

export type { ItemType } from '../../../shared/prices/catalogue';
export * from './demo-price-list';
export * from './demo-solutions';

export interface DemoCompany {
  name: string;
  shortName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  taxId: string;
  bankName: string;
  bankAccount: string;
  representative: string;
  defaultLanguage: 'zh-CN';
  defaultVatMode: 'inclusive';
}

export interface DemoCustomer {
  name: string;
  shortName: string;
  industry: string;
  contact: string;
  phone: string;
  email: string;
  address: string;
  taxId: string;
  bankName: string;
  bankAccount: string;
  representative: string;
  notes: string;
}

// ---------------------------------------------------------------------------
// The vendor
// ---------------------------------------------------------------------------

export const demoCompany: DemoCompany = {
  name: '杭州云帆软件有限公司',
  shortName: '云帆软件',
  address: '浙江省杭州市西湖区文三路 388 号云帆科技大厦 12 层',
  phone: '0571-8765 4321',
  email: 'sales@yunfan-soft.example.com',
  website: 'https://www.yunfan-soft.example.com',
  taxId: '91330106MA2CFY8K3M',
  bankName: '招商银行杭州分行',
  bankAccount: '5719 0612 3410 888',
  representative: '陈志远',
  defaultLanguage: 'zh-CN',
  defaultVatMode: 'inclusive',
};

// ---------------------------------------------------------------------------
// A prospective customer
// ---------------------------------------------------------------------------

export const demoCustomer: DemoCustomer = {
  name: '宁波四海商贸有限公司',
  shortName: '四海商贸',
  industry: '分销/商贸',
  contact: '陈志明（总经理）',
  phone: '0574-8736 2210',
  email: 'chenzm@sihai-trade.example.com',
  address: '浙江省宁波市江北区长兴路 666 号四海物流园 3 号楼',
  taxId: '91330205MA2H4QW71P',
  bankName: '中国银行宁波江北支行',
  bankAccount: '3602 5871 2210 0456 789',
  representative: '陈志明',
  notes:
    '日用百货与小家电批发商，员工约 180 人，年销售额约 3.5 亿元，在宁波、绍兴、台州有 3 个仓库，下游经销商与门店 600 余家。' +
    '现用单机版进销存加大量 Excel 手工台账。痛点：库存不准，月底盘点差异大，常出现系统有货仓库无货；' +
    '应收账款回收慢，平均回款周期超过 75 天，超期欠款无人跟进；业务员随意改价，价格政策难以执行；' +
    '老板出差时无法及时审批订单和付款。计划明年春节前完成选型，预算约 60–80 万元，信息部王经理负责技术评估。',
};

export interface DemoQuoteTemplate {
  kind: 'terms' | 'notes';
  name: string;
  body: string;
}

/** Reusable quote terms and notes (设置 → 报价): what a rep picks instead of copy-paste. */
export const demoQuoteTemplates: readonly DemoQuoteTemplate[] = [
  {
    kind: 'terms',
    name: '标准商务条款',
    body: [
      '1. 本报价自报价日期起 30 天内有效。',
      '2. 软件许可为永久使用许可，按约定的用户数和模块授权；首年免费维护，次年起年度维护费为软件许可费的 15%。',
      '3. 实施服务按人天计价，超出约定人天的部分按同等单价另行结算；异地现场实施的差旅费由客户承担。',
      '4. 交付：合同签订后 10 个工作日内交付软件介质和许可文件。',
      '5. 发票：按付款节点开具增值税专用发票，软件产品税率 13%，技术服务税率 6%。',
    ].join('\n'),
  },
  {
    kind: 'terms',
    name: 'Standard terms (English)',
    body: [
      '1. This quotation is valid for 30 days from its date.',
      '2. Software licences are perpetual for the modules and users listed; the first year of maintenance is free, then 15 % of the licence fee per year.',
      '3. Implementation is charged per person-day; days beyond the agreed number are charged at the same rate; travel for on-site work is charged at cost.',
      '4. Delivery: software media and licence files within 10 working days of signing.',
      '5. Invoices: VAT special invoices at each payment milestone (13 % software products, 6 % technical services).',
    ].join('\n'),
  },
  {
    kind: 'terms',
    name: '试用转正式',
    body: [
      '1. 试用期内录入的数据可直接转为正式使用，无需重新实施。',
      '2. 试用期满 30 天内签约，可抵扣试用期间的实施服务费。',
    ].join('\n'),
  },
  { kind: 'notes', name: '含升级服务', body: '报价包含三年内的版本升级服务。' },
  { kind: 'notes', name: '差旅另计', body: '异地实施差旅费按实际发生另行结算，不含在本报价内。' },
];

export interface DemoQuoteLine {
  code: string;
  quantity: string;
  discountBp?: number;
  section: number;
}

/**
 * A quote for the demo customer, within every approval rule (a draft waiting for the rep to
 * approve and send it), so a newcomer sees a real one at once.
 */
export const demoQuote = {
  title: '四海商贸 ERP 一期（进销存 + 财务）报价',
  sections: ['软件许可', '实施与培训服务'],
  lines: [
    { code: 'ERP-SD-001', quantity: '1', discountBp: 1000, section: 0 },
    { code: 'ERP-PU-001', quantity: '1', discountBp: 1000, section: 0 },
    { code: 'ERP-IV-001', quantity: '1', discountBp: 1000, section: 0 },
    { code: 'ERP-AR-001', quantity: '1', discountBp: 1000, section: 0 },
    { code: 'ERP-GL-001', quantity: '1', section: 0 },
    { code: 'LIC-U-010', quantity: '2', section: 0 },
    { code: 'SVC-IMP-001', quantity: '30', discountBp: 500, section: 1 },
    { code: 'SVC-IMP-002', quantity: '8', section: 1 },
    { code: 'TRN-001', quantity: '2', section: 1 },
  ] as readonly DemoQuoteLine[],
  termsTemplate: '标准商务条款',
  notes: '报价包含三年内的版本升级服务。',
} as const;
