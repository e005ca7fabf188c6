import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { PDF_FONTS } from '../../resources';
import { CffError, CffFont } from './cff-subset';
import { fontLayoutRules, pairLayout, type LayoutFunction, type LayoutGlyph } from './pair-layout';

/**
 * The CJK fonts every PDF uses (Noto Sans SC from resources/), loaded once per process and shared
 * by every document. pdfkit lays text out and embeds fonts through fontkit; on the cached fonts
 * two fontkit steps are replaced, because with an 8 MB CID-keyed CFF font they are slow or big:
 *
 * - Embedding: fontkit's CFF subset keeps a slot for every subroutine of the source font (~24,000
 *   in Noto Sans SC), ~50 KB per font in every PDF, and decoding the CFF table for it costs
 *   ~250 ms. Our subsets come from cff-subset.ts: only the glyphs used, subroutines inlined, a few
 *   KB per font for a one-page quote. A font it cannot read, or a subset it cannot write, goes
 *   through fontkit's own subsetter instead (bigger, equally correct).
 * - Layout: fontkit shapes every distinct word from scratch (~0.1–0.25 ms each, thousands in a big
 *   quote). The cached font assembles words from cached characters and kerning pairs instead,
 *   where that gives fontkit's exact result (pair-layout.ts).
 */

/** The names the fonts are registered under in every document (`doc.font(PDF_FONT.bold)`). */
export const PDF_FONT = { regular: 'cjk-regular', bold: 'cjk-bold' } as const;

/** What pdfkit's EmbeddedFont uses of a subset: glyphs in, font file out (`cff` set for CFF fonts). */
interface PdfkitSubset {
  cff?: unknown;
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

interface FontkitFont {
  layout: LayoutFunction;
  createSubset: () => PdfkitSubset;
  glyphForCodePoint: (codePoint: number) => LayoutGlyph;
  GSUB?: unknown;
  GPOS?: unknown;
}

function isFontkitFont(value: unknown): value is FontkitFont {
  const font = value as Partial<FontkitFont> | null;
  return (
    typeof font?.layout === 'function' &&
    typeof font.createSubset === 'function' &&
    typeof font.glyphForCodePoint === 'function'
  );
}

/** A subset written by CffFont; fontkit's own subsetter takes over should that fail. */
class FlatCffSubset implements PdfkitSubset {
  /** pdfkit embeds the font as CIDFontType0C when this is set. */
  readonly cff = true;
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(
    private readonly source: CffFont,
    private readonly fallback: () => PdfkitSubset,
  ) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let index = this.mapping.get(id);
    if (index === undefined) {
      index = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, index);
    }
    return index;
  }

  encode(): Uint8Array {
    try {
      return this.source.subset(this.glyphs);
    } catch (error) {
      if (!(error instanceof CffError)) throw error;
      const stock = this.fallback();
      for (const id of this.glyphs) stock.includeGlyph(id);
      return stock.encode();
    }
  }
}

/**
 * Parses a font file with the fontkit that pdfkit itself uses (pdfkit accepts a font object
 * wherever it accepts font bytes), so no second copy of fontkit is needed.
 */
function parseFont(bytes: Buffer): FontkitFont {
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.font(bytes);
  const font = (probe as unknown as { _font?: { font?: unknown } })._font?.font;
  if (!isFontkitFont(font)) throw new Error('pdfkit did not load the font with fontkit');
  return font;
}

export interface LoadFontOptions {
  /** Write subsets with cff-subset.ts (default true); false leaves them to fontkit. */
  flatSubsets?: boolean;
  /** Lay strings out from cached characters and pairs (default true); false shapes every string. */
  pairLayout?: boolean;
}

/** A parsed font with our subsets and the fast layout (unless told otherwise). */
export function loadPdfFont(file: string, options: LoadFontOptions = {}): FontkitFont {
  const bytes = fs.readFileSync(file);
  const font = parseFont(bytes);
  const rules = options.pairLayout === false ? null : fontLayoutRules(font);
  if (rules) font.layout = pairLayout(font.layout.bind(font), (cp) => font.glyphForCodePoint(cp), rules);
  if (options.flatSubsets !== false) {
    let cff: CffFont | null = null;
    try {
      cff = new CffFont(bytes);
    } catch (error) {
      if (!(error instanceof CffError)) throw error;
    }
    if (cff) {
      const source = cff;
      const stockSubset = font.createSubset.bind(font);
      font.createSubset = () => new FlatCffSubset(source, stockSubset);
    }
  }
  return font;
}

let cached: { regular: FontkitFont; bold: FontkitFont } | null = null;

/**
 * Registers the regular and bold CJK fonts under PDF_FONT's names and selects the regular one.
 * The first call parses the font files; later calls (any document) reuse them.
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  cached ??= { regular: loadPdfFont(PDF_FONTS.regular()), bold: loadPdfFont(PDF_FONTS.bold()) };
  // pdfkit takes a fontkit font object where it takes font bytes (its types only list the latter).
  doc.registerFont(PDF_FONT.regular, cached.regular as unknown as Buffer);
  doc.registerFont(PDF_FONT.bold, cached.bold as unknown as Buffer);
  doc.font(PDF_FONT.regular);
}
