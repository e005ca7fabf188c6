import ExcelJS from 'exceljs';
import type { DataTable, LongDocument } from '../../../shared/proposals/document';
import { SHEET_FONT, styleHeaderRow } from '../../services/xlsx/write-workbook';

/**
 * The deviation table (技术偏离表) of a proposal as .xlsx, the form tenders ask for: one row per
 * requirement with the feature that meets it, 满足 / 部分满足 / 不满足 (a drop-down, coloured) and
 * the note; A4 landscape, header repeated on every printed page, page numbers.
 */

const COVERAGE_FILL: Record<number, string> = { 0: 'FFE6F4EA', 1: 'FFFFF4E0', 2: 'FFFDE8E8' };

export async function renderDeviationXlsx(
  doc: LongDocument,
  table: DataTable,
  coverageWords: [string, string, string],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.company.name;
  workbook.title = doc.title;
  const sheet = workbook.addWorksheet(
    table.caption ?? doc.chapters.find((c) => c.id === 'requirements')?.title ?? 'Sheet1',
    {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: '3:3',
      },
      headerFooter: {
        oddFooter: `&C${doc.labels
          .pageOf(1, 1)
          .replace('1', '&P')
          .replace(/1(?!.*1)/, '&N')}`,
      },
    },
  );
  sheet.mergeCells(1, 1, 1, table.columns.length);
  const title = sheet.getCell(1, 1);
  title.value = doc.title;
  title.font = { name: SHEET_FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, table.columns.length);
  sheet.getCell(2, 1).value = doc.cover.map((line) => `${line.label}：${line.value}`).join('    ');
  sheet.getCell(2, 1).font = { name: SHEET_FONT, size: 9, color: { argb: 'FF666666' } };
  const header = sheet.getRow(3);
  header.values = table.columns.map((c) => c.title);
  styleHeaderRow(header);
  const widths = [6, 46, 30, 12, 34];
  table.columns.forEach((_c, i) => (sheet.getColumn(i + 1).width = widths[i] ?? 16));
  const coverageColumn = 4;
  table.rows.forEach((cells, index) => {
    const row = sheet.getRow(4 + index);
    row.values = cells;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: SHEET_FONT, size: 10 };
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: col === 1 || col === coverageColumn ? 'center' : 'left',
      };
      cell.border = { bottom: { style: 'hair', color: { argb: 'FFBBBBBB' } } };
    });
    const coverage = row.getCell(coverageColumn);
    coverage.dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${coverageWords.join(',')}"`],
    };
    const level = coverageWords.indexOf(String(cells[coverageColumn - 1] ?? ''));
    if (level >= 0)
      coverage.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COVERAGE_FILL[level] ?? 'FFFFFFFF' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
