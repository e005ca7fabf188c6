import { Paragraph, type FileChild } from 'docx';
import type { DataTable } from '../../../shared/proposals/document';
import { plainText, type Table as RichTable } from '../../../shared/rich-text';
import { dataTableWidths } from './data-table-widths';
import { gridTable, type GridRow, type SplicedRows } from './docx-grid-table';
import { gap, textRun } from './docx-runs';
import { STYLE } from './docx-styles';
import { COLOURS, CONTENT, TABLE } from './geometry';

/** Data tables (caption, sized columns, bold footer rows) and rich-text tables as gridded Word tables. */

/** Width of text in points (the PDF's measure). */
export type Measure = (text: string, bold: boolean, size: number) => number;

function caption(text: string | undefined): Paragraph[] {
  return text ? [new Paragraph({ style: STYLE.tableCaption, children: [textRun(text)] })] : [];
}

export function dataTableBlock(block: DataTable, measure: Measure, spliced: SplicedRows[]): FileChild[] {
  const widths = dataTableWidths(block, (text) => measure(text, true, TABLE.size));
  const footer = block.footer ?? [];
  const columns = block.columns.map((c, i) => ({ header: c.title, width: widths[i] ?? 0, align: c.align ?? 'left' }));
  const rows: GridRow[] = [
    ...block.rows.map((cells) => ({ cells })),
    ...footer.map((cells, i) => ({
      cells,
      bold: true,
      ...(i === footer.length - 1 ? { fill: COLOURS.footerFill } : {}),
    })),
  ];
  return [...caption(block.caption), gridTable(columns, rows, spliced), gap(TABLE.after)];
}

export function richTableBlock(block: RichTable, spliced: SplicedRows[]): FileChild[] {
  const rows = block.content.map((row) => row.content.map((cell) => cell.content.map(plainText).join('\n')));
  const count = Math.max(1, ...rows.map((r) => r.length));
  const [head = [], ...body] = rows;
  const columns = Array.from({ length: count }, (_, i) => ({
    header: head[i] ?? '',
    width: CONTENT.width / count,
    align: 'left' as const,
  }));
  return [
    gridTable(
      columns,
      body.map((cells) => ({ cells })),
      spliced,
    ),
    gap(TABLE.after),
  ];
}
