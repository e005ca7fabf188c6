import { PDF_FONT } from './fonts';

/**
 * Page geometry and the vertical flow of content down the pages. Everything is in PDF points
 * (1/72 inch), y growing downwards as in pdfkit.
 */

/** The area content may use on a page. */
export interface PageBox {
  left: number;
  right: number;
  /** Where content starts on the first page. */
  top: number;
  /** Where content starts on the following pages (below the running header). */
  continuationTop: number;
  /** Content never goes below this (the footer lives underneath). */
  bottom: number;
}

export function boxWidth(box: PageBox): number {
  return box.right - box.left;
}

/** Colours shared by the business documents: sober, and legible when printed in greyscale. */
export const INK = {
  text: '#1F2328',
  muted: '#5F6B7A',
  faint: '#8A94A3',
  rule: '#B8C2CF',
  grid: '#C9D1DC',
  accent: '#1F3A5F',
  headerFill: '#E7ECF7',
  sectionFill: '#F3F5F9',
} as const;

export interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

/** Sets font, size and colour in one call; returns the document for chaining. */
export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle = {}): PDFKit.PDFDocument {
  return useFont(doc, style).fillColor(style.color ?? INK.text);
}

/**
 * Sets font and size only: for measuring, where setting a colour would write a colour operator
 * into the page for nothing.
 */
export function useFont(doc: PDFKit.PDFDocument, style: TextStyle = {}): PDFKit.PDFDocument {
  return doc.font(style.bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(style.size ?? 9);
}

/**
 * The current position down the pages. Blocks ask for the room they need (`ensure`); when it is
 * not left on this page, a new page begins at the box's continuation top.
 */
export class PageFlow {
  y: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly box: PageBox,
  ) {
    this.y = box.top;
  }

  /** Height left on the current page. */
  get remaining(): number {
    return this.box.bottom - this.y;
  }

  /** Height of a whole continuation page. */
  get pageHeight(): number {
    return this.box.bottom - this.box.continuationTop;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.box.continuationTop;
  }

  /** Starts a new page unless `height` fits below the current position (or the page is still empty). */
  ensure(height: number): void {
    if (this.y + height > this.box.bottom && this.y > this.box.continuationTop) this.newPage();
  }

  /** Moves down by `height`. */
  advance(height: number): void {
    this.y += height;
  }
}
