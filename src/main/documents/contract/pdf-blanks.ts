import { splitBlanks, splitLinesByBlanks, type TextPiece } from '../../../shared/contract-drafts/blanks';
import type { ContractDocument } from '../../../shared/contract-drafts/document';
import { useFont, useStyle, type TextStyle } from '../pdf/layout';
import { breakLines } from '../pdf/line-break';

/**
 * A draft's marked blanks in the PDF: each "【待补充：甲方开户银行】" drawn in dark amber, underlined,
 * on a yellow band, wherever it falls in a line (a blank broken over two lines is marked on both).
 */

export const BLANK_INK = { band: '#FFE49A', text: '#7A4100' } as const;

/** The blanks of a document, for splitBlanks. */
export function blanksOf(contract: ContractDocument): string[] {
  return contract.missing.map((m) => m.blank);
}

/** Draws one line's pieces from (x, y) in `style`, the blanks marked. */
export function drawPieces(
  doc: PDFKit.PDFDocument,
  pieces: readonly TextPiece[],
  x: number,
  y: number,
  style: TextStyle,
) {
  let at = x;
  const size = style.size ?? 9;
  for (const piece of pieces) {
    useFont(doc, style);
    const width = doc.widthOfString(piece.text);
    if (piece.blank) {
      doc.save();
      doc.rect(at, y - 0.5, width, size * 1.32).fill(BLANK_INK.band);
      doc.restore();
      useStyle(doc, { ...style, color: BLANK_INK.text });
      doc.text(piece.text, at, y, { lineBreak: false, underline: true });
    } else {
      useStyle(doc, style);
      doc.text(piece.text, at, y, { lineBreak: false });
    }
    at += width;
  }
}

/** One line that never wraps (a heading), its blanks marked. */
export function drawMarkedLine(
  doc: PDFKit.PDFDocument,
  contract: ContractDocument,
  line: string,
  x: number,
  y: number,
  style: TextStyle,
): void {
  drawPieces(doc, splitBlanks(line, blanksOf(contract)), x, y, style);
}

/** `text` wrapped in `width` (the project's CJK line breaking), as the pieces of each line. */
export function markedLines(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle,
  blanks: readonly string[],
): { lines: TextPiece[][]; lineHeight: number } {
  useFont(doc, style);
  const lineHeight = doc.currentLineHeight(true);
  if (text === '') return { lines: [], lineHeight };
  const lines = breakLines(text, width, (s) => doc.widthOfString(s));
  return { lines: splitLinesByBlanks(text, lines, blanks), lineHeight };
}

/** Height of `text` as drawMarkedText sets it. */
export function markedTextHeight(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle,
  blanks: readonly string[],
): number {
  const { lines, lineHeight } = markedLines(doc, text, width, style, blanks);
  return lines.length * lineHeight;
}

/** Draws `text` wrapped in `width` from (x, y), `blanks` in it marked; returns its height. */
export function drawMarkedText(
  doc: PDFKit.PDFDocument,
  text: string,
  box: { x: number; y: number; width: number },
  style: TextStyle,
  blanks: readonly string[],
): number {
  const { lines, lineHeight } = markedLines(doc, text, box.width, style, blanks);
  lines.forEach((pieces, i) => drawPieces(doc, pieces, box.x, box.y + i * lineHeight, style));
  return lines.length * lineHeight;
}
