import type ExcelJS from 'exceljs';
import type { QuoteDocumentLine, QuoteDocumentSection } from '../../../../shared/quotes/document';
import { formula, fraction, ref, roundedSum, wrappedLines, yuan } from './cells';
import type { ColumnKey } from './columns';
import { fitRowHeight, nextRow, textCell, type QuoteSheet } from './sheet';
import {
  BOLD,
  CENTER,
  CENTER_WRAP,
  FONT,
  GRID,
  HEADER_FILL,
  LEFT,
  LEFT_WRAP,
  LINE_HEIGHT,
  OPTIONAL_FONT,
  PERCENT_FORMAT,
  QUANTITY_DECIMAL_FORMAT,
  QUANTITY_FORMAT,
  RATE_DECIMAL_FORMAT,
  RATE_FORMAT,
  RIGHT,
  ROW_PADDING,
  SECTION_FILL,
  SUBTOTAL_FILL,
  YUAN_FORMAT,
  styleCell,
  type CellStyle,
} from './style';

/**
 * The line table: a header row (repeated on every printed page), then per section a title row,
 * its lines and a subtotal row. Every derived figure is a live formula carrying the app's figure
 * as its cached result:
 *
 * - amount  = ROUND(unit × qty × (1 − discount), 2), or ROUND(agreed price × qty, 2) for a line
 *   with a typed price (its unit-price cell holds the agreed price, the discount cell says so);
 * - final   = amount − its share of the whole-quote discount (the share is a value: the largest-
 *   remainder allocation is not a spreadsheet formula);
 * - inclusive: net = ROUND(final / (1 + rate), 2), tax = final − net;
 *   exclusive: tax = ROUND(final × rate, 2), gross = final + tax;
 * - subtotals sum the section's counted lines; optional lines are shown but never summed.
 */

/** Where the money is, for the totals, VAT summary and milestones below the table. */
export interface TableRefs {
  headerRow: number;
  /** First and last row of the table body (section, line and subtotal rows). */
  firstRow: number;
  lastRow: number;
  subtotalRows: number[];
  /** Optional lines by row, with their VAT rate (to take them out of the per-rate sums). */
  optionalRows: { row: number; vatRateBp: number }[];
}

/** The money columns a subtotal row sums, with each line's figure for the cached result. */
const SUMMED: [ColumnKey, (line: QuoteDocumentLine) => number][] = [
  ['amount', (line) => line.lineAmountFen],
  ['wholeDiscount', (line) => line.allocatedDiscountFen],
  ['final', (line) => line.finalAmountFen],
  ['net', (line) => line.netFen],
  ['tax', (line) => line.taxFen],
  ['gross', (line) => line.grossFen],
];

function writeHeader(ctx: QuoteSheet): number {
  const row = nextRow(ctx);
  ctx.layout.columns.forEach((column, index) => {
    const cell = ctx.sheet.getCell(row, index + 1);
    cell.value = column.header;
    styleCell(cell, { font: BOLD, fill: HEADER_FILL, border: GRID, alignment: CENTER_WRAP });
  });
  fitRowHeight(ctx, row, 2 * LINE_HEIGHT + ROW_PADDING);
  return row;
}

function writeSectionTitle(ctx: QuoteSheet, section: QuoteDocumentSection, index: number): void {
  const row = nextRow(ctx);
  const numbered =
    ctx.doc.locale === 'en' ? `${index + 1}. ${section.title}` : `${chineseOrdinal(index + 1)}、${section.title}`;
  textCell(ctx, row, 1, ctx.layout.lastCol, numbered, {
    font: BOLD,
    fill: SECTION_FILL,
    border: GRID,
    alignment: LEFT,
  });
  fitRowHeight(ctx, row, 18);
}

const ORDINALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (section numbers, up to 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return ORDINALS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (ORDINALS[tens] ?? '')}十${ORDINALS[n % 10] ?? ''}`;
}

function writeLine(ctx: QuoteSheet, line: QuoteDocumentLine): number {
  const { layout, labels, sheet } = ctx;
  const row = nextRow(ctx);
  const font = line.optional ? OPTIONAL_FONT : FONT;
  const cell = (key: ColumnKey, style: CellStyle): ExcelJS.Cell => {
    const c = sheet.getCell(row, layout.col(key));
    styleCell(c, { font, border: GRID, ...style });
    return c;
  };
  const at = (key: ColumnKey): string => ref(layout.col(key), row);
  const money: CellStyle = { numFmt: YUAN_FORMAT, alignment: RIGHT };

  const name = `${line.name}${line.custom ? labels.customMark : ''}${line.optional ? labels.optionalMark : ''}`;
  cell('no', { alignment: CENTER }).value = Number(line.no);
  cell('code', { alignment: LEFT_WRAP }).value = line.code;
  cell('name', { alignment: LEFT_WRAP }).value = name;
  cell('spec', { alignment: LEFT_WRAP }).value = line.spec;
  cell('unit', { alignment: CENTER }).value = line.unit;
  const quantity = Number(line.quantity);
  cell('quantity', {
    alignment: RIGHT,
    numFmt: Number.isInteger(quantity) ? QUANTITY_FORMAT : QUANTITY_DECIMAL_FORMAT,
  }).value = quantity;

  const override = line.unitPriceOverrideFen;
  cell('unitPrice', money).value = yuan(override ?? line.unitPriceFen);
  if (override === null) {
    cell('discount', { alignment: RIGHT, numFmt: PERCENT_FORMAT }).value = fraction(line.discountBp);
    formula(
      cell('amount', money),
      `ROUND(${at('unitPrice')}*${at('quantity')}*(1-${at('discount')}),2)`,
      line.lineAmountFen,
    );
  } else {
    cell('discount', { alignment: CENTER }).value = labels.overrideNote;
    formula(cell('amount', money), `ROUND(${at('unitPrice')}*${at('quantity')},2)`, line.lineAmountFen);
  }
  if (layout.has('wholeDiscount')) {
    cell('wholeDiscount', money).value = yuan(line.allocatedDiscountFen);
    formula(cell('final', money), `ROUND(${at('amount')}-${at('wholeDiscount')},2)`, line.finalAmountFen);
  }
  const rate = cell('vatRate', {
    alignment: CENTER,
    numFmt: line.vatRateBp % 100 === 0 ? RATE_FORMAT : RATE_DECIMAL_FORMAT,
  });
  rate.value = fraction(line.vatRateBp);
  const final = ref(layout.finalCol, row);
  if (ctx.doc.quote.vatMode === 'inclusive') {
    formula(cell('net', money), `ROUND(${final}/(1+${at('vatRate')}),2)`, line.netFen);
    formula(cell('tax', money), `ROUND(${final}-${at('net')},2)`, line.taxFen);
  } else {
    formula(cell('tax', money), `ROUND(${final}*${at('vatRate')},2)`, line.taxFen);
    formula(cell('gross', money), `ROUND(${final}+${at('tax')},2)`, line.grossFen);
  }

  const nameLines = wrappedLines(name, layout.columns[layout.col('name') - 1]?.width ?? 20);
  const specLines = wrappedLines(line.spec, layout.columns[layout.col('spec') - 1]?.width ?? 20);
  fitRowHeight(ctx, row, Math.max(nameLines, specLines) * LINE_HEIGHT + ROW_PADDING);
  return row;
}

function writeSubtotal(ctx: QuoteSheet, section: QuoteDocumentSection, lineRows: number[]): number {
  const { layout, labels, sheet } = ctx;
  const row = nextRow(ctx);
  const style: CellStyle = { font: BOLD, fill: SUBTOTAL_FILL, border: GRID };
  const label = `${section.title} ${labels.sectionSubtotal}`;
  textCell(ctx, row, 1, layout.col('amount') - 1, label, { ...style, alignment: RIGHT });
  const counted = section.lines.flatMap((line, i) => (line.optional ? [] : [{ line, row: lineRows[i] ?? 0 }]));
  for (let column = layout.col('amount'); column <= layout.lastCol; column += 1) {
    styleCell(sheet.getCell(row, column), style);
  }
  for (const [key, figure] of SUMMED) {
    if (!layout.has(key)) continue;
    const column = layout.col(key);
    const cell = sheet.getCell(row, column);
    cell.numFmt = YUAN_FORMAT;
    formula(
      cell,
      roundedSum(
        column,
        counted.map((c) => c.row),
      ),
      counted.reduce((sum, c) => sum + figure(c.line), 0),
    );
  }
  fitRowHeight(ctx, row, 18);
  return row;
}

export function writeLineTable(ctx: QuoteSheet): TableRefs {
  const headerRow = writeHeader(ctx);
  const refs: TableRefs = {
    headerRow,
    firstRow: ctx.row,
    lastRow: ctx.row,
    subtotalRows: [],
    optionalRows: [],
  };
  ctx.doc.sections.forEach((section, index) => {
    writeSectionTitle(ctx, section, index);
    const lineRows = section.lines.map((line) => {
      const row = writeLine(ctx, line);
      if (line.optional) refs.optionalRows.push({ row, vatRateBp: line.vatRateBp });
      return row;
    });
    refs.subtotalRows.push(writeSubtotal(ctx, section, lineRows));
  });
  refs.lastRow = ctx.row - 1;
  return refs;
}
