import type { Locale } from '../locale';
import type { ContractDocumentLabels } from './document';
import type { MilestoneTrigger } from './types';

/** The party details a contract prints (ContractParty's fields). */
export type PartyField =
  'name' | 'address' | 'taxId' | 'bankName' | 'bankAccount' | 'representative' | 'contact' | 'phone';

/** The words a contract document adds around its clauses, in each document language. */
export interface ContractLabels extends ContractDocumentLabels {
  partyA: string;
  partyB: string;
  sealA: string;
  sealB: string;
  party: {
    name: string;
    address: string;
    taxId: string;
    bankName: string;
    bankAccount: string;
    representative: string;
    contact: string;
    phone: string;
  };
  keyTerms: {
    number: string;
    quote: string;
    total: string;
    capital: string;
    payment: string;
    implementation: string;
    warranty: string;
    maintenance: string;
    liability: string;
    disputes: string;
    signing: string;
  };
  days: (n: number) => string;
  months: (n: number) => string;
  maintenanceValue: (rate: string, fee: string) => string;
  liabilityValue: (rate: string, amount: string) => string;
  scheduleColumns: string[];
  scheduleTotal: string;
  milestoneColumns: string[];
  milestoneTotal: string;
  trigger: (trigger: MilestoneTrigger, label: string, days: number) => string;
  fileTitle: string;
  /** A party's detail named for a blank: "甲方开户银行" / "Party A bank". */
  partyField: (side: 'customer' | 'company', field: PartyField) => string;
  /** The marked blank printed for a missing value: "【待补充：甲方开户银行】". */
  blank: (label: string) => string;
  /** A field the contract does not know, named for its blank. */
  unknownField: (field: string) => string;
}

const EN_PARTY_FIELD: Record<PartyField, string> = {
  name: 'name',
  address: 'address',
  taxId: 'unified social credit code',
  bankName: 'bank',
  bankAccount: 'bank account',
  representative: 'legal representative',
  contact: 'contact',
  phone: 'phone',
};

const ZH_PARTY: Record<PartyField, string> = {
  name: '名称',
  address: '地址',
  taxId: '统一社会信用代码',
  bankName: '开户银行',
  bankAccount: '银行账号',
  representative: '法定代表人',
  contact: '联系人',
  phone: '电话',
};

const ZH: ContractLabels = {
  draftWatermark: '草稿',
  keyTermsTitle: '主要条款',
  deviationsTitle: '附件：非标条款清单',
  deviationsIntro: '下列条款与公司标准条款库不一致，请法务重点审核。删除线为标准文本中被删除的内容，下划线为新增内容。',
  noDeviations: '本合同全部采用标准条款，无非标条款。',
  deviationColumns: { number: '条款', heading: '标题', status: '类型', change: '与标准文本的差异' },
  statusText: { edited: '已修改', added: '新增', removed: '已删除' },
  signatureRepresentative: '法定代表人或授权代表（签字）：',
  signatureDate: '日期：',
  blankDate: '______年____月____日',
  pageOf: '第 {page} 页 共 {pages} 页',
  headerNote: '合同草稿 · 供法务审核',
  partyA: '甲方（需方）',
  partyB: '乙方（供方）',
  sealA: '甲方（盖章）',
  sealB: '乙方（盖章）',
  party: ZH_PARTY,
  keyTerms: {
    number: '合同编号',
    quote: '依据报价单',
    total: '合同总价（含税）',
    capital: '人民币大写',
    payment: '付款方式',
    implementation: '实施周期',
    warranty: '免费维护期',
    maintenance: '年度维护费',
    liability: '违约责任上限',
    disputes: '争议解决',
    signing: '签订地点及日期',
  },
  days: (n) => `${n} 个工作日`,
  months: (n) => `${n} 个月`,
  maintenanceValue: (rate, fee) => `软件许可费的 ${rate}，即 ${fee}/年（免费维护期满后）`,
  liabilityValue: (rate, amount) => `合同总价的 ${rate}，即 ${amount}`,
  scheduleColumns: ['序号', '产品/服务名称', '规格', '单位', '数量', '税率', '含税金额（元）'],
  scheduleTotal: '合计（含税）',
  milestoneColumns: ['期次', '付款节点', '付款条件', '比例', '金额（元）', '人民币大写'],
  milestoneTotal: '合计',
  trigger: (trigger, label, days) => {
    switch (trigger) {
      case 'signing':
        return `本合同签订后 ${days} 日内`;
      case 'goLive':
        return `系统上线运行后 ${days} 日内`;
      case 'acceptance':
        return `项目验收合格后 ${days} 日内`;
      case 'final':
        return `免费维护期届满后 ${days} 日内`;
      case 'other':
        return `${label}后 ${days} 日内`;
    }
  },
  fileTitle: '合同',
  missingTitle: '待补充信息',
  missingIntro: '本稿供法务审核，下列信息尚未提供，文中以【待补充：…】标出；签署版须全部补全。',
  missingWhere: '（{places}）',
  placesSeparator: '、',
  partyField: (side, field) => `${side === 'customer' ? '甲方' : '乙方'}${ZH_PARTY[field]}`,
  blank: (label) => `【待补充：${label}】`,
  unknownField: (field) => `未知字段 {{${field}}}`,
};

const EN: ContractLabels = {
  draftWatermark: 'DRAFT',
  keyTermsTitle: 'Key terms',
  deviationsTitle: 'Appendix: Non-standard clauses',
  deviationsIntro:
    'The clauses below differ from the company standard clause library and need legal review. Struck-through text was removed from the standard wording; underlined text was added.',
  noDeviations: 'Every clause of this contract is standard; there are no non-standard clauses.',
  deviationColumns: { number: 'Clause', heading: 'Heading', status: 'Type', change: 'Difference from the standard' },
  statusText: { edited: 'Edited', added: 'Added', removed: 'Removed' },
  signatureRepresentative: 'Legal or authorised representative (signature):',
  signatureDate: 'Date:',
  blankDate: '____ / ____ / ________',
  pageOf: 'Page {page} of {pages}',
  headerNote: 'Contract draft · for legal review',
  partyA: 'Party A (Customer)',
  partyB: 'Party B (Supplier)',
  sealA: 'Party A (seal)',
  sealB: 'Party B (seal)',
  party: {
    name: 'Name',
    address: 'Address',
    taxId: 'Unified social credit code',
    bankName: 'Bank',
    bankAccount: 'Account',
    representative: 'Legal representative',
    contact: 'Contact',
    phone: 'Phone',
  },
  keyTerms: {
    number: 'Contract number',
    quote: 'Based on quotation',
    total: 'Contract price (incl. VAT)',
    capital: 'In Chinese capitals',
    payment: 'Payment',
    implementation: 'Implementation period',
    warranty: 'Free maintenance period',
    maintenance: 'Annual maintenance fee',
    liability: 'Liability cap',
    disputes: 'Disputes',
    signing: 'Place and date of signing',
  },
  days: (n) => `${n} working days`,
  months: (n) => `${n} months`,
  maintenanceValue: (rate, fee) => `${rate} of the licence fee, i.e. ${fee} per year (after the free period)`,
  liabilityValue: (rate, amount) => `${rate} of the contract price, i.e. ${amount}`,
  scheduleColumns: ['No.', 'Product / service', 'Specification', 'Unit', 'Qty', 'VAT', 'Amount incl. VAT (CNY)'],
  scheduleTotal: 'Total (incl. VAT)',
  milestoneColumns: ['No.', 'Milestone', 'Due', 'Share', 'Amount (CNY)', 'In Chinese capitals'],
  milestoneTotal: 'Total',
  trigger: (trigger, label, days) => {
    switch (trigger) {
      case 'signing':
        return `Within ${days} days of signing`;
      case 'goLive':
        return `Within ${days} days of go-live`;
      case 'acceptance':
        return `Within ${days} days of acceptance`;
      case 'final':
        return `Within ${days} days after the free maintenance period`;
      case 'other':
        return `Within ${days} days of ${label}`;
    }
  },
  fileTitle: 'Contract',
  missingTitle: 'Details to complete',
  missingIntro:
    'This draft is for legal review. The details below are not known yet and are marked [To be completed: ...] in the text; the version for signing must state every one.',
  missingWhere: ' ({places})',
  placesSeparator: '; ',
  partyField: (side, field) => `Party ${side === 'customer' ? 'A' : 'B'} ${EN_PARTY_FIELD[field]}`,
  blank: (label) => `[To be completed: ${label}]`,
  unknownField: (field) => `unknown field {{${field}}}`,
};

export function contractLabels(locale: Locale): ContractLabels {
  return locale === 'zh-CN' ? ZH : EN;
}
