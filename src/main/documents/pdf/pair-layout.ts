/**
 * A fast text layout for a CJK font: the glyph run of a string assembled from cached single
 * characters and cached kerning of adjacent pairs, instead of a full OpenType shaping run per
 * string.
 *
 * Why: fontkit shapes every new string from scratch (shaping plan, feature lookups, GSUB and GPOS
 * passes), ~0.1–0.25 ms per string with Noto Sans SC; pdfkit lays out every word of a document, and
 * a 1,000-line quote has thousands of distinct words (amounts, line numbers, specs). Assembled
 * from cached pieces, the layout costs microseconds, and the pieces serve every later document.
 *
 * When it is exact: shaping a string equals its characters shaped one by one plus pair kerning
 * when the only lookups the default features run are substitutions and single adjustments of
 * known glyphs, and pair adjustments. fontLayoutRules() reads that from the font's GSUB and GPOS:
 * the glyphs any default substitution or single adjustment touches ("context glyphs": a string
 * containing one is shaped by fontkit in full, e.g. the f of "fi", the em dash of "——"), and the
 * first glyphs of kerning pairs (only those pairs are looked up). A font with contextual, chaining
 * or mark lookups, or lookup flags, in its default features gets no fast layout at all. The result
 * is compared with fontkit's own in pdf-fonts.test.ts.
 */

export interface LayoutGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

export interface LayoutPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface LayoutRun {
  glyphs: LayoutGlyph[];
  positions: LayoutPosition[];
  readonly advanceWidth: number;
}

export type LayoutFunction = (text: string, ...rest: unknown[]) => LayoutRun;

/** What the font's default features can do, as far as the fast layout must know. */
export interface LayoutRules {
  /** Glyphs a default substitution or single adjustment may change: strings with one are shaped in full. */
  contextGlyphs: ReadonlySet<number>;
  /** First glyphs of kerning pairs. */
  kernFirst: ReadonlySet<number>;
}

/** The features fontkit applies to horizontal text without being asked (its DefaultShaper). */
const DEFAULT_FEATURES = new Set([
  'rvrn',
  'ltra',
  'ltrm',
  'ccmp',
  'locl',
  'rlig',
  'mark',
  'mkmk',
  'calt',
  'clig',
  'liga',
  'rclt',
  'curs',
  'kern',
]);

/** frac/numr/dnom apply around a fraction slash: such strings are always shaped in full. */
const FRACTION_SLASH = 0x2044;

/** Combining marks: the shaper may zero their advance or move them. */
const MARK = /\p{M}/u;

type Loose = Record<string, unknown> | undefined;

function items(value: unknown): unknown[] {
  if (value && typeof (value as { toArray?: unknown }).toArray === 'function') {
    return (value as { toArray(): unknown[] }).toArray();
  }
  return Array.isArray(value) ? value : [];
}

/** Glyph ids of an OpenType Coverage table as fontkit decodes it; null when unreadable. */
function coverageGlyphs(coverage: unknown): number[] | null {
  const table = coverage as Loose;
  if (table?.version === 1) return items(table.glyphs).filter((g): g is number => typeof g === 'number');
  if (table?.version === 2) {
    const glyphs: number[] = [];
    for (const range of items(table.rangeRecords) as Loose[]) {
      const start = range?.start;
      const end = range?.end;
      if (typeof start !== 'number' || typeof end !== 'number') return null;
      for (let g = start; g <= end; g++) glyphs.push(g);
    }
    return glyphs;
  }
  return null;
}

function lookupFlagsClear(lookup: Loose): boolean {
  const flags = lookup?.flags as Loose;
  if (!flags) return false;
  if (flags.markAttachmentType !== 0) return false;
  return Object.values((flags.flags as Loose) ?? {}).every((f) => f === false);
}

/** Indexes of the lookups any script's default features use. */
function defaultLookups(table: Loose): Set<number> {
  const used = new Set<number>();
  for (const feature of items(table?.featureList) as Loose[]) {
    if (!DEFAULT_FEATURES.has(String(feature?.tag))) continue;
    for (const index of items((feature?.feature as Loose)?.lookupListIndexes)) {
      if (typeof index === 'number') used.add(index);
    }
  }
  return used;
}

function lookupAt(table: Loose, index: number): Loose {
  const list = table?.lookupList as { get?: (i: number) => unknown } | unknown[] | undefined;
  if (list && typeof (list as { get?: unknown }).get === 'function') {
    return (list as { get(i: number): unknown }).get(index) as Loose;
  }
  return (Array.isArray(list) ? list[index] : undefined) as Loose;
}

/**
 * Reads the layout rules from fontkit's decoded GSUB and GPOS tables; null when the font does
 * something in its default features that pair layout cannot reproduce.
 */
export function fontLayoutRules(font: { GSUB?: unknown; GPOS?: unknown }): LayoutRules | null {
  const contextGlyphs = new Set<number>();
  const kernFirst = new Set<number>();
  const tables = [
    { table: font.GSUB as Loose, extension: 7, allowed: [1, 2, 3, 4] },
    { table: font.GPOS as Loose, extension: 9, allowed: [1, 2] },
  ];
  for (const { table, extension, allowed } of tables) {
    if (!table) continue;
    for (const index of defaultLookups(table)) {
      const lookup = lookupAt(table, index);
      if (!lookupFlagsClear(lookup)) return null;
      for (const raw of items(lookup?.subTables) as Loose[]) {
        let type = lookup?.lookupType;
        let subTable = raw;
        if (type === extension) {
          type = raw?.lookupType;
          subTable = raw?.extension as Loose;
        }
        if (typeof type !== 'number' || !allowed.includes(type)) return null;
        const glyphs = coverageGlyphs(subTable?.coverage);
        if (!glyphs) return null;
        const target = table === font.GPOS && type === 2 ? kernFirst : contextGlyphs;
        for (const g of glyphs) target.add(g);
      }
    }
  }
  return { contextGlyphs, kernFirst };
}

interface Single {
  glyph: LayoutGlyph;
  advance: number;
}

/** One character of the string being laid out, with its own (fresh) position. */
interface Piece extends Single {
  codePoint: number;
  position: LayoutPosition;
}

/** Change of the first and second advance when the pair stands together. */
type PairKerning = readonly [number, number];

const NO_KERNING: PairKerning = [0, 0];

function plain(position: LayoutPosition | undefined): position is LayoutPosition {
  return position !== undefined && position.xOffset === 0 && position.yOffset === 0 && position.yAdvance === 0;
}

class AssembledRun implements LayoutRun {
  constructor(
    readonly glyphs: LayoutGlyph[],
    readonly positions: LayoutPosition[],
  ) {}

  /** Like fontkit's GlyphRun: the sum of the advances (pdfkit rescales them in place). */
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/**
 * Wraps `shape` (fontkit's `font.layout`, bound to its font) with the piecewise layout under
 * `rules`; `cmapGlyph` is the font's own character-to-glyph mapping (fontkit's glyphForCodePoint). Calls with OpenType features
 * or other extra arguments go to `shape` unchanged.
 */
export function pairLayout(
  shape: LayoutFunction,
  cmapGlyph: (codePoint: number) => LayoutGlyph,
  rules: LayoutRules,
): LayoutFunction {
  const singles = new Map<number, Single | null>();
  const pairs = new Map<number, PairKerning | null>();

  function single(codePoint: number): Single | null {
    let found = singles.get(codePoint);
    if (found === undefined) {
      found = null;
      const glyph = cmapGlyph(codePoint);
      // A glyph no default lookup touches comes out of shaping as the cmap glyph with its own
      // advance; marks (zeroed by the shaper) and fraction slashes are left to the shaper.
      if (
        glyph.id !== 0 &&
        !rules.contextGlyphs.has(glyph.id) &&
        codePoint !== FRACTION_SLASH &&
        !MARK.test(String.fromCodePoint(codePoint))
      ) {
        found = { glyph, advance: glyph.advanceWidth };
      }
      singles.set(codePoint, found);
    }
    return found;
  }

  function pair(a: Piece, b: Piece): PairKerning | null {
    if (!rules.kernFirst.has(a.glyph.id)) return NO_KERNING;
    const key = a.codePoint * 0x110000 + b.codePoint;
    let found = pairs.get(key);
    if (found === undefined) {
      const run = shape(String.fromCodePoint(a.codePoint, b.codePoint));
      const [g0, g1] = run.glyphs;
      const [p0, p1] = run.positions;
      found =
        run.glyphs.length === 2 && g0?.id === a.glyph.id && g1?.id === b.glyph.id && plain(p0) && plain(p1)
          ? [p0.xAdvance - a.advance, p1.xAdvance - b.advance]
          : null;
      pairs.set(key, found);
    }
    return found;
  }

  return (text, ...rest) => {
    if (rest.some((arg) => arg !== undefined)) return shape(text, ...rest);
    const pieces: Piece[] = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const piece = single(codePoint);
      if (!piece) return shape(text);
      pieces.push({ ...piece, codePoint, position: { xAdvance: piece.advance, yAdvance: 0, xOffset: 0, yOffset: 0 } });
    }
    let previous: Piece | undefined;
    for (const piece of pieces) {
      if (previous) {
        const kerning = pair(previous, piece);
        if (!kerning) return shape(text);
        previous.position.xAdvance += kerning[0];
        piece.position.xAdvance += kerning[1];
      }
      previous = piece;
    }
    return new AssembledRun(
      pieces.map((p) => p.glyph),
      pieces.map((p) => p.position),
    );
  };
}
