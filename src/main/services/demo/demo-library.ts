import type { LibrarySection } from '../../../shared/api/library';
import { rich, type RichDoc } from '../../../shared/rich-text';

/**
 * The demo solution library's reusable sections and a sample proposal for the demo customer
 * (宁波四海商贸): real presales wording, so a newcomer sees a finished 方案书 at once.
 */

export interface DemoLibrarySection {
  kind: LibrarySection['kind'];
  title: string;
  tags: string[];
  body: RichDoc;
}

export const demoLibrarySections: readonly DemoLibrarySection[] = [
  {
    kind: 'company',
    title: '公司介绍',
    tags: ['公司', '资质'],
    body: rich.doc(
      rich.p(
        '{{company.name}}专注于为成长型商贸与制造企业提供 ERP 管理软件与实施服务，已为华东地区 600 余家企业完成信息化建设，',
        '覆盖分销、批发零售、机械电子、五金制造等行业。',
      ),
      rich.h(2, '我们的优势'),
      rich.ul(
        '行业方案成熟：分销与离散制造两条产品线，标准化实施，平均 3 个月上线。',
        '本地化服务：宁波、杭州、上海三地服务中心，4 小时内到达现场。',
        '持续投入研发：每年两个大版本，老客户免费升级。',
      ),
      rich.table(
        ['资质', '说明'],
        ['ISO 9001 质量管理体系', '软件开发与实施服务'],
        ['双软企业认定', '软件产品登记与软件企业证书'],
      ),
    ),
  },
  {
    kind: 'architecture',
    title: '系统架构',
    tags: ['技术', '架构', 'CIO'],
    body: rich.doc(
      rich.p('系统采用 B/S 架构，浏览器和手机均可使用；业务、财务一体化设计，所有单据共用一套基础档案。'),
      rich.h(2, '技术要点'),
      rich.ul(
        '数据库：支持 SQL Server 与 PostgreSQL，支持集团多组织、多账套。',
        '集成：提供标准 OpenAPI，可与电商平台、WMS、金税盘和银企直连对接。',
        '安全：按组织、角色、字段三级授权，关键操作留痕可追溯。',
        '扩展：模块按需启用，业务增长后可平滑扩展到生产、质量、CRM。',
      ),
    ),
  },
  {
    kind: 'method',
    title: '实施方法（实施九步法）',
    tags: ['实施', '方法论'],
    body: rich.doc(
      rich.p('我们按“实施九步法”推进项目，每一步都有明确的交付物和客户确认点：'),
      rich.ol(
        '项目启动：成立双方项目组，明确目标、范围和考核。',
        '需求调研：按部门访谈，梳理现有流程与痛点。',
        '蓝图设计：输出业务蓝图，客户签字确认。',
        '系统配置：基础档案、权限与审批流配置。',
        '数据准备：期初库存、应收应付、客户与物料档案导入。',
        '用户培训：按岗位培训，考核合格后上岗。',
        '模拟运行：用真实单据跑通全流程。',
        '正式上线：切换系统，驻场保障一周。',
        '验收与持续优化：上线后 30 天回访，提交验收报告。',
      ),
    ),
  },
  {
    kind: 'service',
    title: '服务承诺',
    tags: ['服务', '售后'],
    body: rich.doc(
      rich.p('{{company.name}}对{{customer.name}}作出以下服务承诺：'),
      rich.ul(
        '7×12 小时热线与远程支持，紧急问题 2 小时内响应，4 小时内到达宁波现场。',
        '首年免费维护，含版本升级；次年起年度维护费为软件许可费的 15%。',
        '指定专职客户经理，每季度一次上门回访。',
      ),
    ),
  },
  {
    kind: 'case',
    title: '典型客户',
    tags: ['案例', '分销'],
    body: rich.doc(
      rich.p('以下是与贵公司规模和业务相近、已稳定运行的客户，可安排参观交流：'),
      rich.table(
        ['客户', '行业', '上线模块', '效果'],
        ['宁波海曙日化批发有限公司', '日化分销', '进销存、应收、总账', '库存准确率 99.5%，回款周期缩短 18 天'],
        ['绍兴恒丰五金贸易有限公司', '五金批发', '销售、采购、库存、财务', '月结从 7 天缩短到 2 天'],
      ),
    ),
  },
];

/** The sample proposal's own content (filled into the built-in sections). */
export const demoProposal = {
  situation: rich.doc(
    rich.p(
      '{{customer.name}}是宁波地区的日用百货与小家电批发商，员工约 180 人，年销售额约 3.5 亿元，',
      '在宁波、绍兴、台州设有 3 个仓库，下游经销商与门店 600 余家。目前使用单机版进销存和大量 Excel 台账。',
    ),
  ),
  needs: [
    '三个仓库的库存实时准确，可按批次追溯',
    '销售价格政策统一执行，业务员不能随意改价',
    '应收账款按客户、业务员跟踪，超期自动提醒',
    '业务单据自动生成凭证，月结提速',
  ],
  painPoints: [
    '月底盘点差异大，经常“系统有货、仓库无货”',
    '平均回款周期超过 75 天，超期欠款无人跟进',
    '财务月结需要 7 天，大量手工对账',
  ],
  requirements: [
    {
      requirement: '销售订单超信用额度自动拦截',
      feature: '销售管理:信用额度控制',
      coverage: 'full' as const,
      note: '',
    },
    { requirement: '多仓库存实时查询与调拨', feature: '库存管理:多仓库实时库存', coverage: 'full' as const, note: '' },
    { requirement: '按客户、业务员的应收账龄分析', feature: '应收管理:账龄分析', coverage: 'full' as const, note: '' },
    {
      requirement: '手机端审批订单与查看库存',
      feature: '',
      coverage: 'partial' as const,
      note: '移动应用模块提供，二期上线',
    },
    {
      requirement: '与宁波海关单一窗口对接',
      feature: '',
      coverage: 'none' as const,
      note: '可按接口定制开发，另行报价',
    },
  ],
  plan: {
    lead: '王晓峰（高级实施顾问）',
    phases: [
      {
        name: '项目启动与需求调研',
        start: '2027-01-04',
        end: '2027-01-15',
        milestone: '业务蓝图签字确认',
        personDays: '8',
      },
      {
        name: '系统配置与数据准备',
        start: '2027-01-18',
        end: '2027-02-26',
        milestone: '期初数据导入完成',
        personDays: '14',
      },
      { name: '培训与模拟运行', start: '2027-03-01', end: '2027-03-19', milestone: '全流程模拟通过', personDays: '12' },
      { name: '上线与验收', start: '2027-03-22', end: '2027-04-16', milestone: '验收报告签字', personDays: '6' },
    ],
    team: [
      { role: '项目经理 / 高级实施顾问', name: '王晓峰', personDays: '8' },
      { role: '实施顾问 / 培训讲师', name: '陈静', personDays: '32' },
    ],
  },
  value: {
    hoursSavedPerMonth: '260',
    hourlyCostYuan: '60',
    inventoryReductionYuan: '3000000',
    carryingCostPercent: '12',
    badDebtReductionYuan: '200000',
    annualCreditSalesYuan: '280000000',
    collectionDaysFaster: '15',
    financingRatePercent: '4.35',
  },
  risks: [
    { risk: '关键用户投入时间不足', mitigation: '双方成立项目组，关键用户的项目工作纳入月度考核' },
    { risk: '期初库存数据不准', mitigation: '上线前组织一次全面盘点，按批次导入期初库存' },
    { risk: '业务员不适应价格管控', mitigation: '价格政策分阶段启用，先提醒、后拦截' },
  ],
};

/** The demo customer's demo script: the quoted modules for the people who will attend. */
export const demoScript = {
  title: '四海商贸 ERP 演示脚本',
  roles: ['gm', 'salesManager', 'chiefAccountant', 'cio', 'warehouse'] as const,
  totalMinutes: 120,
  similarCustomers: ['宁波海曙日化批发有限公司', '绍兴恒丰五金贸易有限公司'] as const,
};
