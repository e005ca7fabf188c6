import type { LongDocument } from '../../../shared/proposals/document';
import { PDF_FONT } from '../pdf/fonts';
import { setInline, type InlineSpan, type SetLine } from '../pdf/inline-text';
import { InlineWriter } from '../pdf/inline-writer';
import type { TextSpec } from './geometry';
import type { OutlineEntry } from './outline';
import { LongFlow } from './pdf-flow';

/**
 * The state of one run of a long document over its pages: the flow down the pages, the text set
 * and written into them (widths remembered), and where each heading was placed. The chapters are
 * placed by pdf-chapters.ts, the cover, contents and page furniture drawn through it.
 *
 * The same layout runs "virtually" (measuring only, no page drawn) to tell the .docx on which
 * page each heading falls, for the page numbers of its table of contents before Word updates it;
 * both documents share the page geometry and type (geometry.ts).
 */

export interface Placement {
  page: number;
  y: number;
}

export interface LayoutHooks {
  /** A heading is placed at `y` on the current page (destinations, bookmarks). */
  onHeading?: (entry: OutlineEntry, y: number) => void;
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

  /** Records that the heading of `entry` starts here (its page for the contents, its destination). */
  placeHeading(entry: OutlineEntry): void {
    this.anchors.set(entry.anchor, { page: this.flow.page, y: this.flow.y });
    if (!this.virtual) this.hooks.onHeading?.(entry, this.flow.y);
  }
}
