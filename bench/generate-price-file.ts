import ExcelJS from 'exceljs';

const MODULES = [
  '销售',
  '采购',
  '库存',
  '生产',
  '质量',
  '财务',
  '总账',
  '应收',
  '应付',
  '成本',
  '人力',
  '设备',
  '项目',
  '合同',
  '渠道',
  '门店',
  '电商',
  '物流',
  '仓储',
  '客户',
];
const NOUNS = ['管理', '分析', '计划', '核算', '协同', '监控', '结算', '追溯', '预警', '报表'];
const EDITIONS = ['标准版', '专业版', '企业版', '旗舰版'];
const UNITS = ['套', '用户', '人天', '年', '台', '个'];
const CATEGORIES = ['软件模块', '用户许可', '实施服务', '培训服务', '维护服务', '硬件', '第三方产品'];

/** The n-th generated item: varied Chinese names, codes, specs, prices with fen. */
export function generatedRow(n: number): (string | number)[] {
  const module = MODULES[n % MODULES.length] ?? '';
  const noun = NOUNS[Math.floor(n / MODULES.length) % NOUNS.length] ?? '';
  const edition = EDITIONS[Math.floor(n / 200) % EDITIONS.length] ?? '';
  const unit = UNITS[n % UNITS.length] ?? '套';
  return [
    `GEN-${String(n).padStart(6, '0')}`,
    `${module}${noun}${edition} ${n % 97}`,
    `${edition}，支持 ${10 + (n % 90)} 并发，${module}模块接口`,
    unit,
    CATEGORIES[n % CATEGORIES.length] ?? '',
    (1000 + (n % 50000) + (n % 100) / 100).toFixed(2),
    (400 + (n % 20000)).toFixed(2),
    unit === '人天' || unit === '年' ? '6%' : '13%',
    '9折',
  ];
}

export const GENERATED_HEADER = ['编码', '名称', '规格型号', '单位', '类别', '标准价', '成本', '税率', '最低折扣'];

/** Writes an .xlsx of `rows` generated items (streaming, so 100,000 rows stay cheap to make). */
export async function writeGeneratedPriceFile(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('价格表');
  sheet.addRow(['云帆软件 标准价格表（生成）']).commit();
  sheet.addRow(GENERATED_HEADER).commit();
  for (let n = 1; n <= rows; n++) sheet.addRow(generatedRow(n)).commit();
  sheet.commit();
  await workbook.commit();
}
