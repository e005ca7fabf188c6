/**
 * Single-line text written in batches: many strings (a table row's cells) go into the page as one
 * text object in one write, instead of pdfkit's ~8 content writes per `doc.text()` call. On a
 * 1,000-line quote that is ~12,000 strings, and the difference is most of the table's drawing
 * time (and its garbage).
 *
 * It relies on a few pdfkit 0.20 internals (the current font's `encode`, `id`, `ref`, `ascender`,
 * and the page's font resources), which are checked: when they are missing (another pdfkit
 * version), each string is drawn with `doc.text()` instead, which gives the same page.
 */

interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface EmbeddedFontInternals {
  id: string;
  ascender: number;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

interface DocumentInternals {
  _font?: Partial<EmbeddedFontInternals>;
  _fontSize?: number;
  page?: { fonts?: Record<string, unknown>; height?: number };
}

/** What a batch needs from pdfkit, read from the document as it is now. */
interface Internals {
  font: EmbeddedFontInternals;
  size: number;
  fonts: Record<string, unknown>;
  pageHeight: number;
}

/** A PDF number as pdfkit writes it (at most 6 decimals). */
function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** "#1F2328" → "0.121569 0.137255 0.156863" (the colours used here are all 6-digit hex). */
function rgb(hex: string): string | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  return match
    .slice(1)
    .map((h) => num(parseInt(h, 16) / 255))
    .join(' ');
}

/** The pdfkit internals of `doc`, or null when they are not what this module expects. */
function internals(doc: PDFKit.PDFDocument): Internals | null {
  const { _font: font, _fontSize: size, page } = doc as unknown as DocumentInternals;
  if (
    typeof font?.encode !== 'function' ||
    typeof font.ref !== 'function' ||
    typeof font.id !== 'string' ||
    typeof font.ascender !== 'number' ||
    typeof size !== 'number' ||
    typeof page?.fonts !== 'object' ||
    typeof page.height !== 'number'
  ) {
    return null;
  }
  return { font: font as EmbeddedFontInternals, size, fonts: page.fonts, pageHeight: page.height };
}

export class TextBatch {
  private readonly ops: string[] = [];
  private font = '';
  private size = -1;
  private color = '';
  private pageHeight = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /**
   * Queues `text` on one line with its top-left corner at (x, y), in the document's current font
   * and size, in `color` (6-digit hex). The text is written at the next flush().
   */
  add(text: string, x: number, y: number, color: string): void {
    if (text === '') return;
    const pdf = internals(this.doc);
    const fill = rgb(color);
    if (!pdf || !fill) {
      this.flush();
      this.doc.fillColor(color).text(text, x, y, { lineBreak: false });
      return;
    }
    const { font, size } = pdf;
    this.pageHeight = pdf.pageHeight;
    pdf.fonts[font.id] ??= font.ref();
    if (font.id !== this.font || size !== this.size) {
      this.ops.push(`/${font.id} ${num(size)} Tf`);
      this.font = font.id;
      this.size = size;
    }
    if (fill !== this.color) {
      this.ops.push(`${fill} rg`);
      this.color = fill;
    }
    const [encoded, positions] = font.encode(text);
    const scale = size / 1000;
    const baseY = pdf.pageHeight - y - (font.ascender / 1000) * size;
    // Glyphs go out in TJ arrays, kerning as TJ adjustments; a glyph with an offset gets its own.
    let segment: string[] = [];
    let hex = '';
    const emit = (atX: number, atY: number) => {
      if (hex) segment.push(`<${hex}>`);
      if (segment.length > 0) this.ops.push(`1 0 0 1 ${num(atX)} ${num(atY)} Tm [${segment.join(' ')}] TJ`);
      segment = [];
      hex = '';
    };
    let penX = x;
    let runX = x;
    positions.forEach((pos, i) => {
      const glyph = encoded[i] ?? '';
      if (pos.xOffset || pos.yOffset) {
        emit(runX, baseY);
        hex = glyph;
        emit(penX + pos.xOffset * scale, baseY + pos.yOffset * scale);
        penX += pos.xAdvance * scale;
        runX = penX;
        return;
      }
      hex += glyph;
      const adjust = pos.xAdvance - pos.advanceWidth;
      if (adjust !== 0) {
        segment.push(`<${hex}>`, num(-adjust));
        hex = '';
      }
      penX += pos.xAdvance * scale;
    });
    emit(runX, baseY);
  }

  /** Writes the queued text to the page. Call before anything else is drawn over it, and per page. */
  flush(): void {
    if (this.ops.length === 0) return;
    this.doc.addContent(`q 1 0 0 -1 0 ${num(this.pageHeight)} cm BT\n${this.ops.join('\n')}\nET Q`);
    this.ops.length = 0;
    this.font = '';
    this.size = -1;
    this.color = '';
  }
}
