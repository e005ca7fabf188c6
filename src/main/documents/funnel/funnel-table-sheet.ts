import type ExcelJS from 'exceljs';
import { formatYuan } from '../../../shared/money';
import type { Locale } from '../../../shared/locale';
import { SHEET_FONT, styleHeaderRow, YUAN_FORMAT } from '../../services/xlsx/write-workbook';
import { columnLetter, displayWidth, wrappedLines, yuan } from '../quote/xlsx/cells';
import { pageNumberCode } from '../quote/xlsx/print-setup';

/**
 * One table of the funnel workbook as a sheet: a title row (period, generated), a styled frozen
 * header, the body rows and an optional total row of formulas, each carrying the app's figure as
 * its cached result; column widths and wrapped row heights fitted to the text; printed landscape
 * on A4 with page numbers.
 */

/** How a column's cells are written and formatted. */
export type Kind = 'text' | 'wrap' | 'int' | 'money' | 'percent';

export interface Column {
  header: string;
  kind: Kind;
}

/** A formula and the figure the app computed for it. */
export interface Formula {
  formula: string;
  result: number | string;
}

export type Value = string | number | Formula | null;

/** A money cell: the yuan value of `fen`, exact to the fen. */
export interface Money {
  fen: number;
}

export type Cell = Value | Money;

function isMoney(cell: Cell): cell is Money {
  return cell !== null && typeof cell === 'object' && 'fen' in cell;
}

const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const HEADER_ROW = 3;
const FIRST_ROW = 4;

const FORMATS: Record<Kind, string | undefined> = {
  text: undefined,
  wrap: undefined,
  int: '#,##0',
  money: YUAN_FORMAT,
  percent: '0.0%',
};

const WIDTH = { min: 8, max: 48, wrap: 60 };
const LINE_HEIGHT = 15;

export interface SheetWriter {
  sheet: ExcelJS.Worksheet;
  /** Row of the first and last body row (last < first without rows). */
  firstRow: number;
  lastRow: number;
  /** "C" for column 3. */
  letter(column: number): string;
  /** "C7" for column 3 of body row `index` (0-based). */
  at(column: number, index: number): string;
  /** "SUM(C4:C11)", or "0" without rows. */
  sum(column: number): string;
  /** "ROUND(SUM(C4:C11),2)": a money total that stays exact to the fen. */
  moneySum(column: number): string;
}

export interface TableSheet {
  name: string;
  title: string;
  columns: Column[];
  /** Body rows; a row may reference cells of its own row through `row(column)`. */
  rows: ((w: SheetWriter, index: number) => Cell[])[];
  total?: (w: SheetWriter) => Cell[];
}

function cellText(cell: Cell, kind: Kind): string {
  if (cell === null) return '';
  if (isMoney(cell)) return formatYuan(cell.fen);
  if (typeof cell === 'object') return kind === 'percent' ? '100.0%' : String(cell.result);
  if (typeof cell === 'number') return kind === 'percent' ? '100.0%' : cell.toLocaleString('en-US');
  return cell;
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (isMoney(cell)) return yuan(cell.fen);
  if (cell !== null && typeof cell === 'object') return { formula: cell.formula, result: cell.result };
  return cell;
}

const BORDER_TOP: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FF8C9BC0' } } };

export function writeTableSheet(
  workbook: ExcelJS.Workbook,
  spec: TableSheet,
  subtitle: string,
  locale: Locale,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, showGridLines: true }],
    properties: { defaultRowHeight: 17 },
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  const count = spec.columns.length;
  const lastRow = FIRST_ROW + spec.rows.length - 1;
  const writer: SheetWriter = {
    sheet,
    firstRow: FIRST_ROW,
    lastRow,
    letter: columnLetter,
    at: (column, index) => `${columnLetter(column)}${FIRST_ROW + index}`,
    sum: (column) =>
      spec.rows.length === 0 ? '0' : `SUM(${columnLetter(column)}${FIRST_ROW}:${columnLetter(column)}${lastRow})`,
    moneySum: (column) => `ROUND(${writer.sum(column)},2)`,
  };

  const title = sheet.getRow(TITLE_ROW);
  title.getCell(1).value = spec.title;
  title.getCell(1).font = { name: SHEET_FONT, bold: true, size: 14, color: { argb: 'FF1F3A5F' } };
  title.height = 24;
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, count);
  const sub = sheet.getRow(SUBTITLE_ROW);
  sub.getCell(1).value = subtitle;
  sub.getCell(1).font = { name: SHEET_FONT, size: 9, color: { argb: 'FF5F6B7A' } };
  sheet.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, count);

  const header = sheet.getRow(HEADER_ROW);
  spec.columns.forEach((column, i) => {
    header.getCell(i + 1).value = column.header;
  });
  styleHeaderRow(header);
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.alignment = {
      vertical: 'middle',
      horizontal: column.kind === 'text' || column.kind === 'wrap' ? 'left' : 'right',
    };
  });
  header.height = 20;

  const widths = spec.columns.map((column) => displayWidth(column.header) + 3);
  const measure = (cells: Cell[]): void => {
    cells.forEach((cell, i) => {
      const column = spec.columns[i];
      if (!column) return;
      const limit = column.kind === 'wrap' ? WIDTH.wrap : WIDTH.max;
      widths[i] = Math.min(limit, Math.max(widths[i] ?? WIDTH.min, displayWidth(cellText(cell, column.kind)) + 2));
    });
  };
  const write = (row: ExcelJS.Row, cells: Cell[], bold: boolean): void => {
    cells.forEach((cell, i) => {
      const column = spec.columns[i];
      if (!column) return;
      const target = row.getCell(i + 1);
      target.value = cellValue(cell);
      target.font = { name: SHEET_FONT, bold };
      const format = FORMATS[column.kind];
      if (format) target.numFmt = format;
      target.alignment = column.kind === 'wrap' ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    });
  };

  const bodies = spec.rows.map((make, index) => make(writer, index));
  for (const cells of bodies) measure(cells);
  const total = spec.total?.(writer);
  if (total) measure(total);
  sheet.columns = widths.map((width) => ({ width: Math.max(WIDTH.min, width) }));

  bodies.forEach((cells, index) => {
    const row = sheet.getRow(FIRST_ROW + index);
    write(row, cells, false);
    const lines = Math.max(
      1,
      ...cells.map((cell, i) =>
        spec.columns[i]?.kind === 'wrap' ? wrappedLines(cellText(cell, 'wrap'), widths[i] ?? WIDTH.wrap) : 1,
      ),
    );
    if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
  });
  if (total) {
    const row = sheet.getRow(lastRow + 1);
    write(row, total, true);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER_TOP;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F9' } };
    });
  }
  if (spec.rows.length > 0) {
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: count } };
  }
  const font = `&8&"${SHEET_FONT},Regular"`;
  const escaped = (text: string) => text.replace(/&/g, '&&');
  sheet.headerFooter = {
    oddHeader: `&L${font}${escaped(spec.title)}&R${font}${escaped(subtitle)}`,
    oddFooter: `&C${font}${pageNumberCode(locale)}`,
  };
  return sheet;
}
