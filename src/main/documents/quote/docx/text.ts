import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  TableCell,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ITableCellBorders,
  type ParagraphChild,
} from 'docx';
import type { Locale } from '../../../../shared/locale';

/**
 * The quote .docx's typography and the small builders every part of it uses. Every run carries the
 * font set explicitly (besides the document default), so Chinese shows in 微软雅黑 in Word and WPS
 * whatever the reader's own defaults are.
 */

/** Latin text in Arial, Chinese in Microsoft YaHei (on every Chinese Windows; LibreOffice substitutes). */
export const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Microsoft YaHei' } as const;

/** Sizes in half-points. */
export const SIZE = {
  body: 19,
  table: 16,
  small: 14,
  header: 15,
  heading: 22,
  company: 28,
  title: 40,
  total: 20,
} as const;

/** Hex colours without '#'. */
export const COLOR = {
  text: '1F2328',
  muted: '6B7280',
  accent: '1F4E79',
  rule: 'A9B4C2',
  headFill: 'E3EAF3',
  sectionFill: 'F2F5F9',
  subtotalFill: 'FAFBFC',
  optional: '8A6D1F',
  watermark: 'B8BEC6',
} as const;

/** Page geometry in twips (A4, 12.7 mm side margins: Word's "narrow", room for the line table). */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1247,
  marginBottom: 1134,
  marginSide: 720,
  header: 567,
  footer: 510,
} as const;

/** Width between the side margins, in twips. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

/** Run language: Latin text in the document's language, East Asian text always zh-CN. */
export function runLanguage(locale: Locale): { value: string; eastAsia: string } {
  return { value: locale === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
}

export type RunStyle = Omit<IRunOptions, 'text' | 'font' | 'children'>;

/** A run of text in the document font. */
export function text(value: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...style, text: value, font: FONT });
}

export type ParagraphStyle = Omit<IParagraphOptions, 'children' | 'text'>;

/** A paragraph of runs (strings become runs in `style`). */
export function paragraph(
  children: readonly (string | ParagraphChild)[],
  options: ParagraphStyle = {},
  style: RunStyle = {},
): Paragraph {
  return new Paragraph({
    ...options,
    children: children.map((child) => (typeof child === 'string' ? text(child, style) : child)),
  });
}

/** A section heading above a block (terms, milestones…), kept with what follows. */
export function heading(value: string): Paragraph {
  return paragraph(
    [value],
    { keepNext: true, spacing: { before: 240, after: 80 } },
    {
      bold: true,
      size: SIZE.heading,
      color: COLOR.accent,
    },
  );
}

export const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
export const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
export const TABLE_GRID = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};
export const TABLE_NONE = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Padding inside table cells, in twips. */
export const CELL_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };

export type Align = 'left' | 'center' | 'right';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export interface CellOptions {
  width: number;
  align?: Align;
  fill?: string;
  span?: number;
  borders?: ITableCellBorders;
  /** Default 'center'. */
  verticalAlign?: 'top' | 'center' | 'bottom';
}

/** A table cell of paragraphs with a fixed width in twips and tight margins. */
export function cell(children: Paragraph[], options: CellOptions): TableCell {
  const vertical = {
    top: VerticalAlignTable.TOP,
    center: VerticalAlignTable.CENTER,
    bottom: VerticalAlignTable.BOTTOM,
  };
  return new TableCell({
    children,
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: vertical[options.verticalAlign ?? 'center'],
    margins: CELL_MARGINS,
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: { fill: options.fill, color: 'auto', type: ShadingType.CLEAR } } : {}),
    ...(options.borders ? { borders: options.borders } : {}),
  });
}

/** A one-paragraph cell of plain text. */
export function textCell(value: string, options: CellOptions, style: RunStyle = {}): TableCell {
  return cell([paragraph([value], { alignment: ALIGNMENT[options.align ?? 'left'] }, style)], options);
}

export function alignment(align: Align): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return ALIGNMENT[align];
}
