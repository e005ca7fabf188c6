import type ExcelJS from 'exceljs';
import { PERCENT_FORMAT, SHEET_FONT, YUAN_FORMAT } from '../../../services/xlsx/write-workbook';

/**
 * The quote sheet's look: one CJK font everywhere (charset 134 = GB2312, so Excel and WPS fall
 * back to a Chinese font if YaHei is missing), a navy accent, thin grey table rules.
 */

export { PERCENT_FORMAT, YUAN_FORMAT };
export const QUANTITY_FORMAT = '#,##0';
export const QUANTITY_DECIMAL_FORMAT = '#,##0.0#';
export const RATE_FORMAT = '0%';
export const RATE_DECIMAL_FORMAT = '0.00%';

const ACCENT = 'FF1F3864';
const GREY = 'FF595959';
const RED = 'FFC00000';

export const BODY_SIZE = 10;

export const FONT: Partial<ExcelJS.Font> = { name: SHEET_FONT, charset: 134, size: BODY_SIZE };
export const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
export const SMALL: Partial<ExcelJS.Font> = { ...FONT, size: 9, color: { argb: GREY } };
export const OPTIONAL_FONT: Partial<ExcelJS.Font> = { ...FONT, italic: true, color: { argb: GREY } };
export const COMPANY_FONT: Partial<ExcelJS.Font> = { ...FONT, size: 16, bold: true, color: { argb: ACCENT } };
export const TITLE_FONT: Partial<ExcelJS.Font> = { ...FONT, size: 20, bold: true, color: { argb: ACCENT } };
export const SUBTITLE_FONT: Partial<ExcelJS.Font> = { ...FONT, size: 12, bold: true };
export const HEADING_FONT: Partial<ExcelJS.Font> = { ...FONT, size: 11, bold: true, color: { argb: ACCENT } };
export const TOTAL_FONT: Partial<ExcelJS.Font> = { ...FONT, size: 12, bold: true, color: { argb: ACCENT } };
export const DRAFT_FONT: Partial<ExcelJS.Font> = { ...FONT, size: 14, bold: true, color: { argb: RED } };

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export const HEADER_FILL = solid('FFE7ECF7');
export const SECTION_FILL = solid('FFF2F4F8');
export const SUBTOTAL_FILL = solid('FFFAFBFD');
export const DRAFT_FILL = solid('FFFFE5E5');

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB4BCCC' } };
export const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const RULE_BELOW: Partial<ExcelJS.Borders> = { bottom: { style: 'medium', color: { argb: ACCENT } } };
export const DOUBLE_ABOVE: Partial<ExcelJS.Borders> = { top: { style: 'double', color: { argb: ACCENT } } };
export const DRAFT_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'medium', color: { argb: RED } },
  bottom: { style: 'medium', color: { argb: RED } },
};

export const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle' };
export const LEFT_WRAP: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
export const TOP_WRAP: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
export const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle' };
export const CENTER_WRAP: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const RIGHT: Partial<ExcelJS.Alignment> = { horizontal: 'right', vertical: 'middle' };

/** Points per wrapped line of body text, and the padding of a row. */
export const LINE_HEIGHT = 14;
export const ROW_PADDING = 4;

export interface CellStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
  numFmt?: string;
}

/** Applies `style` to one cell; the font defaults to the sheet font so no cell is left in Calibri. */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle = {}): void {
  cell.font = style.font ?? FONT;
  if (style.fill) cell.fill = style.fill;
  if (style.border) cell.border = style.border;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.numFmt) cell.numFmt = style.numFmt;
}
