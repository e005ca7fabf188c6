import { randomUUID } from 'node:crypto';
import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { QuoteDocument, QuoteDocumentLine, QuoteDocumentSection } from '../../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { cellXml, paragraphXml, rowXml, runStyle, runXml, type RunStyle } from './ooxml';
import { CELL_MARGINS, COLOR, CONTENT_WIDTH, paragraph, SIZE, TABLE_GRID, textCell, type Align } from './text';

/**
 * The line table: a header row repeated on every page, then per section a title row, its lines
 * and a subtotal row; no row splits across pages. The amount column is the final amount (after
 * the line discount and the line's share of the whole-quote discount), so a section's subtotal is
 * the sum of the amounts printed above it. When the quote has a whole-quote discount, each line's
 * share gets its own column, so a line reads: unit price × quantity − discount − share = amount.
 *
 * docx builds the table itself (grid, borders, layout); its rows are written as OOXML strings
 * (see ooxml.ts) and put in place of a marker row once the document is packed (splice-rows.ts).
 */

type ColumnKey = 'no' | 'code' | 'name' | 'unit' | 'quantity' | 'unitPrice' | 'discount' | 'share' | 'amount' | 'vat';

interface Column {
  key: ColumnKey;
  header: string;
  width: number;
  align: Align;
}

/** Fixed widths in twips; the name column takes what is left. */
const WIDTHS: Record<Exclude<ColumnKey, 'name'>, number> = {
  no: 460,
  code: 1060,
  unit: 480,
  quantity: 560,
  unitPrice: 1120,
  discount: 1180,
  share: 1080,
  amount: 1220,
  vat: 500,
};

function columns(labels: QuoteDocumentLabels, withShare: boolean): Column[] {
  const c = labels.columns;
  const all: Column[] = [
    { key: 'no', header: c.no, width: WIDTHS.no, align: 'center' },
    { key: 'code', header: c.code, width: WIDTHS.code, align: 'left' },
    { key: 'name', header: `${c.name} / ${c.spec}`, width: 0, align: 'left' },
    { key: 'unit', header: c.unit, width: WIDTHS.unit, align: 'center' },
    { key: 'quantity', header: c.quantity, width: WIDTHS.quantity, align: 'right' },
    { key: 'unitPrice', header: c.unitPrice, width: WIDTHS.unitPrice, align: 'right' },
    { key: 'discount', header: c.discount, width: WIDTHS.discount, align: 'center' },
    { key: 'share', header: c.wholeDiscount, width: WIDTHS.share, align: 'right' },
    { key: 'amount', header: withShare ? c.finalAmount : c.amount, width: WIDTHS.amount, align: 'right' },
    { key: 'vat', header: c.vatRate, width: WIDTHS.vat, align: 'center' },
  ];
  const shown = all.filter((column) => withShare || column.key !== 'share');
  const used = shown.reduce((sum, column) => sum + column.width, 0);
  return shown.map((column) => (column.key === 'name' ? { ...column, width: CONTENT_WIDTH - used } : column));
}

const BODY = runStyle({ size: SIZE.table });
const BOLD = runStyle({ size: SIZE.table, bold: true });
const MUTED = runStyle({ size: SIZE.table, color: COLOR.muted, italics: true });
const SMALL = runStyle({ size: SIZE.small, color: COLOR.muted });
const CODE = runStyle({ size: SIZE.small });
const SECTION = runStyle({ size: SIZE.table, bold: true, color: COLOR.accent });
const OPTIONAL_MARK = runStyle({ size: SIZE.table, bold: true, color: COLOR.optional });
const CUSTOM_MARK = runStyle({ size: SIZE.table, color: COLOR.muted });

/** A cell of one paragraph of one run. */
function plainCell(value: string, width: number, align: Align, style: RunStyle = BODY, fill?: string): string {
  return cellXml(paragraphXml(runXml(style, value), { align }), fill ? { width, fill } : { width });
}

function headerRow(cols: Column[]): string {
  return rowXml(cols.map((column) => plainCell(column.header, column.width, 'center', BOLD, COLOR.headFill)).join(''), {
    header: true,
  });
}

function sectionRow(section: QuoteDocumentSection, cols: Column[]): string {
  const title = paragraphXml(runXml(SECTION, section.title), { keepNext: true });
  return rowXml(cellXml(title, { width: CONTENT_WIDTH, span: cols.length, fill: COLOR.sectionFill }));
}

function nameCell(line: QuoteDocumentLine, labels: QuoteDocumentLabels, width: number): string {
  const name = paragraphXml(
    runXml(BODY, line.name) +
      (line.optional ? runXml(OPTIONAL_MARK, labels.optionalMark) : '') +
      (line.custom ? runXml(CUSTOM_MARK, labels.customMark) : ''),
  );
  const spec = line.spec.trim() === '' ? '' : paragraphXml(runXml(SMALL, line.spec));
  return cellXml(name + spec, { width });
}

/** The line discount; for a typed price "议价" over the agreed unit price. */
function discountCell(line: QuoteDocumentLine, labels: QuoteDocumentLabels, width: number, style: RunStyle): string {
  if (line.unitPriceOverrideFen === null) return plainCell(labels.discount(line.discountBp), width, 'center', style);
  return cellXml(
    paragraphXml(runXml(style, labels.overrideNote), { align: 'center' }) +
      paragraphXml(runXml(SMALL, labels.money(line.unitPriceOverrideFen)), { align: 'center' }),
    { width },
  );
}

function lineCell(line: QuoteDocumentLine, column: Column, labels: QuoteDocumentLabels): string {
  // Optional lines' figures are muted italics: they are in no sum.
  const figures = line.optional ? MUTED : BODY;
  const { width, align } = column;
  switch (column.key) {
    case 'no':
      return plainCell(line.no, width, align);
    case 'code':
      return plainCell(line.code, width, align, CODE);
    case 'name':
      return nameCell(line, labels, width);
    case 'unit':
      return plainCell(line.unit, width, align);
    case 'quantity':
      return plainCell(line.quantity, width, align);
    case 'unitPrice':
      return plainCell(labels.money(line.unitPriceFen), width, align, figures);
    case 'discount':
      return discountCell(line, labels, width, figures);
    case 'share':
      return plainCell(
        line.allocatedDiscountFen === 0 ? '' : labels.money(-line.allocatedDiscountFen),
        width,
        align,
        figures,
      );
    case 'amount':
      return plainCell(labels.money(line.finalAmountFen), width, align, figures);
    case 'vat':
      return plainCell(labels.rate(line.vatRateBp), width, align);
  }
}

function lineRow(line: QuoteDocumentLine, cols: Column[], labels: QuoteDocumentLabels): string {
  let cells = '';
  for (const column of cols) cells += lineCell(line, column, labels);
  return rowXml(cells);
}

/** "小计" across the descriptive columns, then the section's share total and its subtotal. */
function subtotalRow(section: QuoteDocumentSection, cols: Column[], labels: QuoteDocumentLabels): string {
  const firstFigure = cols.findIndex((column) => column.key === 'share' || column.key === 'amount');
  const labelWidth = cols.slice(0, firstFigure).reduce((sum, column) => sum + column.width, 0);
  const shareTotal = section.lines.filter((l) => !l.optional).reduce((sum, l) => sum + l.allocatedDiscountFen, 0);
  const fill = COLOR.subtotalFill;
  const label = cellXml(paragraphXml(runXml(BOLD, labels.sectionSubtotal), { align: 'right' }), {
    width: labelWidth,
    span: firstFigure,
    fill,
  });
  const figures = cols.slice(firstFigure).map((column): string => {
    if (column.key === 'share') {
      return plainCell(shareTotal === 0 ? '' : labels.money(-shareTotal), column.width, column.align, BODY, fill);
    }
    if (column.key === 'amount')
      return plainCell(labels.money(section.subtotalFen), column.width, column.align, BOLD, fill);
    return plainCell('', column.width, column.align, BODY, fill);
  });
  return rowXml(label + figures.join(''));
}

/** True when any line carries a share of the whole-quote discount. */
export function hasWholeDiscountShare(doc: QuoteDocument): boolean {
  return doc.sections.some((section) => section.lines.some((line) => line.allocatedDiscountFen !== 0));
}

/** The table's rows as OOXML: header, then title, lines and subtotal of each section. */
function rowsXml(doc: QuoteDocument, labels: QuoteDocumentLabels, cols: Column[]): string {
  let rows = headerRow(cols);
  for (const section of doc.sections) {
    rows += sectionRow(section, cols);
    for (const line of section.lines) rows += lineRow(line, cols, labels);
    rows += subtotalRow(section, cols, labels);
  }
  return rows;
}

export interface LineTable {
  /** The table as docx writes it, with one row holding `marker`. */
  table: Table;
  /** Unique text of the row that `rowsXml` replaces. */
  marker: string;
  rowsXml: string;
}

export function lineTable(doc: QuoteDocument, labels: QuoteDocumentLabels): LineTable {
  const cols = columns(labels, hasWholeDiscountShare(doc));
  const marker = `quote-line-rows-${randomUUID()}`;
  const table = new Table({
    rows: [new TableRow({ children: [textCell(marker, { width: CONTENT_WIDTH, span: cols.length })] })],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: cols.map((column) => column.width),
    layout: TableLayoutType.FIXED,
    borders: TABLE_GRID,
    margins: CELL_MARGINS,
  });
  return { table, marker, rowsXml: rowsXml(doc, labels, cols) };
}

/** The note under the table when some lines are optional. */
export function optionalNote(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph[] {
  const any = doc.sections.some((section) => section.lines.some((line) => line.optional));
  if (!any) return [];
  return [paragraph([labels.optionalNote], { spacing: { before: 60 } }, { size: SIZE.small, color: COLOR.muted })];
}
