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

import type { ItemType, VatRateBp } from '../../../shared/prices/catalogue';

export type { ItemType };

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

export interface DemoItem {
  code: string;
  name: string;
  spec: string;
  type: ItemType;
  unit: string;
  category: string;
  priceFen: number;
  costFen: number | null;
  vatRateBp: VatRateBp;
  floorDiscountBp: number;
  notes: string;
}

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
// Price list
// ---------------------------------------------------------------------------

const CAT_MODULE = '软件模块';
const CAT_LICENCE = '用户许可';
const CAT_IMPLEMENTATION = '实施服务';
const CAT_TRAINING = '培训服务';
const CAT_MAINTENANCE = '运维服务';
const CAT_HARDWARE = '硬件设备';
const CAT_THIRD_PARTY = '第三方产品';

export const demoCategories: readonly string[] = [
  CAT_MODULE,
  CAT_LICENCE,
  CAT_IMPLEMENTATION,
  CAT_TRAINING,
  CAT_MAINTENANCE,
  CAT_HARDWARE,
  CAT_THIRD_PARTY,
];

export const demoPriceList: { name: string; versionLabel: string; effectiveDate: string } = {
  name: '云帆软件标准价格体系',
  versionLabel: '2026 版',
  effectiveDate: '2026-01-01',
};

export const demoItems: readonly DemoItem[] = [
  // ---- 软件模块 (13 %) ----------------------------------------------------
  {
    code: 'ERP-SD-001',
    name: '销售管理',
    spec: '云帆 ERP V8 标准版；报价、销售订单、发货、退货、信用控制、价格政策',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 6800000,
    costFen: 544000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '演示主线起点模块，通常与库存管理、应收管理一起销售',
  },
  {
    code: 'ERP-PU-001',
    name: '采购管理',
    spec: '云帆 ERP V8 标准版；请购、询价比价、采购订单、到货、退货、供应商评估',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 5800000,
    costFen: 696000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '',
  },
  {
    code: 'ERP-IV-001',
    name: '库存管理',
    spec: '云帆 ERP V8 标准版；多仓库、批次/序列号、盘点、调拨、安全库存预警',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 6200000,
    costFen: 1116000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '',
  },
  {
    code: 'ERP-AR-001',
    name: '应收管理',
    spec: '云帆 ERP V8 标准版；应收单、收款核销、账龄分析、催款函',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 3800000,
    costFen: 570000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '',
  },
  {
    code: 'ERP-AP-001',
    name: '应付管理',
    spec: '云帆 ERP V8 标准版；应付单、付款申请、付款核销、供应商对账',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 3600000,
    costFen: 792000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '',
  },
  {
    code: 'ERP-GL-001',
    name: '总账',
    spec: '云帆财务 V8；凭证、科目、辅助核算、期末结转、多账套',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 4800000,
    costFen: 480000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '财务核心模块，报表模块依赖总账',
  },
  {
    code: 'ERP-RP-001',
    name: '报表',
    spec: '云帆财务 V8；资产负债表、利润表、现金流量表模板，自定义报表',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 2580000,
    costFen: 645000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '需同时购买总账',
  },
  {
    code: 'ERP-FA-001',
    name: '固定资产',
    spec: '云帆财务 V8；资产卡片、折旧计提、变动、盘点',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 2200000,
    costFen: 308000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'ERP-CO-001',
    name: '成本管理',
    spec: '云帆 ERP V8 制造版；实际成本、标准成本、成本差异分析',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 6600000,
    costFen: 1320000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '需同时购买总账与生产制造',
  },
  {
    code: 'ERP-PM-001',
    name: '生产制造',
    spec: '云帆 ERP V8 制造版；BOM、工艺路线、生产订单、领料、完工入库、委外加工',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 12800000,
    costFen: 3584000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'ERP-MRP-001',
    name: 'MRP 物料需求计划',
    spec: '云帆 ERP V8 制造版；主生产计划、MRP 运算、计划订单下达',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 9800000,
    costFen: 1078000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '需同时购买生产制造',
  },
  {
    code: 'ERP-QM-001',
    name: '质量管理',
    spec: '云帆 ERP V8 制造版；来料检验、过程检验、成品检验、不合格品处理',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 5600000,
    costFen: 896000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'ERP-CRM-001',
    name: '客户关系管理',
    spec: '云帆 CRM V5；线索、商机、客户拜访、合同、服务工单',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 8800000,
    costFen: 704000,
    vatRateBp: 1300,
    floorDiscountBp: 3000,
    notes: '含与销售管理的标准集成',
  },
  {
    code: 'ERP-DRP-001',
    name: '分销渠道管理',
    spec: '云帆 ERP V8 分销版；经销商档案、渠道价格、返利政策、分销订货门户',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 7200000,
    costFen: 864000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '',
  },
  {
    code: 'ERP-WMS-001',
    name: '条码仓储管理',
    spec: '云帆 WMS V3；条码入库、上架、拣货、出库复核、PDA 盘点',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 7800000,
    costFen: 1404000,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '需配套 PDA 手持终端与条码打印机',
  },
  {
    code: 'ERP-MOB-001',
    name: '移动审批',
    spec: '云帆移动应用；单据审批、消息提醒、移动报表，支持企业微信/钉钉接入',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 2880000,
    costFen: 432000,
    vatRateBp: 1300,
    floorDiscountBp: 3000,
    notes: '',
  },
  {
    code: 'ERP-BI-001',
    name: 'BI 商业智能分析',
    spec: '云帆 BI V4；经营驾驶舱、销售/库存/应收分析主题、自助分析',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 16800000,
    costFen: 3696000,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '含 3 个标准分析主题，增加主题按二次开发人天报价',
  },
  {
    code: 'ERP-JXC-001',
    name: '进销存标准版',
    spec: '云帆进销存 V6 套装；采购、销售、库存、往来账一体化，适用 50 人以下企业',
    type: 'module',
    unit: '套',
    category: CAT_MODULE,
    priceFen: 3288850,
    costFen: 328885,
    vatRateBp: 1300,
    floorDiscountBp: 1500,
    notes: '中小客户入门产品，可升级到 ERP 标准版',
  },

  // ---- 用户许可 (13 %) ----------------------------------------------------
  {
    code: 'LIC-U-001',
    name: '命名用户许可（1–20 用户）',
    spec: '按命名用户计，第 1–20 个用户单价',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 180000,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'LIC-U-010',
    name: '命名用户许可（21–50 用户）',
    spec: '按命名用户计，第 21–50 个用户单价',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 150000,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'LIC-U-020',
    name: '命名用户许可（51 用户以上）',
    spec: '按命名用户计，第 51 个用户起单价',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 120000,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'LIC-C-001',
    name: '并发用户许可（1–20 并发）',
    spec: '按同时在线用户数计，第 1–20 个并发用户单价',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 360000,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'LIC-C-010',
    name: '并发用户许可（21 并发以上）',
    spec: '按同时在线用户数计，第 21 个并发用户起单价',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 300000,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 2000,
    notes: '',
  },
  {
    code: 'LIC-M-001',
    name: '移动端用户许可',
    spec: '移动审批、移动报表使用权，按命名用户计',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 60000,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 3000,
    notes: '',
  },
  {
    code: 'LIC-CRM-001',
    name: 'CRM 销售人员许可',
    spec: '客户关系管理模块的销售人员账号，含移动端',
    type: 'user_licence',
    unit: '用户',
    category: CAT_LICENCE,
    priceFen: 128850,
    costFen: 0,
    vatRateBp: 1300,
    floorDiscountBp: 2500,
    notes: '',
  },

  // ---- 实施服务 (6 %) -----------------------------------------------------
  {
    code: 'SVC-IMP-001',
    name: '实施顾问',
    spec: '业务流程梳理、系统配置、上线辅导；现场或远程',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 180000,
    costFen: 90000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '异地现场另计差旅费',
  },
  {
    code: 'SVC-IMP-002',
    name: '高级实施顾问',
    spec: '5 年以上行业实施经验，负责需求调研与蓝图设计',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 250000,
    costFen: 125000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '异地现场另计差旅费',
  },
  {
    code: 'SVC-IMP-003',
    name: '项目经理',
    spec: '项目计划、进度与风险管理、里程碑验收，按实施九步法推进',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 300000,
    costFen: 150000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '',
  },
  {
    code: 'SVC-IMP-004',
    name: '二次开发工程师',
    spec: '个性化单据、报表、接口开发；按确认的需求规格说明书计量',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 280000,
    costFen: 140000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '工作量以双方签字的开发评估为准',
  },
  {
    code: 'SVC-IMP-005',
    name: '数据迁移服务',
    spec: '旧系统基础资料、期初余额、未完结单据的清洗与导入',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 220000,
    costFen: 110000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '',
  },
  {
    code: 'SVC-IMP-006',
    name: '系统架构师',
    spec: '部署架构设计、性能规划、与第三方系统的集成方案',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 350000,
    costFen: 175000,
    vatRateBp: 600,
    floorDiscountBp: 500,
    notes: '',
  },
  {
    code: 'SVC-IMP-007',
    name: '上线驻场支持',
    spec: '系统切换期间现场值守，处理一线用户问题',
    type: 'implementation',
    unit: '人天',
    category: CAT_IMPLEMENTATION,
    priceFen: 188850,
    costFen: 95000,
    vatRateBp: 600,
    floorDiscountBp: 1500,
    notes: '',
  },

  // ---- 培训服务 (6 %) -----------------------------------------------------
  {
    code: 'TRN-001',
    name: '关键用户培训',
    spec: '面向各部门关键用户的业务流程与系统操作培训，每期不超过 15 人',
    type: 'training',
    unit: '人天',
    category: CAT_TRAINING,
    priceFen: 200000,
    costFen: 100000,
    vatRateBp: 600,
    floorDiscountBp: 1500,
    notes: '',
  },
  {
    code: 'TRN-002',
    name: '最终用户操作培训',
    spec: '面向一线操作人员的上岗培训，含练习账套',
    type: 'training',
    unit: '人天',
    category: CAT_TRAINING,
    priceFen: 180000,
    costFen: 90000,
    vatRateBp: 600,
    floorDiscountBp: 1500,
    notes: '',
  },
  {
    code: 'TRN-003',
    name: '系统管理员培训',
    spec: '权限配置、账套备份恢复、日常运维',
    type: 'training',
    unit: '人天',
    category: CAT_TRAINING,
    priceFen: 220000,
    costFen: 110000,
    vatRateBp: 600,
    floorDiscountBp: 1500,
    notes: '',
  },
  {
    code: 'TRN-004',
    name: '管理层信息化专题讲座',
    spec: '面向总经理与中高层的管理理念与数字化转型讲座，半天',
    type: 'training',
    unit: '场',
    category: CAT_TRAINING,
    priceFen: 680000,
    costFen: 300000,
    vatRateBp: 600,
    floorDiscountBp: 3000,
    notes: '常作为赠送项目争取高层支持',
  },
  {
    code: 'TRN-005',
    name: '远程在线培训',
    spec: '在线直播培训 2 小时，含录像回放',
    type: 'training',
    unit: '场',
    category: CAT_TRAINING,
    priceFen: 328850,
    costFen: 150000,
    vatRateBp: 600,
    floorDiscountBp: 2000,
    notes: '',
  },

  // ---- 运维服务 (6 %) -----------------------------------------------------
  {
    code: 'MNT-001',
    name: '软件年度维护服务（标准级）',
    spec: '5×8 小时电话与远程支持、补丁与小版本升级；参考价为软件许可金额的 15%',
    type: 'maintenance',
    unit: '年',
    category: CAT_MAINTENANCE,
    priceFen: 3000000,
    costFen: 1200000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '首年免费，自第二年起收取；报价时按实际软件金额调整',
  },
  {
    code: 'MNT-002',
    name: '软件年度维护服务（高级）',
    spec: '7×24 小时响应、4 小时到场（杭州、宁波、绍兴）、大版本升级、年度巡检 2 次',
    type: 'maintenance',
    unit: '年',
    category: CAT_MAINTENANCE,
    priceFen: 5800000,
    costFen: 2600000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '',
  },
  {
    code: 'MNT-003',
    name: '驻场运维服务',
    spec: '1 名运维工程师常驻客户现场，工作日 5×8 小时',
    type: 'maintenance',
    unit: '年',
    category: CAT_MAINTENANCE,
    priceFen: 16800000,
    costFen: 9600000,
    vatRateBp: 600,
    floorDiscountBp: 800,
    notes: '',
  },
  {
    code: 'MNT-004',
    name: '数据库与服务器运维服务',
    spec: '数据库备份策略、性能监控、季度健康检查报告',
    type: 'maintenance',
    unit: '年',
    category: CAT_MAINTENANCE,
    priceFen: 1800000,
    costFen: 900000,
    vatRateBp: 600,
    floorDiscountBp: 1000,
    notes: '',
  },

  // ---- 硬件设备 (13 %) ----------------------------------------------------
  {
    code: 'HW-001',
    name: '应用服务器',
    spec: '2U 机架式；2 × 16 核处理器，64GB 内存，2 × 960GB SSD RAID1，冗余电源，3 年原厂保修',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 4800000,
    costFen: 3960000,
    vatRateBp: 1300,
    floorDiscountBp: 800,
    notes: '',
  },
  {
    code: 'HW-002',
    name: '数据库服务器',
    spec: '2U 机架式；2 × 24 核处理器，256GB 内存，4 × 1.92TB SSD RAID10，冗余电源，3 年原厂保修',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 5980000,
    costFen: 4980000,
    vatRateBp: 1300,
    floorDiscountBp: 500,
    notes: '',
  },
  {
    code: 'HW-003',
    name: '网络备份存储',
    spec: '4 盘位 NAS，4 × 8TB 企业级硬盘，RAID5，支持数据库定时备份',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 1280000,
    costFen: 1010000,
    vatRateBp: 1300,
    floorDiscountBp: 800,
    notes: '',
  },
  {
    code: 'HW-004',
    name: '条码打印机',
    spec: '工业级热转印，203dpi，打印宽度 104mm，USB/网口',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 328000,
    costFen: 262000,
    vatRateBp: 1300,
    floorDiscountBp: 1000,
    notes: '',
  },
  {
    code: 'HW-005',
    name: 'PDA 手持终端',
    spec: '安卓系统，5.5 英寸屏，一维/二维扫描头，4G 全网通，IP65',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 468000,
    costFen: 375000,
    vatRateBp: 1300,
    floorDiscountBp: 800,
    notes: '条码仓储管理配套，建议按每仓库 2–4 台配置',
  },
  {
    code: 'HW-006',
    name: '有线扫描枪',
    spec: '二维码/一维码影像式扫描，USB 接口，即插即用',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 88800,
    costFen: 66000,
    vatRateBp: 1300,
    floorDiscountBp: 1000,
    notes: '',
  },
  {
    code: 'HW-007',
    name: '无线扫描枪',
    spec: '二维码/一维码影像式扫描，蓝牙 + 2.4G 无线，含充电底座',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 128850,
    costFen: 98000,
    vatRateBp: 1300,
    floorDiscountBp: 1000,
    notes: '',
  },
  {
    code: 'HW-008',
    name: 'UPS 不间断电源',
    spec: '在线式 3kVA，标配电池延时 30 分钟，机架式',
    type: 'hardware',
    unit: '台',
    category: CAT_HARDWARE,
    priceFen: 658000,
    costFen: 528000,
    vatRateBp: 1300,
    floorDiscountBp: 800,
    notes: '',
  },

  // ---- 第三方产品 (13 %) --------------------------------------------------
  {
    code: 'TP-001',
    name: '关系型数据库许可（标准版）',
    spec: '国产关系型数据库标准版，2 处理器核心许可，含 1 年原厂服务',
    type: 'third_party',
    unit: '套',
    category: CAT_THIRD_PARTY,
    priceFen: 3800000,
    costFen: 3200000,
    vatRateBp: 1300,
    floorDiscountBp: 500,
    notes: '客户已有数据库许可时可不报',
  },
  {
    code: 'TP-002',
    name: '服务器操作系统',
    spec: '国产服务器操作系统 V10，单机许可，含 1 年升级服务',
    type: 'third_party',
    unit: '套',
    category: CAT_THIRD_PARTY,
    priceFen: 680000,
    costFen: 560000,
    vatRateBp: 1300,
    floorDiscountBp: 500,
    notes: '',
  },
  {
    code: 'TP-003',
    name: '电子发票接口',
    spec: '数电发票开具、查验与入账接口，对接税务数字账户',
    type: 'third_party',
    unit: '套',
    category: CAT_THIRD_PARTY,
    priceFen: 1200000,
    costFen: null,
    vatRateBp: 1300,
    floorDiscountBp: 1000,
    notes: '采购成本随合作方政策变化，逐单向采购部确认',
  },
  {
    code: 'TP-004',
    name: '电子签章组件',
    spec: '合同与单据电子签章，含 5 个企业印章、2000 次签署',
    type: 'third_party',
    unit: '套',
    category: CAT_THIRD_PARTY,
    priceFen: 1580000,
    costFen: 1180000,
    vatRateBp: 1300,
    floorDiscountBp: 800,
    notes: '',
  },
  {
    code: 'TP-005',
    name: '银企直联接口',
    spec: '付款指令直连银行、回单与流水自动下载，支持 3 家银行',
    type: 'third_party',
    unit: '个',
    category: CAT_THIRD_PARTY,
    priceFen: 1800000,
    costFen: 1300000,
    vatRateBp: 1300,
    floorDiscountBp: 800,
    notes: '每增加一家银行另计一个',
  },
  {
    code: 'TP-006',
    name: '服务器防病毒软件',
    spec: '服务器版，单机许可，1 年病毒库升级',
    type: 'third_party',
    unit: '套',
    category: CAT_THIRD_PARTY,
    priceFen: 268000,
    costFen: 210000,
    vatRateBp: 1300,
    floorDiscountBp: 500,
    notes: '',
  },
  {
    code: 'TP-007',
    name: '应用服务器中间件',
    spec: '国产 Java 应用服务器中间件标准版，单机许可',
    type: 'third_party',
    unit: '套',
    category: CAT_THIRD_PARTY,
    priceFen: 2600000,
    costFen: 2150000,
    vatRateBp: 1300,
    floorDiscountBp: 500,
    notes: '',
  },
];

// ---------------------------------------------------------------------------
// Solution library
// ---------------------------------------------------------------------------

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
