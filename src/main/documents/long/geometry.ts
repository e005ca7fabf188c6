/**
 * The page and type of long documents (方案书, 演示脚本), shared by the .pdf and the .docx so that
 * both set the same lines on the same pages: A4 with the margins of Chinese Word's default page
 * (2.54 cm top and bottom, 3.17 cm left and right), 五号 (10.5 pt) body text on exact 18 pt lines,
 * headings in 三号 / 四号 / 小四, tables in 小五. All lengths in points; `twips()` converts for Word.
 */

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 72,
  marginBottom: 72,
  marginSide: 90,
  /** From the top edge to the running header, and from the bottom edge to the footer. */
  header: 42.5,
  footer: 49.6,
} as const;

export const CONTENT = {
  left: PAGE.marginSide,
  right: PAGE.width - PAGE.marginSide,
  top: PAGE.marginTop,
  bottom: PAGE.height - PAGE.marginBottom,
  width: PAGE.width - 2 * PAGE.marginSide,
} as const;

export interface TextSpec {
  /** Font size. */
  size: number;
  /** Exact line height. */
  line: number;
  before: number;
  after: number;
  bold?: boolean;
}

export const TYPE = {
  body: { size: 10.5, line: 18, before: 0, after: 6 },
  chapter: { size: 16, line: 26, before: 0, after: 14, bold: true },
  /** Level-2 headings (1.1). */
  section: { size: 14, line: 22, before: 12, after: 6, bold: true },
  /** Level-3 headings (1.1.1). */
  subsection: { size: 12, line: 20, before: 8, after: 4, bold: true },
  listItem: { size: 10.5, line: 18, before: 0, after: 2 },
  caption: { size: 10, line: 16, before: 4, after: 4, bold: true },
  imageCaption: { size: 9.5, line: 16, before: 2, after: 8 },
  callout: { size: 10, line: 17, before: 0, after: 10 },
  keyValue: { size: 10.5, line: 18, before: 0, after: 0 },
  tocTitle: { size: 16, line: 26, before: 0, after: 18, bold: true },
  toc1: { size: 11, line: 22, before: 4, after: 0, bold: true },
  toc2: { size: 10.5, line: 18, before: 0, after: 0 },
  toc3: { size: 10, line: 17, before: 0, after: 0 },
  header: { size: 8.5, line: 12, before: 0, after: 0 },
} as const satisfies Record<string, TextSpec>;

/** Table cells: 小五 text on 13.5 pt lines, and the padding around it. */
export const TABLE = { size: 9, line: 13.5, padX: 5, padTop: 5.5, padBottom: 2, after: 10 } as const;

/** Space under a table, a list, a key/value list; indent of the Chinese first line (two characters). */
export const GAPS = {
  afterList: 4,
  afterKeyValues: 8,
  firstLineIndent: 21,
  /** Each list level indents by this much; the marker hangs in front of the text. */
  listIndent: 21,
  listHanging: 17,
  calloutPad: 8,
  calloutBar: 3,
} as const;

/** The marker of a list item at `depth`: • ◦ ▪ for bullets, 1. (1) 1) for numbers. */
export function listMarker(ordered: boolean, depth: number, n: number): string {
  if (!ordered) return ['•', '◦', '▪'][depth % 3] ?? '•';
  return [`${n}.`, `(${n})`, `${n})`][depth % 3] ?? `${n}.`;
}

/** Where a list item's text starts at `depth` (from the left of the text area). */
export function listTextIndent(depth: number): number {
  return GAPS.listIndent * depth + GAPS.listHanging + 7;
}

/** Images are at most this tall (of the text height), and never wider than the text. */
export const IMAGE_MAX_HEIGHT = 0.45 * (CONTENT.bottom - CONTENT.top);

/** Points to twentieths of a point (Word's twips). */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to half-points (Word's font sizes). */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Colours, as hex without '#', shared with the quote documents' sober palette. */
export const COLOURS = {
  text: '1F2328',
  muted: '5F6B7A',
  accent: '1F3A5F',
  rule: 'B8C2CF',
  grid: 'A9B4C2',
  headerFill: 'E7ECF7',
  footerFill: 'F3F5F9',
  infoFill: 'EEF3FA',
  infoBar: '3B6EA8',
  warningFill: 'FDF5E6',
  warningBar: 'D08A1E',
} as const;
