import type { OpportunityRecordInput } from '../../../shared/api/opportunities';

/**
 * Four demo opportunities at different points of the sale, for the demo customers:
 *  - 四海商贸 (the customer with the demo quote, proposal and demo script) in 商务谈判: its quote
 *    approved, the contract drafted from it approved by legal, the confirmation answered and five
 *    of the six purchase conditions met — all that is left before 签约 is the competitor still
 *    in the race;
 *  - 精工机电 just visited (stage 2), with people but no 内线 yet;
 *  - 禾丰服饰 at stage 1, which the qualification rules advise against (服装);
 *  - 瓯江五金 moved to 提交初步方案 past its gate, the override logged with its reason; its quote
 *    is approved and a contract draft waits for the customer's tax ID and bank account
 *    (demo-contract-draft.ts).
 */

export interface DemoCustomerRow {
  name: string;
  shortName: string;
  industry: string;
  contact: string;
  phone: string;
  address: string;
  /** 法定代表人, when the customer has told us (printed on contracts). */
  representative?: string;
  notes: string;
}

export const demoProspects: DemoCustomerRow[] = [
  {
    name: '苏州精工机电设备有限公司',
    shortName: '精工机电',
    industry: '机械制造',
    contact: '刘建国（副总经理）',
    phone: '0512-6652 8810',
    address: '江苏省苏州市吴中区越溪工业园 18 号',
    notes: '非标自动化设备，按单生产，员工约 260 人。',
  },
  {
    name: '杭州禾丰服饰有限公司',
    shortName: '禾丰服饰',
    industry: '服装',
    contact: '周丽（财务经理）',
    phone: '0571-8520 3361',
    address: '浙江省杭州市余杭区临平大道 500 号',
    notes: '女装品牌，线下门店 40 家。',
  },
  {
    name: '温州瓯江五金批发有限公司',
    shortName: '瓯江五金',
    industry: '五金批发',
    contact: '林海（总经理）',
    phone: '0577-8899 1020',
    address: '浙江省温州市鹿城区五金城 B 区 12 号',
    representative: '林海',
    notes: '五金工具一级代理，下游 300 多家门店。',
  },
];

const allConfirmed = {
  needs: '进销存、应收管理与移动审批一体化，三个仓库统一库存。',
  keyProblem: '库存不准、回款慢、价格政策执行不了；目标是月底盘点差异降到 0.5% 以下，回款周期缩短到 45 天。',
  sponsor: '发起人陈志明总经理；参与者信息部王磊、财务部李娟；联络人王磊；内线王磊。',
  strategyFit: '明年开拓绍兴、台州的门店渠道，需要统一的订单与价格管理。强迫事件：旧系统无法支持多仓。',
  products: '日用百货与小家电批发，3,000 多个 SKU。',
  markets: '以分销批发为主，下游经销商与门店 600 余家。',
  partners: '上游为几家家电品牌的区域一级代理；我们的客户宁波某商贸公司与其有业务往来。',
  revenueTrend: '上年营业额约 3.5 亿元，本年预计 4 亿元，利润稳步增长。',
  financesVsPeers: '在同区域同类批发商中现金流较好。',
  financialOutlook: '稳定，明年有扩仓计划。',
  budget: '预算约 60–80 万元，按去年 IT 投入和同行报价估算，有一定弹性。',
  budgetGap: '',
  budgetProcess: '',
};

export interface DemoOpportunity {
  customer: string;
  stage: number;
  daysAgo: number;
  record: OpportunityRecordInput;
  /** Stage changes after creation: [to, days ago, override reason]. */
  moves: [number, number, string?][];
  notes: [string, number, string][];
  attachDocuments?: boolean;
}

export const demoOpportunities: DemoOpportunity[] = [
  {
    customer: '宁波四海商贸有限公司',
    stage: 7,
    daysAgo: 45,
    attachDocuments: true,
    record: {
      name: '四海商贸 ERP 一期（进销存 + 财务）',
      owner: '张伟',
      source: 'referral',
      amountFen: 32_970_000,
      expectedClose: '2027-01-20',
      budget: {
        amountFen: 70_000_000,
        flexibility: 'some',
        computation: '按去年 IT 投入与两家同行的报价估算',
        budgetProcess: '信息部提预算，总经理批准，春节前完成选型',
        approvalProcess: '合同由总经理签字，付款按里程碑经财务审批',
      },
      competitors: [
        {
          id: 'k1',
          name: '飞腾软件',
          strengths: '报价低 15%，本地有实施团队',
          counter: '演示多仓调拨与应收账龄，强调同行案例',
          active: true,
        },
      ],
      qualification: {
        headcount: 180,
        salesWan: 35_000,
        grossProfitWan: 2_800,
        itBudgetWan: 100,
        nature: 'private',
        business: 'trading',
        industry: '分销/商贸',
        systems: { finance: true, inventory: true, crm: false },
        branches: 3,
        purchasePlan: 'withinQuarter',
      },
      people: [
        {
          id: 'p1',
          name: '陈志明',
          title: '总经理',
          role: 'decisionMaker',
          stance: 'supporter',
          influence: 'high',
          audienceRole: 'gm',
          lastContact: '2026-11-28',
        },
        {
          id: 'p2',
          name: '王磊',
          title: '信息部经理',
          role: 'insider',
          stance: 'supporter',
          influence: 'medium',
          audienceRole: 'cio',
          lastContact: '2026-12-02',
        },
        {
          id: 'p3',
          name: '李娟',
          title: '主管会计',
          role: 'participant',
          stance: 'neutral',
          influence: 'medium',
          audienceRole: 'chiefAccountant',
        },
      ],
      events: [
        {
          id: 'e1',
          kind: 'legacyFailing',
          evidence: '单机版进销存无法支持三个仓库，月底盘点差异大',
          date: '2026-10-20',
          strength: 'strong',
        },
        {
          id: 'e2',
          kind: 'customerRecords',
          evidence: '上半年两名业务员离职带走客户',
          date: '2026-09-15',
          strength: 'medium',
        },
      ],
      needs: ['三个仓库统一库存与调拨', '应收账龄与超期提醒', '价格政策与改价审批', '老板手机审批订单和付款'],
      painPoints: ['库存不准，系统有货仓库无货', '平均回款周期超过 75 天', '业务员随意改价'],
      confirmation: allConfirmed,
      conditions: {
        solutionFits: true,
        noCompetitor: false,
        commercialClear: true,
        timetableConfirmed: true,
        peopleSupport: true,
        servicePlanConfirmed: true,
      },
      nextStep: '与陈总确认付款方式，请他在飞腾软件出局后签字',
      nextStepDue: '2026-12-12',
    },
    moves: [
      [2, 40],
      [3, 30],
      [4, 21],
      [5, 14],
      [6, 5],
      [7, 2],
    ],
    notes: [['contact', 28, '与陈总、王经理现场调研三个仓库的出入库流程']],
  },
  {
    customer: '苏州精工机电设备有限公司',
    stage: 2,
    daysAgo: 12,
    record: {
      name: '精工机电 生产与成本管理',
      owner: '张伟',
      source: 'event',
      amountFen: 45_000_000,
      expectedClose: '2027-04-30',
      qualification: {
        headcount: 260,
        salesWan: 18_000,
        grossProfitWan: 3_200,
        nature: 'private',
        business: 'makeToOrder',
        industry: '机械制造',
        systems: { finance: true, inventory: false, crm: false },
        branches: 0,
        purchasePlan: 'withinYear',
      },
      people: [
        {
          id: 'p1',
          name: '刘建国',
          title: '副总经理',
          role: 'decisionMaker',
          stance: 'neutral',
          influence: 'high',
          audienceRole: 'gm',
          lastContact: '2026-12-01',
        },
      ],
      events: [
        {
          id: 'e1',
          kind: 'fastGrowth',
          evidence: '订单两年翻倍，按单核算成本全靠 Excel',
          date: '2026-11-25',
          strength: 'medium',
        },
      ],
      needs: ['按订单核算成本', '物料需求计划'],
      painPoints: ['成本算不清，报价凭经验'],
      nextStep: '约 CIO 做第二次调研，找内线',
      nextStepDue: '2026-12-15',
    },
    moves: [[2, 4]],
    notes: [['note', 10, '在苏州智能制造展上认识刘总，对按单成本核算很感兴趣']],
  },
  {
    customer: '杭州禾丰服饰有限公司',
    stage: 1,
    daysAgo: 3,
    record: {
      name: '禾丰服饰 门店进销存',
      owner: '李娜',
      source: 'inbound',
      amountFen: 12_000_000,
      expectedClose: '2027-03-31',
      qualification: {
        headcount: 120,
        salesWan: 6_000,
        grossProfitWan: 900,
        nature: 'private',
        business: 'other',
        industry: '服装',
        systems: { finance: true, inventory: false, crm: false },
        branches: 40,
        purchasePlan: 'withinYear',
      },
      nextStep: '按定位规则不建议跟进，与主管确认是否放弃',
    },
    moves: [],
    notes: [],
  },
  {
    customer: '温州瓯江五金批发有限公司',
    stage: 3,
    daysAgo: 20,
    record: {
      name: '瓯江五金 分销与门店订货',
      owner: '李娜',
      source: 'partner',
      amountFen: 26_000_000,
      expectedClose: '2027-02-28',
      qualification: {
        headcount: 45,
        salesWan: 9_000,
        grossProfitWan: 800,
        nature: 'private',
        business: 'trading',
        industry: '五金批发',
        systems: { finance: true, inventory: true, crm: false },
        branches: 2,
        purchasePlan: 'withinQuarter',
      },
      people: [
        {
          id: 'p1',
          name: '林海',
          title: '总经理',
          role: 'decisionMaker',
          stance: 'supporter',
          influence: 'high',
          audienceRole: 'gm',
        },
        {
          id: 'p2',
          name: '陈晓',
          title: '网管',
          role: 'insider',
          stance: 'supporter',
          influence: 'low',
          audienceRole: 'cio',
        },
      ],
      events: [
        {
          id: 'e1',
          kind: 'vendorRequires',
          evidence: '上游品牌要求明年起按月报送分销数据',
          date: '2026-11-10',
          strength: 'strong',
        },
      ],
      nextStep: '补写初步方案，下周演示门店订货',
      nextStepDue: '2026-12-10',
    },
    moves: [
      [2, 15],
      [3, 6, '林总已看过我们给同行做的方案，直接约了演示；初步方案随后补上'],
    ],
    notes: [['note', 1, '林总要先看付款和验收条款：已按审批过的报价起草合同，等客户财务提供税号和开户行']],
  },
];
