import { randomUUID } from 'node:crypto';
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IBorderOptions,
} from 'docx';
import JSZip from 'jszip';
import { cellXml, rowXml, runStyle, runXml } from '../quote/docx/ooxml';
import { replaceMarkerRow } from '../quote/docx/splice-rows';
import { STYLE } from './docx-styles';
import { COLOURS, CONTENT, TABLE, halfPoints, twips } from './geometry';

/**
 * Gridded tables (data tables and rich-text tables): a shaded header row repeated on every page,
 * rows that never split, column alignment and bold summary rows.
 */

export type Align = 'left' | 'center' | 'right';

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.grid };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

export interface GridColumn {
  header: string;
  width: number;
  align: Align;
}

export interface GridRow {
  cells: string[];
  bold?: boolean;
  fill?: string;
}

const CELL_RUN = runStyle({ size: halfPoints(TABLE.size) });
const CELL_RUN_BOLD = runStyle({ size: halfPoints(TABLE.size), bold: true });
const JC = { left: '', center: '<w:jc w:val="center"/>', right: '<w:jc w:val="right"/>' } as const;

/** A cell of a gridded table: a paragraph in the table text style per line of `text`. */
function gridCellXml(text: string, width: number, align: Align, bold: boolean, fill: string | undefined): string {
  const run = bold ? CELL_RUN_BOLD : CELL_RUN;
  const paragraphs = text
    .split('\n')
    .map((line) => `<w:p><w:pPr><w:pStyle w:val="${STYLE.cell}"/>${JC[align]}</w:pPr>${runXml(run, line)}</w:p>`)
    .join('');
  return cellXml(paragraphs, fill ? { width: twips(width), fill } : { width: twips(width) });
}

/** The rows of a gridded table as WordprocessingML: the header row shaded and repeated, none split. */
function gridRowsXml(columns: readonly GridColumn[], rows: readonly GridRow[]): string {
  let xml = rowXml(columns.map((c) => gridCellXml(c.header, c.width, 'center', true, COLOURS.headerFill)).join(''), {
    header: true,
  });
  for (const row of rows) {
    let cells = '';
    columns.forEach((c, i) => {
      cells += gridCellXml(row.cells[i] ?? '', c.width, c.align, row.bold ?? false, row.fill);
    });
    xml += rowXml(cells);
  }
  return xml;
}

/** Rows written as XML, to be put in place of the row holding `marker` once docx has packed the document. */
export interface SplicedRows {
  marker: string;
  rowsXml: string;
}

/**
 * A gridded table: docx writes the table (grid, borders, cell margins), its rows are written as
 * XML (ooxml.ts; docx's object model costs about a millisecond a row, most of a 100-page
 * document's time) and spliced in after packing (spliceTableRows).
 */
export function gridTable(columns: readonly GridColumn[], rows: readonly GridRow[], spliced: SplicedRows[]): Table {
  const marker = `long-table-rows-${randomUUID()}`;
  spliced.push({ marker, rowsXml: gridRowsXml(columns, rows) });
  return new Table({
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: twips(CONTENT.width), type: WidthType.DXA },
            columnSpan: columns.length,
            children: [new Paragraph(marker)],
          }),
        ],
      }),
    ],
    width: { size: twips(CONTENT.width), type: WidthType.DXA },
    columnWidths: columns.map((c) => twips(c.width)),
    layout: TableLayoutType.FIXED,
    borders: GRID,
    margins: {
      top: twips(TABLE.padTop),
      // Word adds the 0.5 pt grid line to each row's height; the PDF draws it on the row edge.
      bottom: twips(TABLE.padBottom - 0.5),
      left: twips(TABLE.padX),
      right: twips(TABLE.padX),
    },
  });
}

/** Puts the rows of every gridded table in place of its marker row in the packed document. */
export async function spliceTableRows(docx: Buffer, spliced: readonly SplicedRows[]): Promise<Buffer> {
  if (spliced.length === 0) return docx;
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('word/document.xml missing from the package');
  let xml = await part.async('string');
  for (const { marker, rowsXml } of spliced) xml = replaceMarkerRow(xml, marker, rowsXml);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
