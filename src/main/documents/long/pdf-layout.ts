import type { Callout, DataTable, KeyValues, LongDocument } from '../../../shared/proposals/document';
import {
  plainText,
  type BulletList,
  type Image,
  type Inline,
  type OrderedList,
  type Paragraph,
  type Table,
} from '../../../shared/rich-text';
import { PDF_FONT } from '../pdf/fonts';
import { setInline, type InlineSpan, type SetLine } from '../pdf/inline-text';
import { InlineWriter } from '../pdf/inline-writer';
import { PageFlow, type PageBox } from '../pdf/layout';
import { paginateRows } from '../pdf/pagination';
import { breakLines } from '../pdf/line-break';
import {
  drawFlowingTable,
  measureTable,
  type TableCell,
  type TableRow,
  type TableSpec,
  type TableStyle,
} from '../pdf/table';
import { COLOURS, CONTENT, GAPS, listMarker, listTextIndent, TABLE, TYPE, type TextSpec } from './geometry';
import { placeDataUrl } from './images';
import type { DocumentOutline, OutlineBlock, OutlineEntry } from './outline';

/**
 * The pages of a long document as the PDF sets them: blocks measured, then placed down the pages
 * with the rules of a printed proposal — a chapter starts on a new page (proposals), a heading is
 * never the last thing on a page (it keeps with the start of what follows), a paragraph leaves no
 * single line alone at the bottom or the top of a page, tables repeat their header row and never
 * split a row, an image stays with its caption, a callout stays whole.
 *
 * The same layout runs "virtually" (measuring only, no page drawn) to tell the .docx on which
 * page each heading falls, for the page numbers of its table of contents before Word updates it;
 * both documents share the page geometry and type (geometry.ts).
 */

export const BOX: PageBox = {
  left: CONTENT.left,
  right: CONTENT.right,
  top: CONTENT.top,
  continuationTop: CONTENT.top,
  bottom: CONTENT.bottom,
};

export const INK = {
  text: `#${COLOURS.text}`,
  muted: `#${COLOURS.muted}`,
  accent: `#${COLOURS.accent}`,
  rule: `#${COLOURS.rule}`,
} as const;

/** The flow down the pages, counting them; drawing nothing in a virtual layout. */
export class LongFlow extends PageFlow {
  constructor(
    doc: PDFKit.PDFDocument,
    readonly virtual: boolean,
    /** Physical number (from 1) of the current page. */
    public page: number,
    private readonly beforeNewPage: () => void,
  ) {
    super(doc, BOX);
  }

  /**
   * The space after the last paragraph, still open: the space before the next one is the larger
   * of the two, not their sum, as Word and LibreOffice set paragraphs.
   */
  private openAfter = 0;

  override newPage(): void {
    this.beforeNewPage();
    this.page += 1;
    this.openAfter = 0;
    if (this.virtual) this.y = this.box.continuationTop;
    else super.newPage();
  }

  override advance(height: number): void {
    super.advance(height);
    this.openAfter = 0;
  }

  /** The space after a paragraph (merged with the space before the next one). */
  spaceAfter(height: number): void {
    super.advance(height);
    this.openAfter = height;
  }

  /** The space before a paragraph: what the space after the one above leaves to add; none atop a page. */
  spaceBefore(height: number): void {
    if (!this.atTop) this.advance(Math.max(0, height - this.openAfter));
  }

  /** Nothing placed on this page yet. */
  get atTop(): boolean {
    return this.y <= this.box.continuationTop + 0.01;
  }
}

/** A block measured and ready to place: `keep` is what must share a page with a heading above it. */
interface Prepared {
  keep: number;
  place(): void;
}

const NOTHING: Prepared = { keep: 0, place: () => undefined };

export interface Placement {
  page: number;
  y: number;
}

export interface LayoutHooks {
  /** A heading is placed at `y` on the current page (destinations, bookmarks). */
  onHeading?: (entry: OutlineEntry, y: number) => void;
}

const TABLE_STYLE: Partial<TableStyle> = {
  fontSize: TABLE.size,
  padX: TABLE.padX,
  padTop: TABLE.padTop,
  padBottom: TABLE.padBottom,
  lineGap: TABLE.line - TABLE.size * 1.5,
  headerFill: `#${COLOURS.headerFill}`,
  gridColor: `#${COLOURS.grid}`,
};

/** Inline rich text as spans; a hard break is "\n". */
export function spansOf(content: readonly Inline[] | undefined): InlineSpan[] {
  return (content ?? []).map((node) =>
    node.type === 'hardBreak'
      ? { text: '\n' }
      : {
          text: node.text,
          bold: node.marks?.some((m) => m.type === 'bold') ?? false,
          italic: node.marks?.some((m) => m.type === 'italic') ?? false,
        },
  );
}

export class LongLayout {
  readonly flow: LongFlow;
  readonly writer: InlineWriter;
  /** Where each heading was placed, by its anchor. */
  readonly anchors = new Map<string, Placement>();
  /** Widths by font (size, negative for regular) and text. */
  private readonly widths = new Map<number, Map<string, number>>();
  readonly zh: boolean;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly source: LongDocument,
    virtual: boolean,
    private readonly hooks: LayoutHooks = {},
  ) {
    this.zh = source.locale !== 'en';
    this.writer = new InlineWriter(doc);
    this.flow = new LongFlow(doc, virtual, 1, () => this.flush());
  }

  get virtual(): boolean {
    return this.flow.virtual;
  }

  /** Writes queued text into the current page. */
  flush(): void {
    if (!this.virtual) this.writer.flush();
  }

  /** Width of `text` at `size`, remembered. */
  measure(text: string, bold: boolean, size: number): number {
    const font = bold ? size : -size;
    let widths = this.widths.get(font);
    if (!widths) {
      widths = new Map();
      this.widths.set(font, widths);
    }
    let width = widths.get(text);
    if (width === undefined) {
      this.doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
      width = this.doc.widthOfString(text);
      widths.set(text, width);
    }
    return width;
  }

  set(
    spans: readonly InlineSpan[],
    width: number,
    spec: TextSpec,
    options: { firstIndent?: number; justify?: boolean } = {},
  ): SetLine[] {
    return setInline(spans, {
      width,
      firstIndent: options.firstIndent,
      justify: options.justify,
      measure: (text, bold) => this.measure(text, bold || (spec.bold ?? false), spec.size),
    });
  }

  /** Draws `lines` from `y`, centred vertically in their exact line height. */
  drawLines(lines: readonly SetLine[], x: number, y: number, spec: TextSpec, color: string, bold = false): void {
    if (this.virtual) return;
    const top = (spec.line - spec.size) / 2;
    lines.forEach((line, i) => {
      const pieces = bold || spec.bold ? line.pieces.map((p) => ({ ...p, bold: true })) : line.pieces;
      this.writer.line({ pieces, width: line.width }, x, y + i * spec.line + top, { size: spec.size, color });
    });
  }

  /** Space above a block, unless it starts a page (merged with the space after the block above). */
  private spaceBefore(height: number): void {
    this.flow.spaceBefore(height);
  }

  /**
   * Places lines down the pages: whole when they fit; otherwise broken between pages with at
   * least two lines on each side (a paragraph of up to three lines moves whole to the next page).
   */
  private flowLines(
    lines: readonly SetLine[],
    x: number,
    spec: TextSpec,
    color: string,
    atFirstLine?: (y: number) => void,
  ): void {
    const flow = this.flow;
    const count = lines.length;
    let i = 0;
    while (i < count) {
      const left = count - i;
      const fit = Math.floor((flow.remaining + 0.01) / spec.line);
      let take = Math.max(0, Math.min(fit, left));
      if (take < left) {
        if (left <= 3 || take < 2) take = 0;
        else if (left - take < 2) take = left - 2;
      }
      if (take === 0) {
        if (!flow.atTop) {
          flow.newPage();
          continue;
        }
        take = Math.max(1, Math.min(fit, left));
      }
      if (i === 0) atFirstLine?.(flow.y);
      this.drawLines(lines.slice(i, i + take), x, flow.y, spec, color);
      flow.advance(take * spec.line);
      i += take;
      if (i < count) flow.newPage();
    }
  }

  /** Height of the first lines that must stay together (all of a short paragraph, else two). */
  private static keepLines(count: number, spec: TextSpec): number {
    return (count <= 3 ? count : 2) * spec.line;
  }

  // --- Blocks ---------------------------------------------------------------------------------

  private paragraph(block: Paragraph): Prepared {
    const spec = TYPE.body;
    const lines = this.set(spansOf(block.content), CONTENT.width, spec, {
      firstIndent: this.zh ? GAPS.firstLineIndent : 0,
      justify: this.zh,
    });
    return {
      keep: LongLayout.keepLines(lines.length, spec),
      place: () => {
        this.flowLines(lines, CONTENT.left, spec, INK.text);
        this.flow.spaceAfter(spec.after);
      },
    };
  }

  private heading(entry: OutlineEntry, next: Prepared): Prepared {
    const spec = entry.level === 2 ? TYPE.section : TYPE.subsection;
    const lines = this.set([{ text: `${entry.number} ` }, { text: entry.title }], CONTENT.width, spec);
    const height = lines.length * spec.line;
    return {
      keep: spec.before + height + spec.after + next.keep,
      place: () => {
        this.flow.ensure(spec.before + height + spec.after + next.keep);
        this.spaceBefore(spec.before);
        this.placeHeading(entry);
        this.drawLines(lines, CONTENT.left, this.flow.y, spec, INK.accent);
        this.flow.advance(height);
        this.flow.spaceAfter(spec.after);
      },
    };
  }

  private placeHeading(entry: OutlineEntry): void {
    this.anchors.set(entry.anchor, { page: this.flow.page, y: this.flow.y });
    if (!this.virtual) this.hooks.onHeading?.(entry, this.flow.y);
  }

  private chapterHeading(entry: OutlineEntry, next: Prepared, first: boolean): Prepared {
    const spec = TYPE.chapter;
    const lines = this.set([{ text: `${entry.number}  ` }, { text: entry.title }], CONTENT.width, spec);
    const height = lines.length * spec.line;
    const ruleGap = 6;
    return {
      keep: height + spec.after + next.keep,
      place: () => {
        if (this.source.kind === 'proposal' || first) this.flow.newPage();
        else {
          this.flow.ensure(24 + height + spec.after + next.keep);
          this.spaceBefore(24);
        }
        this.placeHeading(entry);
        const y = this.flow.y;
        this.drawLines(lines, CONTENT.left, y, spec, INK.accent);
        if (!this.virtual) {
          const ruleY = y + height + ruleGap / 2;
          this.doc
            .moveTo(CONTENT.left, ruleY)
            .lineTo(CONTENT.right, ruleY)
            .lineWidth(1)
            .strokeColor(INK.accent)
            .stroke();
        }
        this.flow.advance(height);
        this.flow.spaceAfter(spec.after);
      },
    };
  }

  private list(list: BulletList | OrderedList, depth: number): Prepared {
    const ordered = list.type === 'orderedList';
    const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
    const spec = TYPE.listItem;
    const indent = listTextIndent(depth);
    const pieces: Prepared[] = [];
    list.content.forEach((item, k) => {
      let marked = false;
      for (const child of item.content) {
        if (child.type !== 'paragraph') {
          pieces.push(this.list(child, depth + 1));
          continue;
        }
        const marker = marked ? null : listMarker(ordered, depth, start + k);
        marked = true;
        const lines = this.set(spansOf(child.content), CONTENT.width - indent, spec, { justify: this.zh });
        pieces.push({
          keep: LongLayout.keepLines(lines.length, spec),
          place: () => {
            const atFirstLine = (y: number) => {
              if (marker === null || this.virtual) return;
              const markerLine: SetLine = {
                pieces: [{ text: marker, bold: false, italic: false, x: 0, width: 0 }],
                width: 0,
              };
              this.drawLines([markerLine], CONTENT.left + indent - GAPS.listHanging, y, spec, INK.accent);
            };
            this.flowLines(lines, CONTENT.left + indent, spec, INK.text, atFirstLine);
            this.flow.spaceAfter(spec.after);
          },
        });
      }
    });
    return {
      keep: pieces[0]?.keep ?? 0,
      place: () => {
        for (const piece of pieces) piece.place();
        if (depth === 0) this.flow.advance(GAPS.afterList);
      },
    };
  }

  /** A table with an optional caption above it, kept with the header and first row. */
  private table(spec: TableSpec, caption: string | undefined): Prepared {
    const captionLines = caption ? this.set([{ text: caption }], CONTENT.width, TYPE.caption) : [];
    const captionHeight = caption
      ? TYPE.caption.before + captionLines.length * TYPE.caption.line + TYPE.caption.after
      : TYPE.caption.before;
    const start = measureTable(this.doc, { ...spec, rows: spec.rows.slice(0, 1) });
    return {
      keep: captionHeight + start,
      place: () => {
        this.flow.ensure(captionHeight + start);
        this.spaceBefore(TYPE.caption.before);
        if (caption) {
          captionLines.forEach((line, i) => {
            const x = CONTENT.left + (CONTENT.width - line.width) / 2;
            this.drawLines([line], x, this.flow.y + i * TYPE.caption.line, TYPE.caption, INK.text);
          });
          this.flow.advance(captionLines.length * TYPE.caption.line);
          this.flow.spaceAfter(TYPE.caption.after);
        }
        this.flush();
        if (this.virtual) this.virtualTable(spec);
        else drawFlowingTable(this.doc, this.flow, spec, CONTENT.left);
        this.flow.advance(TABLE.after);
      },
    };
  }

  /**
   * A row's height as table.ts measures it — each cell one part, its lines broken by
   * line-break.ts — but with the layout's remembered widths: measureTable() per row would
   * measure every cell's words afresh.
   */
  private rowHeight(spec: TableSpec, cells: readonly (string | TableCell)[], bold: boolean): number {
    const size = TABLE.size;
    this.doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
    const lineHeight = this.doc.currentLineHeight(true) + (TABLE_STYLE.lineGap ?? 0);
    const measure = (text: string) => this.measure(text, bold, size);
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
  private virtualTable(spec: TableSpec): void {
    const header = this.rowHeight(
      spec,
      spec.columns.map((column) => column.header),
      true,
    );
    const rows = spec.rows.map((row) => ({
      height: this.rowHeight(spec, row.cells, row.style?.bold ?? false),
      keepWithPrevious: row.keepWithPrevious,
      keepWithNext: row.keepWithNext,
    }));
    const pages = paginateRows(rows, {
      firstPage: this.flow.remaining,
      nextPages: this.flow.pageHeight,
      headerHeight: header,
    });
    for (const [i, page] of pages.entries()) {
      if (i > 0) this.flow.newPage();
      if (page.start === page.end) continue;
      this.flow.advance(header + rows.slice(page.start, page.end).reduce((sum, r) => sum + r.height, 0));
    }
  }

  private dataTable(block: DataTable): Prepared {
    const widths = dataTableWidths(block, (text) => this.measure(text, true, TABLE.size));
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
    return this.table(spec, block.caption);
  }

  private richTable(block: Table): Prepared {
    const rows = block.content.map((row) => row.content.map((cell) => cell.content.map(plainText).join('\n')));
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const [head = [], ...body] = rows;
    const spec: TableSpec = {
      columns: fitCells(head, columns).map((header) => ({ header, width: CONTENT.width / columns })),
      rows: body.map((cells) => ({ cells: fitCells(cells, columns) })),
      style: TABLE_STYLE,
    };
    return this.table(spec, undefined);
  }

  private image(block: Image): Prepared {
    const placed = placeDataUrl(block.attrs.src);
    if (!placed) return NOTHING;
    const alt = (block.attrs.alt ?? '').trim();
    const spec = TYPE.imageCaption;
    const captionLines = alt ? this.set([{ text: alt }], CONTENT.width, spec) : [];
    const gapAbove = 6;
    const captionHeight = alt ? spec.before + captionLines.length * spec.line + spec.after : spec.after;
    const height = gapAbove + placed.height + captionHeight;
    return {
      keep: height,
      place: () => {
        this.flow.ensure(height);
        this.spaceBefore(gapAbove);
        if (!this.virtual) {
          this.flush();
          const x = CONTENT.left + (CONTENT.width - placed.width) / 2;
          this.doc.image(block.attrs.src, x, this.flow.y, { width: placed.width, height: placed.height });
        }
        this.flow.advance(placed.height + (alt ? spec.before : 0));
        captionLines.forEach((line, i) => {
          const x = CONTENT.left + (CONTENT.width - line.width) / 2;
          this.drawLines([line], x, this.flow.y + i * spec.line, spec, INK.muted);
        });
        this.flow.advance(captionLines.length * spec.line);
        // Under a caption, space after a paragraph; under a bare image, an empty paragraph.
        if (alt) this.flow.spaceAfter(spec.after);
        else this.flow.advance(spec.after);
      },
    };
  }

  private callout(block: Callout): Prepared {
    const spec = TYPE.callout;
    const pad = GAPS.calloutPad;
    const bar = GAPS.calloutBar;
    const inner = CONTENT.width - 2 * pad - bar;
    const lines = this.set([{ text: block.text }], inner, spec, { justify: this.zh });
    const height = lines.length * spec.line + 2 * pad;
    const fill = block.tone === 'warning' ? COLOURS.warningFill : COLOURS.infoFill;
    const barColour = block.tone === 'warning' ? COLOURS.warningBar : COLOURS.infoBar;
    return {
      keep: Math.min(height, this.flow.pageHeight),
      place: () => {
        this.flow.ensure(spec.before + height);
        this.spaceBefore(spec.before);
        if (height > this.flow.remaining) {
          // Taller than a page: the text flows on, without its box.
          this.flowLines(lines, CONTENT.left + bar + pad, spec, INK.text);
        } else {
          const y = this.flow.y;
          if (!this.virtual) {
            this.flush();
            this.doc.rect(CONTENT.left, y, CONTENT.width, height).fill(`#${fill}`);
            this.doc.rect(CONTENT.left, y, bar, height).fill(`#${barColour}`);
          }
          this.drawLines(lines, CONTENT.left + bar + pad, y + pad, spec, INK.text);
          this.flow.advance(height);
        }
        this.flow.advance(spec.after);
      },
    };
  }

  private keyValues(block: KeyValues): Prepared {
    const spec = TYPE.keyValue;
    const widest = Math.max(0, ...block.items.map((item) => this.measure(item.label, true, spec.size)));
    const labelWidth = Math.min(CONTENT.width * 0.4, widest + 18);
    const rows = block.items.map((item) => {
      const label = this.set([{ text: item.label, bold: true }], labelWidth - 10, spec);
      const value = this.set([{ text: item.value }], CONTENT.width - labelWidth, spec);
      return { label, value, height: Math.max(label.length, value.length) * spec.line + 2 };
    });
    return {
      keep: rows[0]?.height ?? 0,
      place: () => {
        for (const row of rows) {
          this.flow.ensure(row.height);
          this.drawLines(row.label, CONTENT.left, this.flow.y, spec, INK.muted, true);
          this.drawLines(row.value, CONTENT.left + labelWidth, this.flow.y, spec, INK.text);
          this.flow.advance(row.height);
        }
        this.flow.advance(GAPS.afterKeyValues);
      },
    };
  }

  private prepare(item: OutlineBlock, next: Prepared): Prepared {
    const { block } = item;
    if (item.heading) return this.heading(item.heading, next);
    switch (block.type) {
      case 'paragraph':
        return this.paragraph(block);
      case 'heading':
        return NOTHING;
      case 'bulletList':
      case 'orderedList':
        return this.list(block, 0);
      case 'table':
        return this.richTable(block);
      case 'image':
        return this.image(block);
      case 'dataTable':
        return this.dataTable(block);
      case 'keyValues':
        return this.keyValues(block);
      case 'callout':
        return this.callout(block);
    }
  }

  /** Places every chapter, each from a new page (proposals) or after the one before. */
  placeChapters(outline: DocumentOutline): void {
    outline.chapters.forEach((chapter, index) => {
      // Prepared from the last block up, so each heading knows what it must keep with.
      const prepared: Prepared[] = [];
      let next: Prepared = NOTHING;
      for (let i = chapter.blocks.length - 1; i >= 0; i--) {
        const block = chapter.blocks[i];
        if (!block) continue;
        next = this.prepare(block, next);
        prepared.unshift(next);
      }
      this.chapterHeading(chapter.entry, prepared[0] ?? NOTHING, index === 0).place();
      for (const block of prepared) {
        block.place();
        this.flush();
      }
    });
    this.flush();
  }
}

/**
 * Column widths of a data table in points: the columns' relative widths over the text width, but
 * never narrower than the words of their title (a "序号" column stays on one line); what the
 * narrow ones need is taken from the others in proportion.
 */
export function dataTableWidths(block: DataTable, measureBold: (text: string) => number): number[] {
  const weights = block.columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const minimum = block.columns.map(
    (c) => Math.max(0, ...c.title.split(/\s+/).map((word) => measureBold(word))) + 2 * TABLE.padX + 1,
  );
  let fixed = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const room = CONTENT.width - [...fixed].reduce((sum, i) => sum + (minimum[i] ?? 0), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? (minimum[i] ?? 0) : (room * w) / free));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimum[i] ?? 0));
    if (short === -1 || fixed.size >= weights.length - 1) return widths;
    fixed = new Set([...fixed, short]);
  }
}

/** Exactly `count` cells: missing ones empty, extra ones dropped. */
function fitCells(cells: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => cells[i] ?? '');
}
