import type ExcelJS from 'exceljs';
import type { QuoteDocument } from '../../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { wrappedLines } from './cells';
import type { TableLayout } from './columns';
import { LINE_HEIGHT, ROW_PADDING, styleCell, type CellStyle } from './style';

/**
 * The sheet being written, top to bottom: each block appends its rows at `row` and moves it on.
 */
export interface QuoteSheet {
  doc: QuoteDocument;
  labels: QuoteDocumentLabels;
  sheet: ExcelJS.Worksheet;
  layout: TableLayout;
  /** The next free row (1-based). */
  row: number;
}

/** Every row gets an explicit height (raised for wrapped text), so every reader lays it out alike. */
const ROW_HEIGHT = 17;
const GAP_HEIGHT = 10;

/** Returns the next free row and moves past it. */
export function nextRow(ctx: QuoteSheet): number {
  const row = ctx.row;
  ctx.sheet.getRow(row).height = ROW_HEIGHT;
  ctx.row += 1;
  return row;
}

/** Leaves `count` empty rows: a small gap between blocks. */
export function skipRows(ctx: QuoteSheet, count = 1): void {
  for (let i = 0; i < count; i += 1) ctx.sheet.getRow(ctx.row + i).height = GAP_HEIGHT;
  ctx.row += count;
}

/** Width in characters of columns `from`..`to`. */
export function spanWidth(ctx: QuoteSheet, from: number, to: number): number {
  return ctx.layout.columns.slice(from - 1, to).reduce((sum, column) => sum + column.width, 0);
}

/**
 * Writes `value` across columns `from`..`to` of `row` (merged when more than one), styled; with a
 * wrapping alignment the row is made tall enough for the text (spreadsheets do not grow merged rows).
 */
export function textCell(
  ctx: QuoteSheet,
  row: number,
  from: number,
  to: number,
  value: ExcelJS.CellValue,
  style: CellStyle = {},
): ExcelJS.Cell {
  const cell = ctx.sheet.getCell(row, from);
  cell.value = value;
  styleCell(cell, style);
  if (to > from) ctx.sheet.mergeCells(row, from, row, to);
  if (style.alignment?.wrapText && typeof value === 'string') {
    const fontScale = (style.font?.size ?? 10) / 10;
    const lines = wrappedLines(value, spanWidth(ctx, from, to) / fontScale);
    fitRowHeight(ctx, row, lines * LINE_HEIGHT * fontScale + ROW_PADDING);
  }
  return cell;
}

/** Raises `row` to at least `height` points. */
export function fitRowHeight(ctx: QuoteSheet, row: number, height: number): void {
  const sheetRow = ctx.sheet.getRow(row);
  sheetRow.height = Math.max(sheetRow.height ?? 0, height);
}
