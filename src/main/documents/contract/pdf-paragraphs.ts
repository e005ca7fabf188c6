import { splitLinesByBlanks, type TextPiece } from '../../../shared/contract-drafts/blanks';
import { useFont, useStyle, type PageFlow, type TextStyle } from '../pdf/layout';
import { breakLines } from '../pdf/line-break';
import { drawPieces } from './pdf-blanks';

/**
 * Contract body text: paragraphs set line by line with the project's CJK line breaking
 * (line-break.ts), so the lines measured are the lines drawn, with an optional typed number
 * ("1.1", "（1）") hanging in front of the first line. A short paragraph is kept whole on one page;
 * a long one flows over the page break, leaving no single line alone on either side. A draft's
 * marked blanks in the text are drawn marked (pdf-blanks.ts).
 */

/** A paragraph ready to place: its lines, where they go and the number hanging before them. */
export interface SetParagraph {
  lines: string[];
  x: number;
  width: number;
  lineHeight: number;
  style: TextStyle;
  /** The typed number and where it is drawn (on the first line). */
  number?: { text: string; x: number };
  /** Space after the paragraph. */
  gapAfter: number;
  /** Each line cut into its marked blanks and the text between, when the text has blanks. */
  pieces?: TextPiece[][];
}

/** Sets `text` in `width` (wrapped with the CJK rules of line-break.ts); `blanks` are marked. */
export function setParagraph(
  doc: PDFKit.PDFDocument,
  text: string,
  place: { x: number; width: number; number?: { text: string; x: number }; gapAfter?: number },
  style: TextStyle,
  blanks: readonly string[] = [],
): SetParagraph {
  useFont(doc, style);
  const lineHeight = doc.currentLineHeight(true) + (style.size ?? 9) * 0.25;
  const lines = text === '' ? [] : breakLines(text, place.width, (s) => doc.widthOfString(s));
  return {
    lines,
    x: place.x,
    width: place.width,
    lineHeight,
    style,
    number: place.number,
    gapAfter: place.gapAfter ?? 0,
    pieces: blanks.some((b) => text.includes(b)) ? splitLinesByBlanks(text, lines, blanks) : undefined,
  };
}

/** Height of the whole paragraph, the gap after it included. */
export function paragraphHeight(p: SetParagraph): number {
  return p.lines.length * p.lineHeight + p.gapAfter;
}

/** Up to this share of a page, a paragraph is kept whole on one page. */
const KEEP_WHOLE = 1 / 3;

/**
 * Height of what must not be separated from a heading above: the whole paragraph when it is kept
 * whole (see drawSetParagraph), else its first two lines.
 */
export function paragraphLead(p: SetParagraph, pageHeight: number): number {
  const total = p.lines.length * p.lineHeight;
  return total <= pageHeight * KEEP_WHOLE ? total : Math.min(p.lines.length, 2) * p.lineHeight;
}

function drawLines(doc: PDFKit.PDFDocument, flow: PageFlow, p: SetParagraph, from: number, to: number): void {
  useStyle(doc, p.style);
  for (let i = from; i < to; i++) {
    if (i === 0 && p.number) doc.text(p.number.text, p.number.x, flow.y, { lineBreak: false });
    const pieces = p.pieces?.[i];
    if (pieces) {
      drawPieces(doc, pieces, p.x, flow.y, p.style);
      useStyle(doc, p.style);
    } else doc.text(p.lines[i] ?? '', p.x, flow.y, { lineBreak: false });
    flow.advance(p.lineHeight);
  }
}

/**
 * Places the paragraph from the flow's position. `keepAfter` is the height of what must share the
 * page with the paragraph's end (the start of a table the paragraph introduces).
 */
export function drawSetParagraph(doc: PDFKit.PDFDocument, flow: PageFlow, p: SetParagraph, keepAfter = 0): void {
  const total = p.lines.length * p.lineHeight;
  if (total + keepAfter <= flow.remaining || total <= flow.pageHeight * KEEP_WHOLE) {
    flow.ensure(total + keepAfter);
    drawLines(doc, flow, p, 0, p.lines.length);
    flow.advance(p.gapAfter);
    return;
  }
  // A long paragraph: as many lines as fit, at least two on each side of every page break.
  let at = 0;
  while (at < p.lines.length) {
    const left = p.lines.length - at;
    let fit = Math.floor((flow.remaining + 0.01) / p.lineHeight);
    if (fit >= left) {
      drawLines(doc, flow, p, at, p.lines.length);
      break;
    }
    if (left - fit < 2) fit = left - 2;
    if (fit < 2) {
      flow.newPage();
      continue;
    }
    drawLines(doc, flow, p, at, at + fit);
    at += fit;
    flow.newPage();
  }
  flow.advance(p.gapAfter);
}
