import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/shared/i18n';
import { autoMapping } from '../../../src/shared/prices/header-synonyms';
import { detectHeaderRow, validateRows } from '../../../src/main/services/prices/import/analyze-rows';
import { buildErrorReport } from '../../../src/main/services/prices/import/error-report';
import { readPriceFile } from '../../../src/main/services/prices/import/read-price-file';
import { messyFile } from '../../fixtures/price-files';

async function reportOfMessyFile(): Promise<ExcelJS.Worksheet> {
  const t = translator('zh-CN');
  const { sheets } = await readPriceFile(await messyFile(), 'messy.xlsx');
  const sheet = sheets[0];
  if (!sheet) throw new Error('no sheet');
  const headerRowIndex = detectHeaderRow(sheet.rows);
  const headerCells = sheet.rows[headerRowIndex] ?? [];
  const validated = validateRows({ rows: sheet.rows, headerRowIndex, mapping: autoMapping(headerCells), t });
  const bytes = await buildErrorReport({ sheetName: sheet.name, headerCells, rows: sheet.rows, validated, t });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const report = workbook.worksheets[0];
  if (!report) throw new Error('no report sheet');
  return report;
}

describe('the error list to download', () => {
  it('has the file’s header plus an error column, and one row per bad row', async () => {
    const report = await reportOfMessyFile();
    expect(report.name).toBe('2026价格');
    expect(report.getRow(1).values).toEqual([
      undefined,
      '编码',
      '名称',
      '规格',
      '单位',
      '单价',
      '税率',
      '类别',
      '最低折扣',
      '错误',
    ]);
    expect(report.rowCount).toBe(6);
    expect(report.getRow(2).values).toEqual([
      undefined,
      'YF-001',
      '总账（重复）',
      '标准版',
      '套',
      1000,
      '13%',
      '其他',
      undefined,
      '第 9 行：编码 YF-001 与第 4 行重复',
    ]);
    expect(report.getCell('I6').value).toBe('第 13 行：缺少单位');
  });

  it('shows the header bold and frozen, the faulty cells in red, in a Chinese font', async () => {
    const report = await reportOfMessyFile();
    expect(report.getCell('A1').font).toMatchObject({ bold: true, name: 'Microsoft YaHei' });
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const faulty = report.getCell('E3'); // the negative price, row 10 of the file
    expect(faulty.value).toBe(-100);
    expect(faulty.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(report.getCell('B3').fill).not.toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(report.getCell('B3').font?.name).toBe('Microsoft YaHei');
    expect(report.getColumn(9).width).toBe(60);
    expect(report.getColumn(2).width).toBeGreaterThanOrEqual(8);
  });
});
