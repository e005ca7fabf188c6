import type { ContractTerms } from '../../../shared/contract-drafts/types';
import type { TemplateSeed } from './seed-types';

/**
 * The contract templates a new database starts with: which standard clauses, in which order and
 * wording, and the key terms a new contract starts from. The drafter fills the place and date of
 * signing; the quote supplies the parties and the figures.
 */

const TERMS: ContractTerms = {
  signingPlace: '',
  signingDate: '',
  implementationDays: 90,
  paymentDays: 10,
  warrantyMonths: 12,
  maintenanceRateBp: 1500,
  liabilityCapBp: 10000,
  disputeBody: '上海仲裁委员会',
  trialDays: 30,
  copies: 4,
};

/** The licence contract's articles, in both languages (the clause keys are the same). */
const LICENCE_CLAUSES: TemplateSeed['clauses'] = [
  { key: 'parties' },
  { key: 'definitions' },
  { key: 'scope' },
  { key: 'price' },
  { key: 'delivery' },
  { key: 'acceptance', wording: 'milestone' },
  { key: 'warranty' },
  { key: 'licence' },
  { key: 'confidentiality' },
  { key: 'liability' },
  { key: 'breach' },
  { key: 'force-majeure' },
  { key: 'disputes', wording: 'arbitration' },
  { key: 'notices' },
  { key: 'effect' },
  { key: 'signatures' },
];

export const STANDARD_TEMPLATES: TemplateSeed[] = [
  {
    key: 'licence-zh',
    name: '软件许可及实施服务合同',
    lang: 'zh-CN',
    kind: 'licence',
    description: '软件产品永久许可加实施服务的项目合同，按报价单列明标的和分期付款，分阶段验收，仲裁解决争议。',
    clauses: LICENCE_CLAUSES.map((ref) => ({ ...ref })),
    terms: { ...TERMS },
  },
  {
    key: 'trial-zh',
    name: '软件试用协议',
    lang: 'zh-CN',
    kind: 'trial',
    description:
      '正式采购前的免费试用协议：限定试用产品、期限和用途，约定保密、免责、转为正式采购及试用结束后的卸载返还。',
    clauses: [
      { key: 'trial-parties' },
      { key: 'trial-scope' },
      { key: 'trial-period' },
      { key: 'trial-licence' },
      { key: 'trial-data' },
      { key: 'confidentiality' },
      { key: 'trial-disclaimer' },
      { key: 'trial-purchase' },
      { key: 'trial-end' },
      { key: 'disputes', wording: 'arbitration' },
      { key: 'trial-effect' },
      { key: 'signatures' },
    ],
    terms: { ...TERMS, copies: 2 },
  },
  {
    key: 'licence-en',
    name: 'Software Licence and Implementation Agreement',
    lang: 'en',
    kind: 'licence',
    description:
      'Perpetual software licence with implementation services, itemised and paid in instalments as quoted, with staged acceptance and arbitration under PRC law.',
    clauses: LICENCE_CLAUSES.map((ref) => ({ ...ref })),
    terms: { ...TERMS, disputeBody: 'Shanghai International Arbitration Center' },
  },
];
