import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** CJK-capable font set on every styled cell, so Chinese renders in Excel, WPS and LibreOffice alike. */
export const SHEET_FONT = 'Microsoft YaHei';
export const YUAN_FORMAT = '"¥"#,##0.00';
export const PERCENT_FORMAT = '0.00%';

/**
 * A streaming workbook whose bytes are collected into one Buffer: large sheets (100,000 rows)
 * are written row by row and committed, never held in memory as cell objects.
 */
export function streamingWorkbook(): { workbook: ExcelJS.stream.xlsx.WorkbookWriter; done(): Promise<Buffer> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Presales Workbench';
  workbook.created = new Date();
  return {
    workbook,
    async done() {
      await workbook.commit();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}

/** Bold header row with a light fill and a border, in the sheet font. */
export function styleHeaderRow(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { name: SHEET_FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8C9BC0' } } };
    cell.alignment = { vertical: 'middle' };
  });
}

/** Sets the sheet font on every cell of a data row (exceljs leaves unstyled cells in Calibri). */
export function styleBodyRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { name: SHEET_FONT };
  });
}
