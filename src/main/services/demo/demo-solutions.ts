/** The demo solution library: two industry solutions, each module tied to a price-list item. */

export interface DemoFeature {
  name: string;
  description: string;
}

export interface DemoModule {
  name: string;
  itemCode: string;
  description: string;
  features: DemoFeature[];
}

export interface DemoSolution {
  code: string;
  name: string;
  industry: string;
  summary: string;
  modules: DemoModule[];
}

export const demoSolutions: readonly DemoSolution[] = [
  {
    code: 'SOL-DIST',
    name: '分销行业解决方案',
    industry: '分销/商贸',
    summary:
      '面向多仓库、多渠道的商贸分销企业，打通订单、采购、仓储与资金流，解决库存不准、发货慢、应收账款回收慢的问题，让老板随时掌握“货在哪里、钱在哪里”。',
    modules: [
      {
        name: '销售管理',
        itemCode: 'ERP-SD-001',
        description: '从报价到发货、开票的全过程管控，价格政策与信用额度自动执行。',
        features: [
          { name: '多级价格政策', description: '按客户等级、数量段和促销期自动带出销售价格，杜绝业务员随意改价。' },
          { name: '信用额度控制', description: '下单时自动检查客户信用额度和超期欠款，超限需审批后方可发货。' },
          { name: '业务员权限', description: '业务员只能查看和操作自己负责的客户档案与订单。' },
          { name: '订单执行跟踪', description: '一张订单的发货、开票、收款进度一目了然。' },
        ],
      },
      {
        name: '采购管理',
        itemCode: 'ERP-PU-001',
        description: '根据销售需求与安全库存生成采购建议，比价下单，到货入库全程可追溯。',
        features: [
          { name: '采购建议', description: '按销售订单缺货和安全库存自动计算建议采购量。' },
          { name: '询价比价', description: '同一物料多家供应商报价对比，保留历史价格供决策参考。' },
          { name: '到货跟踪', description: '逾期未到货的采购订单自动提醒采购员催货。' },
        ],
      },
      {
        name: '库存管理',
        itemCode: 'ERP-IV-001',
        description: '多仓库实时库存，批次与保质期管理，盘点差异有据可查。',
        features: [
          { name: '多仓库实时库存', description: '各仓库、各门店的现存量和可用量实时汇总。' },
          { name: '批次与保质期', description: '按批次先进先出出库，临期商品自动预警。' },
          { name: '库存调拨', description: '仓库之间调拨在途可查，避免货物“丢在路上”。' },
          { name: '盘点管理', description: '支持全盘与循环盘点，盘盈盘亏自动生成调整单。' },
        ],
      },
      {
        name: '条码仓储管理',
        itemCode: 'ERP-WMS-001',
        description: '用条码和 PDA 替代手工单据，收货、上架、拣货、复核一扫即成。',
        features: [
          { name: '扫码收货上架', description: '到货扫码自动核对采购订单，并推荐上架库位。' },
          { name: '波次拣货', description: '按线路合并订单生成拣货任务，减少仓库来回走动。' },
          { name: '出库复核', description: '装车前逐箱扫码复核，错发漏发率显著下降。' },
        ],
      },
      {
        name: '应收管理',
        itemCode: 'ERP-AR-001',
        description: '应收账款按客户、业务员、账龄全面管理，加快回款。',
        features: [
          { name: '账龄分析', description: '按 30/60/90 天账龄段分析欠款，锁定高风险客户。' },
          { name: '收款核销', description: '收款与发票、订单自动或手工核销，往来账清清楚楚。' },
          { name: '催款提醒', description: '到期前自动提醒业务员，并可一键生成对账单与催款函。' },
          { name: '回款业绩', description: '按业务员统计回款额，与销售提成挂钩。' },
        ],
      },
      {
        name: '移动审批',
        itemCode: 'ERP-MOB-001',
        description: '老板和经理在手机上审批订单、付款和超信用发货，出差也不耽误业务。',
        features: [
          { name: '手机审批', description: '在企业微信或钉钉中直接审批单据，查看明细与附件。' },
          { name: '消息提醒', description: '待办审批、超期欠款、库存预警实时推送到手机。' },
          { name: '移动报表', description: '在手机上查看当日销售、库存和资金日报。' },
        ],
      },
    ],
  },
  {
    code: 'SOL-MFG',
    name: '离散制造业解决方案',
    industry: '制造业',
    summary:
      '面向机械、电子、五金等按订单生产的离散制造企业，以 MRP 为核心打通计划、生产、质量与成本，解决交期不准、物料齐套难、成本算不清的问题。',
    modules: [
      {
        name: '生产制造',
        itemCode: 'ERP-PM-001',
        description: '以 BOM 和工艺路线为基础，管理生产订单从下达到完工入库的全过程。',
        features: [
          { name: 'BOM 管理', description: '多级 BOM 与替代料管理，支持工程变更的版本追溯。' },
          { name: '生产订单', description: '生产订单下达、齐套检查、领料、完工入库一体化管理。' },
          { name: '委外加工', description: '委外发料、收回与加工费结算全流程跟踪。' },
          { name: '车间报工', description: '按工序扫码报工，实时掌握在制品进度。' },
        ],
      },
      {
        name: 'MRP 物料需求计划',
        itemCode: 'ERP-MRP-001',
        description: '根据销售订单和预测自动计算物料需求，缺什么、缺多少、什么时候要一算便知。',
        features: [
          { name: '主生产计划', description: '结合订单、预测和产能排定主生产计划。' },
          { name: 'MRP 运算', description: '按 BOM 展开，扣减库存与在途后生成采购和生产建议。' },
          { name: '齐套分析', description: '开工前检查物料是否齐套，提前暴露缺料风险。' },
        ],
      },
      {
        name: '质量管理',
        itemCode: 'ERP-QM-001',
        description: '覆盖来料、过程和成品检验，质量问题可追溯到批次和供应商。',
        features: [
          { name: '来料检验', description: '按检验方案抽检来料，不合格自动冻结库存。' },
          { name: '过程检验', description: '关键工序设置检验点，记录检验结果与责任人。' },
          { name: '不合格品处理', description: '返工、让步接收、报废流程化审批。' },
          { name: '质量追溯', description: '由成品批次反查原材料批次与供应商。' },
        ],
      },
      {
        name: '成本管理',
        itemCode: 'ERP-CO-001',
        description: '按订单和产品归集料、工、费，算清每一张订单赚了多少钱。',
        features: [
          { name: '实际成本核算', description: '按生产订单归集材料、人工与制造费用。' },
          { name: '标准成本与差异', description: '设定标准成本，自动分析价格差异与数量差异。' },
          { name: '订单毛利分析', description: '对比销售收入与实际成本，找出亏损订单。' },
        ],
      },
      {
        name: '库存管理',
        itemCode: 'ERP-IV-001',
        description: '原材料、半成品和成品分仓管理，领料退料准确及时。',
        features: [
          { name: '分类仓库管理', description: '原材料、半成品、成品、不良品分仓管理。' },
          { name: '批次管理', description: '关键物料按批次管理，与质量追溯联动。' },
          { name: '安全库存预警', description: '低于安全库存自动提醒计划员。' },
        ],
      },
      {
        name: '总账',
        itemCode: 'ERP-GL-001',
        description: '业务单据自动生成凭证，业务与财务一体化。',
        features: [
          { name: '凭证自动生成', description: '出入库、发票、收付款单据按规则自动生成凭证。' },
          { name: '辅助核算', description: '按部门、项目、客户、供应商多维度辅助核算。' },
          { name: '期末结转', description: '期末损益结转与成本结转一键完成。' },
        ],
      },
    ],
  },
];
