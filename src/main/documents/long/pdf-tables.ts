import type { DataTable } from '../../../shared/proposals/document';
import { plainText, type Table } from '../../../shared/rich-text';
import { PDF_FONT } from '../pdf/fonts';
import { breakLines } from '../pdf/line-break';
import { paginateRows } from '../pdf/pagination';
import {
  drawFlowingTable,
  measureTable,
  type TableCell,
  type TableRow,
  type TableSpec,
  type TableStyle,
} from '../pdf/table';
import { dataTableWidths } from './data-table-widths';
import { COLOURS, CONTENT, TABLE, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import type { Prepared } from './pdf-page-breaks';

/**
 * Tables of a long document — data tables (with their summary rows) and the tables of rich text —
 * drawn by table.ts: the header row repeated on each page, no row split, the caption kept with
 * the header and first row. A virtual layout moves down the pages as the drawing would.
 */

const TABLE_STYLE: Partial<TableStyle> = {
  fontSize: TABLE.size,
  padX: TABLE.padX,
  padTop: TABLE.padTop,
  padBottom: TABLE.padBottom,
  lineGap: TABLE.line - TABLE.size * 1.5,
  headerFill: `#${COLOURS.headerFill}`,
  gridColor: `#${COLOURS.grid}`,
};

/** A table with an optional caption above it, kept with the header and first row. */
function prepareTable(layout: LongLayout, spec: TableSpec, caption: string | undefined): Prepared {
  const captionLines = caption ? layout.set([{ text: caption }], CONTENT.width, TYPE.caption) : [];
  const captionHeight = caption
    ? TYPE.caption.before + captionLines.length * TYPE.caption.line + TYPE.caption.after
    : TYPE.caption.before;
  const start = measureTable(layout.doc, { ...spec, rows: spec.rows.slice(0, 1) });
  return {
    keep: captionHeight + start,
    place: () => {
      layout.flow.ensure(captionHeight + start);
      layout.flow.spaceBefore(TYPE.caption.before);
      if (caption) {
        captionLines.forEach((line, i) => {
          const x = CONTENT.left + (CONTENT.width - line.width) / 2;
          layout.drawLines([line], x, layout.flow.y + i * TYPE.caption.line, TYPE.caption, INK.text);
        });
        layout.flow.advance(captionLines.length * TYPE.caption.line);
        layout.flow.spaceAfter(TYPE.caption.after);
      }
      layout.flush();
      if (layout.virtual) virtualTable(layout, spec);
      else drawFlowingTable(layout.doc, layout.flow, spec, CONTENT.left);
      layout.flow.advance(TABLE.after);
    },
  };
}

/**
 * A row's height as table.ts measures it — each cell one part, its lines broken by
 * line-break.ts — but with the layout's remembered widths: measureTable() per row would
 * measure every cell's words afresh.
 */
function rowHeight(layout: LongLayout, spec: TableSpec, cells: readonly (string | TableCell)[], bold: boolean): number {
  const size = TABLE.size;
  layout.doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
  const lineHeight = layout.doc.currentLineHeight(true) + (TABLE_STYLE.lineGap ?? 0);
  const measure = (text: string) => layout.measure(text, bold, size);
  let lines = 0;
  cells.forEach((cell, i) => {
    const text = typeof cell === 'string' ? cell : cell.parts.map((part) => part.text).join('\n');
    const width = (spec.columns[i]?.width ?? 0) - 2 * TABLE.padX;
    const count =
      text === '' ? 0 : !text.includes('\n') && measure(text) <= width ? 1 : breakLines(text, width, measure).length;
    lines = Math.max(lines, count);
  });
  return lines * lineHeight + TABLE.padTop + TABLE.padBottom;
}

/** Moves the flow as drawFlowingTable would, without drawing (same measures, same pagination). */
function virtualTable(layout: LongLayout, spec: TableSpec): void {
  const header = rowHeight(
    layout,
    spec,
    spec.columns.map((column) => column.header),
    true,
  );
  const rows = spec.rows.map((row) => ({
    height: rowHeight(layout, spec, row.cells, row.style?.bold ?? false),
    keepWithPrevious: row.keepWithPrevious,
    keepWithNext: row.keepWithNext,
  }));
  const pages = paginateRows(rows, {
    firstPage: layout.flow.remaining,
    nextPages: layout.flow.pageHeight,
    headerHeight: header,
  });
  for (const [i, page] of pages.entries()) {
    if (i > 0) layout.flow.newPage();
    if (page.start === page.end) continue;
    layout.flow.advance(header + rows.slice(page.start, page.end).reduce((sum, r) => sum + r.height, 0));
  }
}

/** A data table: its rows, then the summary rows in bold kept with them, the last one (the total) shaded. */
export function prepareDataTable(layout: LongLayout, block: DataTable): Prepared {
  const widths = dataTableWidths(block, (text) => layout.measure(text, true, TABLE.size));
  const footer = block.footer ?? [];
  const spec: TableSpec = {
    columns: block.columns.map((column, i) => ({
      header: column.title,
      width: widths[i] ?? 0,
      align: column.align ?? 'left',
    })),
    rows: [
      ...block.rows.map((cells): TableRow => ({ cells: fitCells(cells, block.columns.length) })),
      ...footer.map((cells, i): TableRow => ({
        cells: fitCells(cells, block.columns.length),
        style: { bold: true },
        // The last summary row (the total) shaded.
        ...(i === footer.length - 1 ? { fill: `#${COLOURS.footerFill}` } : {}),
        keepWithPrevious: true,
      })),
    ],
    style: TABLE_STYLE,
  };
  return prepareTable(layout, spec, block.caption);
}

/** A rich-text table as plain text: its first row the header, columns of equal width. */
export function prepareRichTable(layout: LongLayout, block: Table): Prepared {
  const rows = block.content.map((row) => row.content.map((cell) => cell.content.map(plainText).join('\n')));
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const [head = [], ...body] = rows;
  const spec: TableSpec = {
    columns: fitCells(head, columns).map((header) => ({ header, width: CONTENT.width / columns })),
    rows: body.map((cells) => ({ cells: fitCells(cells, columns) })),
    style: TABLE_STYLE,
  };
  return prepareTable(layout, spec, undefined);
}

/** Exactly `count` cells: missing ones empty, extra ones dropped. */
function fitCells(cells: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => cells[i] ?? '');
}
