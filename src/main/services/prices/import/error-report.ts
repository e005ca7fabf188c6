import type ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { SHEET_FONT, streamingWorkbook } from '../../xlsx/write-workbook';
import type { ValidatedRow } from './analyze-rows';

/**
 * The rows that could not be imported, as an .xlsx the user can fix and import again: the
 * file's own header and cells, the faulty cells in red, and an added column saying what is wrong.
 */

/** charset 134 (GB2312) tells Excel and WPS to fall back to a Chinese font (SimSun) if YaHei is missing. */
const FONT: Partial<ExcelJS.Font> = { name: SHEET_FONT, charset: 134 };
const HEADER_FONT: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const ERROR_FONT: Partial<ExcelJS.Font> = { ...FONT, color: { argb: 'FF9C0006' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF7' } };
const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
const ERROR_COLUMN_WIDTH = 60;
const WIDTH_SAMPLE_ROWS = 500;
/** A plain number Excel would show the same (no leading zero, at most 15 digits): written as a number. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,6})?$/;

/** Display width in Excel's character units: CJK and full-width characters count twice. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

function sheetTitle(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, '_')
    .slice(0, 31)
    .trim();
  return cleaned === '' ? fallback : cleaned;
}

function cellValue(text: string | null): string | number | null {
  if (text === null) return null;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

function columnWidths(headerCells: readonly (string | null)[], rows: (string | null)[][], columns: number): number[] {
  const widths = Array.from({ length: columns }, (_, index) => displayWidth(headerCells[index] ?? '') + 2);
  for (const cells of rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    cells.forEach((cell, index) => {
      if (cell !== null && index < columns) widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell) + 2);
    });
  }
  return widths.map((width) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

export async function buildErrorReport(input: {
  sheetName: string;
  headerCells: readonly (string | null)[];
  rows: readonly (readonly (string | null)[])[];
  validated: readonly ValidatedRow[];
  t: TFunction;
}): Promise<Buffer> {
  const { headerCells, validated, t } = input;
  const faulty = validated.filter((row) => row.errors.length > 0);
  const cellsOf = faulty.map((row) => [...(input.rows[row.row - 1] ?? [])]);
  const columns = Math.max(headerCells.length, ...cellsOf.map((cells) => cells.length));
  const { workbook, done } = streamingWorkbook();
  const sheet = workbook.addWorksheet(sheetTitle(input.sheetName, t('err.prices.importReport.sheet')), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    ...columnWidths(headerCells, cellsOf, columns).map((width) => ({ width })),
    { width: ERROR_COLUMN_WIDTH },
  ];

  const header = sheet.addRow([
    ...Array.from({ length: columns }, (_, index) => headerCells[index] ?? null),
    t('err.prices.importReport.errors'),
  ]);
  header.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  header.commit();

  faulty.forEach((validatedRow, index) => {
    const cells = cellsOf[index] ?? [];
    const messages = validatedRow.errors.map((error) => error.message).join(t('err.prices.importReport.separator'));
    const errorText = `${t('err.prices.importReport.row', { row: validatedRow.row })}${messages}`;
    const row = sheet.addRow([
      ...Array.from({ length: columns }, (_, column) => cellValue(cells[column] ?? null)),
      errorText,
    ]);
    const faultyColumns = new Set(validatedRow.errors.map((error) => error.columnIndex));
    for (let column = 1; column <= columns + 1; column++) {
      const cell = row.getCell(column);
      const isErrorColumn = column === columns + 1;
      cell.font = isErrorColumn ? ERROR_FONT : FONT;
      if (isErrorColumn) cell.alignment = { wrapText: true, vertical: 'top' };
      if (faultyColumns.has(column - 1)) cell.fill = ERROR_FILL;
    }
    row.commit();
  });
  sheet.commit();
  return done();
}
