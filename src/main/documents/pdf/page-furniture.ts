import { A4 } from './document';
import { INK, useStyle, type PageBox } from './layout';

/**
 * What sits on every page around the content: the draft watermark (drawn first, behind the
 * content), and, in a final pass once the page count is known, the running header on pages after
 * the first and the "page X of Y" footer.
 */

/**
 * A large, light, diagonal word across the page ("草稿" / "DRAFT"). Call it when a page is added,
 * before anything else is drawn, so the content is printed over it and stays readable.
 */
export function drawWatermark(doc: PDFKit.PDFDocument, text: string): void {
  const { width, height } = A4;
  doc.save();
  useStyle(doc, { bold: true, size: 120, color: INK.faint });
  doc.fillOpacity(0.16);
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  const textWidth = doc.widthOfString(text);
  const lineHeight = doc.currentLineHeight();
  doc.text(text, (width - textWidth) / 2, (height - lineHeight) / 2, { lineBreak: false });
  doc.restore();
}

export interface PageFurniture {
  box: PageBox;
  /** "第 1 页 共 3 页" */
  pageOf: (page: number, total: number) => string;
  /** Left and right text of the running header on pages 2…N (e.g. company, document reference). */
  runningHeader?: { left: string; right: string };
}

function drawRunningHeader(doc: PDFKit.PDFDocument, box: PageBox, header: { left: string; right: string }): void {
  const y = box.continuationTop - 22;
  useStyle(doc, { size: 8, color: INK.muted });
  doc.text(header.left, box.left, y, { lineBreak: false });
  useStyle(doc, { bold: true, size: 8, color: INK.text });
  doc.text(header.right, box.right - doc.widthOfString(header.right), y, { lineBreak: false });
  doc
    .moveTo(box.left, y + 14)
    .lineTo(box.right, y + 14)
    .lineWidth(0.5)
    .strokeColor(INK.rule)
    .stroke();
}

function drawFooter(doc: PDFKit.PDFDocument, furniture: PageFurniture, text: string): void {
  const { box } = furniture;
  const y = box.bottom + 16;
  doc
    .moveTo(box.left, y - 5)
    .lineTo(box.right, y - 5)
    .lineWidth(0.5)
    .strokeColor(INK.rule)
    .stroke();
  useStyle(doc, { size: 8, color: INK.muted });
  doc.text(text, (box.left + box.right - doc.widthOfString(text)) / 2, y, { lineBreak: false });
}

/**
 * The final pass: visits every buffered page and adds the running header (pages 2…N) and the
 * footer with "page X of Y". Requires `bufferPages: true` (createPdf sets it).
 */
export function stampPages(doc: PDFKit.PDFDocument, furniture: PageFurniture): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    if (i > 0 && furniture.runningHeader) drawRunningHeader(doc, furniture.box, furniture.runningHeader);
    drawFooter(doc, furniture, furniture.pageOf(i + 1, count));
  }
}
