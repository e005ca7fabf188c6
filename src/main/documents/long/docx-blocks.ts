import { randomUUID } from 'node:crypto';
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import type { Callout, DataTable, KeyValues, LongDocument } from '../../../shared/proposals/document';
import {
  plainText,
  type BulletList,
  type Image,
  type Inline,
  type OrderedList,
  type Table as RichTable,
} from '../../../shared/rich-text';
import { cellXml, rowXml, runStyle, runXml } from '../quote/docx/ooxml';
import { replaceMarkerRow } from '../quote/docx/splice-rows';
import { FONT } from '../quote/docx/text';
import { dataTableWidths } from './data-table-widths';
import { BULLETS, NUMBERS, spacing, STYLE } from './docx-styles';
import { COLOURS, CONTENT, GAPS, halfPoints, listTextIndent, TABLE, TYPE, twips } from './geometry';
import { placeDataUrl } from './images';
import type { OutlineBlock, OutlineChapter } from './outline';

/**
 * The chapters of a long document as Word paragraphs and tables, formatted as the PDF sets them
 * (geometry.ts): numbered headings in Heading 1–3 (the numbers come from the styles), justified
 * Chinese body text with a two-character first-line indent, bullet and numbered lists (nested)
 * on Word numbering, tables with a shaded header row repeated on every page and rows that never
 * split, column alignment and bold summary rows, images scaled to the text width with their
 * caption, callouts as a shaded box with a coloured bar, key figures as a borderless two-column
 * table. The East Asian font is set on every run.
 */

type Align = 'left' | 'center' | 'right';

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.grid };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  color?: string;
  size?: number;
}

/** A run of text in the document fonts. */
export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    bold: style.bold,
    color: style.color,
    size: style.size === undefined ? undefined : halfPoints(style.size),
  });
}

/** Inline rich text as runs: bold and italic marks, hard breaks. */
export function inlineRuns(content: readonly Inline[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  return (content ?? []).map((node) =>
    node.type === 'hardBreak'
      ? new TextRun({ break: 1, font: FONT })
      : new TextRun({
          text: node.text,
          font: FONT,
          bold: style.bold || node.marks?.some((m) => m.type === 'bold') || undefined,
          italics: node.marks?.some((m) => m.type === 'italic') || undefined,
          color: style.color,
        }),
  );
}

/** An empty paragraph exactly `points` tall: the gap under a table (and between two tables). */
function gap(points: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: twips(points), lineRule: LineRuleType.EXACT } });
}

interface GridColumn {
  header: string;
  width: number;
  align: Align;
}

interface GridRow {
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
function gridTable(columns: readonly GridColumn[], rows: readonly GridRow[], spliced: SplicedRows[]): Table {
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

export class DocxChapters {
  private orderedLists = 0;
  /** First numbers of ordered lists that do not start at 1 (each needs a numbering definition). */
  readonly starts = new Set<number>();
  /** The gridded tables' rows, spliced in after packing (spliceTableRows). */
  readonly spliced: SplicedRows[] = [];
  private readonly zh: boolean;

  constructor(
    private readonly source: LongDocument,
    /** Width of text in points (the PDF's measure), for the key/value label column. */
    private readonly measure: (text: string, bold: boolean, size: number) => number,
  ) {
    this.zh = source.locale !== 'en';
  }

  chapter(chapter: OutlineChapter, first: boolean): FileChild[] {
    const out: FileChild[] = [
      new Paragraph({
        style: 'Heading1',
        children: [textRun(chapter.entry.title)],
        // A proposal's chapters each start a page; a demo script's run on (but the first).
        ...(this.source.kind === 'proposal' || first
          ? { pageBreakBefore: true }
          : { spacing: { ...spacing(TYPE.chapter), before: twips(24), after: twips(TYPE.chapter.after - 4) } }),
      }),
    ];
    for (const block of chapter.blocks) this.block(block, out);
    return out;
  }

  private block(item: OutlineBlock, out: FileChild[]): void {
    const { block } = item;
    if (item.heading) {
      const style = item.heading.level === 2 ? 'Heading2' : 'Heading3';
      out.push(new Paragraph({ style, children: [textRun(item.heading.title)] }));
      return;
    }
    switch (block.type) {
      case 'paragraph':
        out.push(new Paragraph({ style: STYLE.body, children: inlineRuns(block.content) }));
        return;
      case 'heading':
        return;
      case 'bulletList':
      case 'orderedList':
        this.list(block, 0, out);
        out.push(gap(GAPS.afterList));
        return;
      case 'table':
        out.push(...this.richTable(block));
        return;
      case 'image':
        out.push(...this.image(block));
        return;
      case 'dataTable':
        out.push(...this.dataTable(block));
        return;
      case 'keyValues':
        out.push(...this.keyValues(block));
        return;
      case 'callout':
        out.push(...this.callout(block));
        return;
    }
  }

  private list(list: BulletList | OrderedList, depth: number, out: FileChild[]): void {
    const ordered = list.type === 'orderedList';
    const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
    if (start !== 1) this.starts.add(start);
    const reference = !ordered ? BULLETS : start === 1 ? NUMBERS : `${NUMBERS}-${start}`;
    // Each ordered list is an instance of its own, so it counts from its start.
    const instance = ordered ? ++this.orderedLists : undefined;
    for (const item of list.content) {
      let marked = false;
      for (const child of item.content) {
        if (child.type !== 'paragraph') {
          this.list(child, depth + 1, out);
          continue;
        }
        out.push(
          new Paragraph({
            style: STYLE.list,
            children: inlineRuns(child.content),
            ...(marked
              ? { indent: { left: twips(listTextIndent(depth)) } }
              : { numbering: { reference, level: depth, instance, custom: true } }),
          }),
        );
        marked = true;
      }
    }
  }

  private caption(text: string | undefined): Paragraph[] {
    return text ? [new Paragraph({ style: STYLE.tableCaption, children: [textRun(text)] })] : [];
  }

  private dataTable(block: DataTable): FileChild[] {
    const widths = dataTableWidths(block, (text) => this.measure(text, true, TABLE.size));
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
    return [...this.caption(block.caption), gridTable(columns, rows, this.spliced), gap(TABLE.after)];
  }

  private richTable(block: RichTable): FileChild[] {
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
        this.spliced,
      ),
      gap(TABLE.after),
    ];
  }

  private image(block: Image): FileChild[] {
    const placed = placeDataUrl(block.attrs.src);
    if (!placed) return [];
    const alt = (block.attrs.alt ?? '').trim();
    const picture = new Paragraph({
      style: STYLE.image,
      keepNext: alt !== '',
      children: [
        new ImageRun({
          type: placed.mime === 'image/png' ? 'png' : 'jpg',
          data: placed.bytes,
          transformation: { width: placed.pixelWidth, height: placed.pixelHeight },
          altText: { name: alt || 'image', description: alt, title: alt },
        }),
      ],
    });
    const caption = alt
      ? [new Paragraph({ style: STYLE.imageCaption, children: [textRun(alt)] })]
      : [gap(TYPE.imageCaption.after)];
    return [picture, ...caption];
  }

  private callout(block: Callout): FileChild[] {
    const warning = block.tone === 'warning';
    const pad = twips(GAPS.calloutPad);
    const bar: IBorderOptions = {
      style: BorderStyle.SINGLE,
      size: GAPS.calloutBar * 8,
      color: warning ? COLOURS.warningBar : COLOURS.infoBar,
    };
    const box = new Table({
      width: { size: twips(CONTENT.width), type: WidthType.DXA },
      columnWidths: [twips(CONTENT.width)],
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, left: bar },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: twips(CONTENT.width), type: WidthType.DXA },
              margins: { top: pad, bottom: pad, left: pad, right: pad },
              shading: {
                fill: warning ? COLOURS.warningFill : COLOURS.infoFill,
                color: 'auto',
                type: ShadingType.CLEAR,
              },
              children: block.text.split('\n').map(
                (line) =>
                  new Paragraph({
                    alignment: this.zh ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
                    spacing: { ...spacing(TYPE.callout), before: 0, after: 0 },
                    children: [textRun(line, { size: TYPE.callout.size })],
                  }),
              ),
            }),
          ],
        }),
      ],
    });
    return [box, gap(TYPE.callout.after)];
  }

  private keyValues(block: KeyValues): FileChild[] {
    const spec = TYPE.keyValue;
    const widest = Math.max(0, ...block.items.map((item) => this.measure(item.label, true, spec.size)));
    const labelWidth = Math.min(CONTENT.width * 0.4, widest + 18);
    const line = (text: string, style: RunStyle) =>
      new Paragraph({ spacing: spacing(spec), children: [textRun(text, style)] });
    const cell = (paragraph: Paragraph, width: number) =>
      new TableCell({
        width: { size: twips(width), type: WidthType.DXA },
        margins: { top: 0, bottom: twips(2), left: 0, right: 0 },
        children: [paragraph],
      });
    const table = new Table({
      width: { size: twips(CONTENT.width), type: WidthType.DXA },
      columnWidths: [twips(labelWidth), twips(CONTENT.width - labelWidth)],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: block.items.map(
        (item) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(line(item.label, { bold: true, color: COLOURS.muted }), labelWidth),
              cell(line(item.value, {}), CONTENT.width - labelWidth),
            ],
          }),
      ),
    });
    return [table, gap(GAPS.afterKeyValues)];
  }
}
