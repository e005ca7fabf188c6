import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/shared/i18n';
import { autoMapping } from '../../../src/shared/prices/header-synonyms';
import {
  detectHeaderRow,
  missingFields,
  validateRows,
  type ValidatedRow,
} from '../../../src/main/services/prices/import/analyze-rows';
import { readPriceFile, type SheetRows } from '../../../src/main/services/prices/import/read-price-file';
import { cleanChineseFile, coverPageFile, englishFile, messyFile } from '../../fixtures/price-files';

const zh = translator('zh-CN');

async function sheetRows(file: Promise<Buffer>, sheet = 0): Promise<SheetRows> {
  const { sheets } = await readPriceFile(await file, 'file.xlsx');
  return sheets[sheet]?.rows ?? [];
}

function analyse(rows: SheetRows, t = zh): { headerRow: number; validated: ValidatedRow[] } {
  const headerRowIndex = detectHeaderRow(rows);
  const mapping = autoMapping(rows[headerRowIndex] ?? []);
  return { headerRow: headerRowIndex + 1, validated: validateRows({ rows, headerRowIndex, mapping, t }) };
}

function byCode(validated: ValidatedRow[], code: string): ValidatedRow | undefined {
  return validated.find((row) => row.values.code === code);
}

describe('a clean Chinese price list', () => {
  let validated: ValidatedRow[];
  beforeAll(async () => {
    ({ validated } = analyse(await sheetRows(cleanChineseFile())));
  });

  it('imports every row with exact fen and basis points', () => {
    expect(validated.every((row) => row.errors.length === 0)).toBe(true);
    expect(byCode(validated, 'ERP-FIN-001')?.item).toEqual({
      code: 'ERP-FIN-001',
      name: '财务总账',
      spec: '标准版，含凭证与报表',
      type: 'module',
      unit: '套',
      category: '财务管理',
      priceFen: 6_800_000,
      costFen: 2_100_000,
      vatRateBp: 1300,
      floorDiscountBp: 2000,
      active: true,
      notes: '',
    });
    expect(byCode(validated, 'ERP-SCM-002')?.item).toMatchObject({
      priceFen: 4_500_050,
      costFen: null,
      floorDiscountBp: 1500,
    });
  });

  it('infers types from the unit and gives services 6 % VAT when the cell is blank', () => {
    const types = validated.map((row) => [row.values.code, row.item?.type, row.item?.vatRateBp]);
    expect(types).toEqual([
      ['ERP-FIN-001', 'module', 1300],
      ['ERP-SCM-002', 'module', 1300],
      ['LIC-USR-001', 'user_licence', 1300],
      ['SRV-IMP-001', 'implementation', 600],
      ['SRV-TRN-001', 'training', 600],
      ['MNT-001', 'maintenance', 600],
      ['HW-SRV-001', 'hardware', 1300],
    ]);
  });
});

describe('a price list with English headers', () => {
  it('maps the columns and reads types, percentages and the active flag', async () => {
    const rows = await sheetRows(englishFile());
    expect(detectHeaderRow(rows)).toBe(0);
    expect(autoMapping(rows[0] ?? [])).toEqual({
      code: 0,
      name: 1,
      spec: 2,
      type: 3,
      unit: 4,
      category: 5,
      price: 6,
      cost: 7,
      vatRate: 8,
      floorDiscount: 9,
      active: 10,
      notes: 11,
    });
    const { validated } = analyse(rows, translator('en'));
    expect(validated.map((row) => row.errors)).toEqual([[], [], []]);
    expect(
      validated.map((row) => row.item && [row.item.type, row.item.priceFen, row.item.floorDiscountBp, row.item.active]),
    ).toEqual([
      ['module', 1_880_000, 2000, true],
      ['user_licence', 98_000, 0, true],
      ['implementation', 260_000, 1000, false],
    ]);
  });
});

describe('a messy price list', () => {
  let rows: SheetRows;
  let headerRow: number;
  let validated: ValidatedRow[];
  beforeAll(async () => {
    rows = await sheetRows(messyFile());
    ({ headerRow, validated } = analyse(rows));
  });

  it('finds the header under the merged title and the blank row', () => {
    expect(headerRow).toBe(3);
  });

  it('skips blank rows and numbers the others as Excel does', () => {
    expect(validated.map((row) => row.row)).toEqual([4, 5, 6, 7, 9, 10, 11, 12, 13]);
  });

  it('reads numbers typed as text, currency signs, full-width digits and formulas exactly', () => {
    expect(validated.slice(0, 4).map((row) => row.item?.priceFen)).toEqual([120_000, 6_800_000, 128_850, 250_000]);
    expect(validated.slice(0, 4).map((row) => row.item?.vatRateBp)).toEqual([1300, 1300, 1300, 600]);
    expect(validated.slice(0, 4).map((row) => row.item?.floorDiscountBp)).toEqual([2000, 1500, 0, 1000]);
  });

  it('trims stray spaces and fills the merged category down', () => {
    expect(validated[0]?.item).toMatchObject({ code: 'YF-001', name: '财务总账', category: '财务管理' });
    expect(validated.slice(0, 3).map((row) => row.item?.category)).toEqual(['财务管理', '财务管理', '财务管理']);
  });

  it('explains every bad row, naming the column and the row it repeats', () => {
    const problems = validated
      .filter((row) => row.errors.length > 0)
      .map((row) => [row.row, ...row.errors.map((error) => `${error.column}: ${error.message}`)]);
    expect(problems).toEqual([
      [9, 'A（编码）: 编码 YF-001 与第 4 行重复'],
      [10, 'E（单价）: 单价不能为负数（-100）'],
      [11, 'E（单价）: 单价“12.345”超过两位小数'],
      [12, 'F（税率）: 税率 7% 不可用，只能是 13%、9%、6%、3% 或 0%'],
      [13, 'D（单位）: 缺少单位'],
    ]);
    expect(validated.filter((row) => row.errors.length > 0).every((row) => row.item === null)).toBe(true);
  });

  it('points each error at its cell', () => {
    expect(validated.find((row) => row.row === 12)?.errors[0]).toMatchObject({ field: 'vatRate', columnIndex: 5 });
  });
});

describe('more rules for a row', () => {
  const header = ['编码', '名称', '单位', '单价', '成本', '税率', '类型', '最低折扣', '状态'];
  const check = (...cells: (string | null)[]) =>
    validateRows({ rows: [header, cells], headerRowIndex: 0, mapping: autoMapping(header), t: zh })[0];

  it('requires code, name, unit and price', () => {
    expect(check('', '', '', '', '500')?.errors.map((error) => error.message)).toEqual([
      '缺少编码',
      '缺少名称',
      '缺少单位',
      '缺少单价',
    ]);
  });

  it('refuses prices and costs that are not numbers', () => {
    expect(check('A', '销售', '套', '面议', 'abc')?.errors.map((error) => error.message)).toEqual([
      '单价“面议”不是数字',
      '成本“abc”不是数字',
    ]);
  });

  it('refuses unknown words in the type, VAT, discount and status columns', () => {
    expect(
      check('A', '销售', '套', '100', '', '免税', '其他', '打折', '也许')?.errors.map((error) => error.message),
    ).toEqual([
      '类型“其他”无法识别，可填：模块、用户许可、实施服务、培训、维护、硬件、第三方',
      '税率“免税”不是百分比，应写成 13% 或 0.13',
      '最低折扣“打折”无法识别，可写 8折、85折、0.8 或 80%（可降到标价的几成）',
      '状态“也许”无法识别，请填“是”或“否”',
    ]);
  });

  it('limits a code to 60 characters', () => {
    expect(check('X'.repeat(61), '销售', '套', '100')?.errors[0]?.message).toBe('编码不能超过 60 个字符（现有 61 个）');
  });

  it('finds duplicate codes whatever their case or width', () => {
    const rows = [header, ['erp-1', '甲', '套', '1'], ['ＥＲＰ-1', '乙', '套', '1']];
    const validated = validateRows({ rows, headerRowIndex: 0, mapping: autoMapping(header), t: zh });
    expect(validated[1]?.errors[0]?.message).toBe('编码 ERP-1 与第 2 行重复');
  });
});

describe('choosing the header row and the mapping', () => {
  it('finds no header on a cover page, and the list on the next sheet', async () => {
    expect(detectHeaderRow(await sheetRows(coverPageFile(), 0))).toBe(-1);
    expect(detectHeaderRow(await sheetRows(coverPageFile(), 1))).toBe(0);
  });

  it('lists the required fields no column is mapped to', () => {
    expect(missingFields({ code: 0, name: 1 })).toEqual(['unit', 'price']);
    expect(missingFields({ code: 0, name: 1, unit: 2, price: 3 })).toEqual([]);
  });
});

describe('a long list', () => {
  it('validates 10,000 rows, first and last exactly', () => {
    const rows: SheetRows = [['编码', '名称', '规格', '单位', '单价', '税率', '类别']];
    for (let i = 1; i <= 10_000; i++) {
      rows.push([
        `P-${String(i).padStart(5, '0')}`,
        `销售管理模块第${i}号`,
        '标准版，含报表与接口',
        '套',
        String(1000 + i / 100),
        '0.13',
        '供应链',
      ]);
    }
    const { validated } = analyse(rows);
    expect(validated).toHaveLength(10_000);
    expect(validated.filter((row) => row.errors.length > 0)).toEqual([]);
    expect(validated[0]?.item).toMatchObject({ code: 'P-00001', priceFen: 100_001, vatRateBp: 1300 });
    expect(validated[9_999]?.item).toMatchObject({ code: 'P-10000', name: '销售管理模块第10000号', priceFen: 110_000 });
  });
});
