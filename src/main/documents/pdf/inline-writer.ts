import { PDF_FONT } from './fonts';
import type { SetLine } from './inline-text';

/**
 * Draws lines set by inline-text.ts: each run of pieces in one style goes into the page as one
 * text array (TJ), the room a justified line shares out written as position adjustments between
 * its pieces, so a page of running text is a few hundred short operators rather than a
 * `doc.text()` call per piece. Italic pieces are slanted (the CJK font has no italic face).
 *
 * Like text-batch.ts it relies on a few pdfkit 0.20 internals (the current font's `encode`, `id`,
 * `ref`, `ascender`, and the page's font resources), which are checked: when they are missing,
 * each piece is drawn with `doc.text()` instead.
 */

/** Horizontal shift per unit of height for italic pieces (about 12°). */
const SLANT = 0.2;

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
  page?: { fonts?: Record<string, unknown>; height?: number };
}

function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function rgb(hex: string): string | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  return match
    .slice(1)
    .map((h) => num(parseInt(h, 16) / 255))
    .join(' ');
}

function currentFont(doc: PDFKit.PDFDocument): EmbeddedFontInternals | null {
  const font = (doc as unknown as DocumentInternals)._font;
  if (
    typeof font?.encode !== 'function' ||
    typeof font.ref !== 'function' ||
    typeof font.id !== 'string' ||
    typeof font.ascender !== 'number'
  ) {
    return null;
  }
  return font as EmbeddedFontInternals;
}

export interface LineStyle {
  size: number;
  /** 6-digit hex with '#'. */
  color: string;
}

export class InlineWriter {
  private readonly ops: string[] = [];
  private readonly encoded = new Map<string, [string[], GlyphPosition[]]>();
  private pageHeight = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private encode(font: EmbeddedFontInternals, text: string): [string[], GlyphPosition[]] {
    const key = `${font.id}|${text}`;
    let found = this.encoded.get(key);
    if (!found) {
      found = font.encode(text);
      this.encoded.set(key, found);
    }
    return found;
  }

  /** Queues `line` with its top-left corner at (x, y) (the top of the glyphs' em box). */
  line(line: SetLine, x: number, y: number, style: LineStyle): void {
    const pieces = line.pieces.filter((p) => p.text !== '' && p.text.trim() !== '');
    const fill = rgb(style.color);
    const page = (this.doc as unknown as DocumentInternals).page;
    if (!fill || typeof page?.fonts !== 'object' || typeof page.height !== 'number') {
      this.fallback(line, x, y, style);
      return;
    }
    this.pageHeight = page.height;
    let start = 0;
    while (start < pieces.length) {
      const first = pieces[start];
      if (!first) break;
      let end = start + 1;
      while (end < pieces.length && pieces[end]?.bold === first.bold && pieces[end]?.italic === first.italic) end++;
      this.doc.font(first.bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(style.size);
      const font = currentFont(this.doc);
      if (!font) {
        this.flush();
        this.fallback({ pieces: pieces.slice(start, end), width: line.width }, x, y, style);
        start = end;
        continue;
      }
      page.fonts[font.id] ??= font.ref();
      const size = style.size;
      const scale = size / 1000;
      const baseY = this.pageHeight - y - (font.ascender / 1000) * size;
      const skew = first.italic ? num(SLANT) : '0';
      const matrix = (atX: number, atY: number) => `1 0 ${skew} 1 ${num(atX)} ${num(atY)} Tm`;
      this.ops.push(`/${font.id} ${num(size)} Tf`, `${fill} rg`);
      let items: string[] = [];
      let hex = '';
      let runX = x + first.x;
      let penX = runX;
      const emit = () => {
        if (hex) items.push(`<${hex}>`);
        if (items.length > 0) this.ops.push(`${matrix(runX, baseY)} [${items.join(' ')}] TJ`);
        items = [];
        hex = '';
      };
      for (const piece of pieces.slice(start, end)) {
        const gap = x + piece.x - penX;
        if (Math.abs(gap) > 0.0005) {
          if (hex) items.push(`<${hex}>`);
          hex = '';
          items.push(num((-gap * 1000) / size));
          penX += gap;
        }
        const [glyphs, positions] = this.encode(font, piece.text);
        positions.forEach((pos, i) => {
          const glyph = glyphs[i] ?? '';
          if (pos.xOffset || pos.yOffset) {
            // A glyph placed off the pen: written on its own, the run resumes after it.
            emit();
            this.ops.push(`${matrix(penX + pos.xOffset * scale, baseY + pos.yOffset * scale)} [<${glyph}>] TJ`);
            penX += pos.xAdvance * scale;
            runX = penX;
            return;
          }
          hex += glyph;
          const adjust = pos.xAdvance - pos.advanceWidth;
          if (adjust !== 0) {
            items.push(`<${hex}>`, num(-adjust));
            hex = '';
          }
          penX += pos.xAdvance * scale;
        });
      }
      emit();
      start = end;
    }
  }

  /** Each piece with `doc.text()`: the same page, written the slow way. */
  private fallback(line: SetLine, x: number, y: number, style: LineStyle): void {
    for (const piece of line.pieces) {
      if (piece.text.trim() === '') continue;
      this.doc
        .font(piece.bold ? PDF_FONT.bold : PDF_FONT.regular)
        .fontSize(style.size)
        .fillColor(style.color);
      if (piece.italic) {
        const baseline = y + style.size;
        this.doc.save().transform(1, 0, -SLANT, 1, SLANT * baseline, 0);
        this.doc.text(piece.text, x + piece.x, y, { lineBreak: false });
        this.doc.restore();
      } else {
        this.doc.text(piece.text, x + piece.x, y, { lineBreak: false });
      }
    }
  }

  /** Writes the queued lines into the current page. Call before changing pages. */
  flush(): void {
    if (this.ops.length === 0) return;
    this.doc.addContent(`q 1 0 0 -1 0 ${num(this.pageHeight)} cm BT\n${this.ops.join('\n')}\nET Q`);
    this.ops.length = 0;
  }
}
