import { INK, useFont, type PageFlow, type TextStyle } from './layout';
import { breakLines } from './line-break';
import { TextBatch } from './text-batch';
import { paginateRows, type PageSlice } from './pagination';

/**
 * A gridded table that flows over pages: rows are measured (wrapped text included), split into
 * pages by paginateRows (whole rows only; subtotals and totals never alone at the top of a page;
 * section titles never alone at the bottom), and the header row is drawn again at the top of every
 * page the table continues on.
 */

export type Align = 'left' | 'center' | 'right';

/** One paragraph of a cell; a cell stacks its parts top to bottom. */
export interface CellPart extends TextStyle {
  text: string;
  /** Struck through (a list price replaced by an agreed one). */
  strike?: boolean;
}

export interface TableCell {
  parts: CellPart[];
  /** Columns this cell covers (default 1). */
  span?: number;
  /** Default: the alignment of the cell's first column. */
  align?: Align;
}

export interface TableRow {
  /** A plain string is a one-part cell. The spans must add up to the number of columns. */
  cells: (TableCell | string)[];
  /** Text style of the row's parts unless a part says otherwise. */
  style?: TextStyle;
  fill?: string;
  /** A subtotal or total: never the first row on a page. */
  keepWithPrevious?: boolean;
  /** A section title: never the last row on a page. */
  keepWithNext?: boolean;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: Align;
}

export interface TableStyle {
  fontSize: number;
  padX: number;
  /** Less above than below: CJK fonts' line boxes carry more room above the glyphs than under them. */
  padTop: number;
  padBottom: number;
  lineGap: number;
  headerFill: string;
  gridColor: string;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: TableRow[];
  style?: Partial<TableStyle>;
}

const DEFAULT_STYLE: TableStyle = {
  fontSize: 8,
  padX: 2.5,
  padTop: 1.5,
  padBottom: 3,
  lineGap: -1,
  headerFill: INK.headerFill,
  gridColor: INK.grid,
};

interface PlacedCell {
  x: number;
  width: number;
  align: Align;
  parts: CellPart[];
}

/** A part broken into lines, ready to draw. */
interface SetPart {
  style: TextStyle;
  strike: boolean;
  lines: { text: string; width: number }[];
  lineHeight: number;
}

interface SetRow {
  height: number;
  cells: (PlacedCell & { set: SetPart[] })[];
}

/**
 * Height of a cell's parts; when they are taller than `limit`, the last lines of the longest parts
 * are dropped and "…" marks the cut, so that a row always fits on a page (a specification of
 * several thousand characters would otherwise run off the bottom of the paper).
 */
function fitLines(parts: SetPart[], limit: number): number {
  const height = () => parts.reduce((sum, p) => sum + p.lines.length * p.lineHeight, 0);
  let cut: SetPart | undefined;
  while (height() > limit) {
    const longest = parts.reduce<SetPart | undefined>(
      (a, p) => (p.lines.length > (a?.lines.length ?? 1) ? p : a),
      undefined,
    );
    if (!longest) break;
    longest.lines.pop();
    cut = longest;
  }
  const last = cut?.lines.at(-1);
  if (last) last.text = `${last.text.slice(0, -2)}…`;
  return height();
}

/** A table resolved against a document: column positions, style, rows measured and broken into lines. */
class TableLayout {
  readonly style: TableStyle;
  readonly width: number;
  private readonly offsets: number[];
  private readonly widths = new Map<string, number>();
  private readonly set = new Map<TableRow, SetRow>();
  /** No row may be taller than a page; set by drawFlowingTable before any row is measured. */
  maxRowHeight = Infinity;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly spec: TableSpec,
  ) {
    this.style = { ...DEFAULT_STYLE, ...spec.style };
    let at = 0;
    this.offsets = [0, ...spec.columns.map((column) => (at += column.width))];
    this.width = at;
  }

  headerRow(): TableRow {
    return {
      cells: this.spec.columns.map((c) => ({ parts: [{ text: c.header }], align: 'center' as const })),
      style: { bold: true },
      fill: this.style.headerFill,
    };
  }

  /** The row's cells with their offset from the table's left edge and width. */
  private place(row: TableRow): PlacedCell[] {
    const placed: PlacedCell[] = [];
    let column = 0;
    for (const raw of row.cells) {
      const cell: TableCell = typeof raw === 'string' ? { parts: [{ text: raw }] } : raw;
      const end = column + (cell.span ?? 1);
      const left = this.offsets[column];
      const right = this.offsets[end];
      if (left === undefined || right === undefined) throw new Error('Table row has more cells than columns');
      placed.push({
        x: left,
        width: right - left,
        align: cell.align ?? this.spec.columns[column]?.align ?? 'left',
        parts: cell.parts,
      });
      column = end;
    }
    if (column !== this.spec.columns.length) throw new Error('Table row has fewer cells than columns');
    return placed;
  }

  private partStyle(row: TableRow, part: CellPart): TextStyle {
    return {
      bold: part.bold ?? row.style?.bold,
      size: part.size ?? row.style?.size ?? this.style.fontSize,
      color: part.color ?? row.style?.color,
    };
  }

  /** Width of `text` in the current font and size (set by useStyle), remembered per font and size. */
  private widthOf(style: TextStyle, text: string): number {
    const key = `${style.bold ? 'b' : 'r'}${style.size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Sets one part in `width`: its lines (see line-break.ts) and their height. */
  private setPart(row: TableRow, part: CellPart, width: number): SetPart {
    const style = this.partStyle(row, part);
    useFont(this.doc, style);
    const measure = (text: string) => this.widthOf(style, text);
    const whole = part.text.includes('\n') ? Infinity : measure(part.text);
    const lines =
      part.text === ''
        ? []
        : whole <= width
          ? [{ text: part.text, width: whole }]
          : breakLines(part.text, width, measure).map((text) => ({ text, width: measure(text) }));
    return {
      style,
      strike: part.strike ?? false,
      lines,
      lineHeight: this.doc.currentLineHeight(true) + this.style.lineGap,
    };
  }

  /** The row measured and broken into lines (once; drawing reuses it). */
  private layout(row: TableRow): SetRow {
    let set = this.set.get(row);
    if (!set) {
      const { padX, padTop, padBottom } = this.style;
      let height = 0;
      const cells = this.place(row).map((cell) => {
        const parts = cell.parts.map((part) => this.setPart(row, part, cell.width - 2 * padX));
        height = Math.max(height, fitLines(parts, this.maxRowHeight - padTop - padBottom));
        return { ...cell, set: parts };
      });
      set = { height: height + padTop + padBottom, cells };
      this.set.set(row, set);
    }
    return set;
  }

  measure(row: TableRow): number {
    return this.layout(row).height;
  }

  /** Draws `row` with its top-left corner at (x, y); `top` also draws the line above it. */
  draw(row: TableRow, x: number, y: number, top: boolean): void {
    const doc = this.doc;
    const { padX, padTop } = this.style;
    const { height, cells } = this.layout(row);
    if (row.fill) doc.rect(x, y, this.width, height).fill(row.fill);
    const batch = new TextBatch(doc);
    const strikes: { x: number; y: number; width: number; color: string }[] = [];
    for (const cell of cells) {
      const width = cell.width - 2 * padX;
      let textY = y + padTop;
      for (const part of cell.set) {
        if (part.lines.length === 0) continue;
        useFont(doc, part.style);
        const color = part.style.color ?? INK.text;
        for (const line of part.lines) {
          const offset =
            cell.align === 'right' ? width - line.width : cell.align === 'center' ? (width - line.width) / 2 : 0;
          const lineX = x + cell.x + padX + offset;
          batch.add(line.text, lineX, textY, color);
          if (part.strike) strikes.push({ x: lineX, y: textY + doc.currentLineHeight() / 2, width: line.width, color });
          textY += part.lineHeight;
        }
      }
    }
    batch.flush();
    for (const strike of strikes) {
      doc
        .moveTo(strike.x, strike.y)
        .lineTo(strike.x + strike.width, strike.y)
        .lineWidth(0.5)
        .strokeColor(strike.color)
        .stroke();
    }
    // Grid: the bottom line and the cell edges (and the top line for the first row on a page).
    const bottom = y + height;
    if (top) doc.moveTo(x, y).lineTo(x + this.width, y);
    doc.moveTo(x, bottom).lineTo(x + this.width, bottom);
    doc.moveTo(x, y).lineTo(x, bottom);
    for (const cell of cells) doc.moveTo(x + cell.x + cell.width, y).lineTo(x + cell.x + cell.width, bottom);
    doc.lineWidth(0.5).strokeColor(this.style.gridColor).stroke();
  }
}

/**
 * The width a column needs so that none of `texts` wraps (in the table's default body font, plus
 * cell padding), and no word of its header; kept within [min, max]. For columns of codes, amounts
 * and rates, whose values should never be broken over two lines.
 */
export function fitColumnWidth(
  doc: PDFKit.PDFDocument,
  header: string,
  texts: Iterable<string>,
  limits: { min: number; max: number; style?: TextStyle },
): number {
  let widest = 0;
  useFont(doc, { bold: true, size: DEFAULT_STYLE.fontSize });
  for (const word of header.split(/\s+/)) widest = Math.max(widest, doc.widthOfString(word));
  useFont(doc, { size: DEFAULT_STYLE.fontSize, ...limits.style });
  const seen = new Set<string>();
  for (const text of texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    widest = Math.max(widest, doc.widthOfString(text));
  }
  return Math.min(limits.max, Math.max(limits.min, Math.ceil(widest + 2 * DEFAULT_STYLE.padX + 0.5)));
}

/** Total height of a table drawn in one piece (header included). */
export function measureTable(doc: PDFKit.PDFDocument, spec: TableSpec): number {
  const layout = new TableLayout(doc, spec);
  return spec.rows.reduce((sum, row) => sum + layout.measure(row), layout.measure(layout.headerRow()));
}

/** Draws a small table in one piece at (x, y), header first; returns its height. */
export function drawTableAt(doc: PDFKit.PDFDocument, spec: TableSpec, x: number, y: number): number {
  const layout = new TableLayout(doc, spec);
  let at = y;
  for (const [i, row] of [layout.headerRow(), ...spec.rows].entries()) {
    const height = layout.measure(row);
    layout.draw(row, x, at, i === 0);
    at += height;
  }
  return at - y;
}

/**
 * Draws a table from the flow's position at `x`, over as many pages as it needs, and leaves the
 * flow under its last row. Returns the page slices (rows per page) that were used.
 */
export function drawFlowingTable(doc: PDFKit.PDFDocument, flow: PageFlow, spec: TableSpec, x: number): PageSlice[] {
  const layout = new TableLayout(doc, spec);
  const header = layout.headerRow();
  const headerHeight = layout.measure(header);
  layout.maxRowHeight = flow.pageHeight - headerHeight;
  const rows = spec.rows.map((row) => ({
    row,
    height: layout.measure(row),
    keepWithPrevious: row.keepWithPrevious,
    keepWithNext: row.keepWithNext,
  }));
  const pages = paginateRows(rows, { firstPage: flow.remaining, nextPages: flow.pageHeight, headerHeight });
  for (const [i, page] of pages.entries()) {
    if (i > 0) flow.newPage();
    // Only the first slice can be empty: nothing fitted under what precedes the table.
    if (page.start === page.end) continue;
    layout.draw(header, x, flow.y, true);
    flow.advance(headerHeight);
    for (const { row, height } of rows.slice(page.start, page.end)) {
      layout.draw(row, x, flow.y, false);
      flow.advance(height);
    }
  }
  return pages;
}
