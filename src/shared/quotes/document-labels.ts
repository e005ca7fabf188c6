import type { Locale } from '../locale';
import { formatPercentBp, formatYuan } from '../money';
import { discountBpToZhe } from '../prices/catalogue';
import type { QuoteDocument } from './document';

/** The words on a quote document, in each document language. One table for all three renderers. */
export interface QuoteDocumentLabels {
  title: string;
  draftWatermark: string;
  quoteNumber: string;
  revision: string;
  issueDate: string;
  validUntil: string;
  priceVersion: string;
  preparedBy: string;
  approvedBy: string;
  vatMode: string;
  vatModeInclusive: string;
  vatModeExclusive: string;
  customer: string;
  supplier: string;
  contact: string;
  phone: string;
  email: string;
  address: string;
  taxId: string;
  bank: string;
  bankAccount: string;
  website: string;
  columns: {
    no: string;
    code: string;
    name: string;
    spec: string;
    unit: string;
    quantity: string;
    unitPrice: string;
    discount: string;
    amount: string;
    wholeDiscount: string;
    finalAmount: string;
    vatRate: string;
    net: string;
    tax: string;
  };
  optionalMark: string;
  customMark: string;
  overrideNote: string;
  sectionSubtotal: string;
  listTotal: string;
  linesTotal: string;
  wholeDiscount: string;
  totalNet: string;
  totalTax: string;
  total: string;
  totalCapital: string;
  vatSummary: string;
  vatColumns: { rate: string; net: string; tax: string; gross: string };
  milestones: string;
  milestoneColumns: { no: string; label: string; percent: string; amount: string };
  terms: string;
  notes: string;
  optionalNote: string;
  signature: {
    supplierSide: string;
    customerSide: string;
    signatory: string;
    date: string;
    seal: string;
  };
  /** "第 1 页 共 3 页" / "Page 1 of 3" */
  pageOf: (page: number, total: number) => string;
  /** "¥1,234.00" */
  money: (fen: number) => string;
  /** Discount as shown on a document: "15%" (zh adds 折: "15%（85折）"). */
  discount: (bp: number) => string;
  rate: (bp: number) => string;
}

/** 1500 bp off → "8.5折", 2000 → "8折"; 0 → "" (no discount). Same wording as the price list screen. */
export function zheText(discountBp: number): string {
  return discountBp <= 0 ? '' : discountBpToZhe(discountBp);
}

const zh: QuoteDocumentLabels = {
  title: '报价单',
  draftWatermark: '草稿',
  quoteNumber: '报价编号',
  revision: '版本',
  issueDate: '报价日期',
  validUntil: '有效期至',
  priceVersion: '价格体系',
  preparedBy: '报价人',
  approvedBy: '审批',
  vatMode: '计价方式',
  vatModeInclusive: '含税价',
  vatModeExclusive: '不含税价',
  customer: '客户',
  supplier: '供应商',
  contact: '联系人',
  phone: '电话',
  email: '邮箱',
  address: '地址',
  taxId: '统一社会信用代码',
  bank: '开户行',
  bankAccount: '账号',
  website: '网址',
  columns: {
    no: '序号',
    code: '编码',
    name: '名称',
    spec: '规格型号',
    unit: '单位',
    quantity: '数量',
    unitPrice: '单价',
    discount: '折扣',
    amount: '金额',
    wholeDiscount: '整单优惠',
    finalAmount: '成交金额',
    vatRate: '税率',
    net: '不含税金额',
    tax: '税额',
  },
  optionalMark: '（选配）',
  customMark: '（非标）',
  overrideNote: '议价',
  sectionSubtotal: '小计',
  listTotal: '标准价合计',
  linesTotal: '折后合计',
  wholeDiscount: '整单优惠',
  totalNet: '不含税合计',
  totalTax: '税额合计',
  total: '报价总计（含税）',
  totalCapital: '大写金额',
  vatSummary: '税率汇总',
  vatColumns: { rate: '税率', net: '不含税金额', tax: '税额', gross: '含税金额' },
  milestones: '付款方式',
  milestoneColumns: { no: '期次', label: '付款节点', percent: '比例', amount: '金额' },
  terms: '商务条款',
  notes: '备注',
  optionalNote: '标注“选配”的项目仅供参考，不计入总价。',
  signature: {
    supplierSide: '供方（盖章）',
    customerSide: '客户确认（盖章）',
    signatory: '授权代表签字',
    date: '日期',
    seal: '盖章处',
  },
  pageOf: (page, total) => `第 ${page} 页 共 ${total} 页`,
  money: (fen) => formatYuan(fen),
  discount: (bp) => (bp === 0 ? '' : bp < 0 ? formatPercentBp(bp) : `${formatPercentBp(bp)}（${zheText(bp)}）`),
  rate: (bp) => formatPercentBp(bp),
};

const en: QuoteDocumentLabels = {
  title: 'Quotation',
  draftWatermark: 'DRAFT',
  quoteNumber: 'Quote no.',
  revision: 'Revision',
  issueDate: 'Date',
  validUntil: 'Valid until',
  priceVersion: 'Price list',
  preparedBy: 'Prepared by',
  approvedBy: 'Approved by',
  vatMode: 'Prices',
  vatModeInclusive: 'VAT included',
  vatModeExclusive: 'VAT excluded',
  customer: 'Customer',
  supplier: 'Supplier',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  taxId: 'Tax ID',
  bank: 'Bank',
  bankAccount: 'Account',
  website: 'Website',
  columns: {
    no: 'No.',
    code: 'Code',
    name: 'Item',
    spec: 'Specification',
    unit: 'Unit',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    discount: 'Discount',
    amount: 'Amount',
    wholeDiscount: 'Quote discount',
    finalAmount: 'Net of discounts',
    vatRate: 'VAT',
    net: 'Excl. VAT',
    tax: 'VAT amount',
  },
  optionalMark: ' (optional)',
  customMark: ' (custom)',
  overrideNote: 'agreed price',
  sectionSubtotal: 'Subtotal',
  listTotal: 'List price total',
  linesTotal: 'Total after line discounts',
  wholeDiscount: 'Quote discount',
  totalNet: 'Total excl. VAT',
  totalTax: 'Total VAT',
  total: 'Total (VAT included)',
  totalCapital: 'In Chinese capitals',
  vatSummary: 'VAT summary',
  vatColumns: { rate: 'Rate', net: 'Excl. VAT', tax: 'VAT', gross: 'Incl. VAT' },
  milestones: 'Payment terms',
  milestoneColumns: { no: 'No.', label: 'Milestone', percent: 'Share', amount: 'Amount' },
  terms: 'Terms',
  notes: 'Notes',
  optionalNote: 'Items marked "optional" are for reference and not included in the total.',
  signature: {
    supplierSide: 'Supplier (seal)',
    customerSide: 'Accepted by customer (seal)',
    signatory: 'Authorised signature',
    date: 'Date',
    seal: 'Seal',
  },
  pageOf: (page, total) => `Page ${page} of ${total}`,
  money: (fen) => formatYuan(fen),
  discount: (bp) => (bp === 0 ? '' : formatPercentBp(bp)),
  rate: (bp) => formatPercentBp(bp),
};

export function quoteDocumentLabels(locale: Locale): QuoteDocumentLabels {
  return locale === 'en' ? en : zh;
}

/** "BJ-2026-0001 A" — how a revision is named on documents and file names. */
export function quoteReference(doc: Pick<QuoteDocument, 'quote'>): string {
  return `${doc.quote.number}-${doc.quote.revision}`;
}
