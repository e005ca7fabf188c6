/**
 * The eight stages of the project sale (项目型销售推动流程), mirroring the customer's purchase one
 * to one. Each has a milestone (the least that is true once we are *in* it), a success criterion
 * (what lets it move on) and the deliverables that gate entering it. Stored as settings the
 * company can edit; these are the defaults from the playbook (DOMAIN.md).
 */

export const STAGE_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type StageNumber = (typeof STAGE_NUMBERS)[number];
export const LAST_STAGE = 8;

/** The real work a stage gate can ask for; checked against the opportunity's documents and answers. */
export const GATE_KINDS = [
  'proposal',
  'demoScript',
  'deviationTable',
  'confirmation',
  'approvedQuote',
  'purchaseConditions',
  'approvedContract',
] as const;
export type GateKind = (typeof GATE_KINDS)[number];

/** Text the company keeps in both languages. */
export interface Bilingual {
  'zh-CN': string;
  en: string;
}

export interface StageDefinition {
  number: number;
  name: Bilingual;
  milestone: Bilingual;
  success: Bilingual;
  /** What must exist to enter this stage. */
  gates: GateKind[];
  /** The base win probability while in this stage, in whole percent. */
  probability: number;
}

export const DEFAULT_STAGES: StageDefinition[] = [
  {
    number: 1,
    name: { 'zh-CN': '客户规划与邀约', en: 'Plan and invite' },
    milestone: {
      'zh-CN': '按六要素完成客户定位，找到业务关键人',
      en: 'Qualified by the six factors, a key person named',
    },
    success: { 'zh-CN': '客户同意见面', en: 'A meeting agreed' },
    gates: [],
    probability: 5,
  },
  {
    number: 2,
    name: { 'zh-CN': '客户拜访与初步调研', en: 'Visit and first survey' },
    milestone: { 'zh-CN': '完成首次拜访，记录需求与痛点', en: 'First visit held, needs and pain points noted' },
    success: { 'zh-CN': '找到强迫事件，明确项目发起人', en: 'A compelling event found, sponsor named' },
    gates: [],
    probability: 10,
  },
  {
    number: 3,
    name: { 'zh-CN': '提交初步方案', en: 'Preliminary proposal' },
    milestone: { 'zh-CN': '为本商机起草了方案书', en: 'A proposal drafted for this opportunity' },
    success: { 'zh-CN': '客户阅读方案并同意演示', en: 'Customer read it and agreed to a demo' },
    gates: ['proposal'],
    probability: 20,
  },
  {
    number: 4,
    name: { 'zh-CN': '方案演示与技术交流', en: 'Demo and technical exchange' },
    milestone: { 'zh-CN': '按参加人员角色准备了演示脚本', en: 'A demo script for the audience’s roles' },
    success: { 'zh-CN': '完成演示，客户认可方案思路', en: 'Demo held, customer accepts the approach' },
    gates: ['demoScript'],
    probability: 30,
  },
  {
    number: 5,
    name: { 'zh-CN': '需求分析与正式方案设计', en: 'Requirements and formal proposal' },
    milestone: {
      'zh-CN': '逐条列出需求并标明满足 / 部分满足 / 不满足',
      en: 'Requirements listed with deviation (met / partly / not met)',
    },
    success: { 'zh-CN': '客户接受正式方案', en: 'Formal proposal accepted' },
    gates: ['deviationTable'],
    probability: 45,
  },
  {
    number: 6,
    name: { 'zh-CN': '项目评估', en: 'Project evaluation' },
    milestone: { 'zh-CN': '了解预算及审批流程，列出竞争对手', en: 'Budget and its process known, competitors listed' },
    success: { 'zh-CN': '通过客户内部评估', en: 'Customer’s internal evaluation passed' },
    gates: ['confirmation'],
    probability: 60,
  },
  {
    number: 7,
    name: { 'zh-CN': '商务谈判', en: 'Commercial negotiation' },
    milestone: { 'zh-CN': '按标准价格体系报价并发送', en: 'A quote at standard prices sent' },
    success: {
      'zh-CN': '价格与付款条件谈妥，确定预计成交日期',
      en: 'Price and payment terms agreed, expected close date set',
    },
    gates: ['approvedQuote'],
    probability: 75,
  },
  {
    number: 8,
    name: { 'zh-CN': '签约成交', en: 'Signing' },
    milestone: { 'zh-CN': '合同草稿经法务审核', en: 'Contract draft reviewed by legal' },
    success: { 'zh-CN': '签约；收款并安装软件', en: 'Signed; first payment received, software installed' },
    gates: ['purchaseConditions', 'approvedContract'],
    probability: 90,
  },
];

export function stageOf(stages: readonly StageDefinition[], number: number): StageDefinition {
  const found = stages.find((s) => s.number === number) ?? DEFAULT_STAGES.find((s) => s.number === number);
  if (!found) throw new Error(`No stage ${number}`);
  return found;
}
