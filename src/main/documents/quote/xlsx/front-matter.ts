import type ExcelJS from 'exceljs';
import { fitWithin, imagePixelSize } from '../docx/image-size';
import { nextRow, skipRows, textCell, fitRowHeight, type QuoteSheet } from './sheet';
import {
  BOLD,
  COMPANY_FONT,
  CENTER,
  DRAFT_BORDER,
  DRAFT_FILL,
  DRAFT_FONT,
  FONT,
  LEFT,
  LEFT_WRAP,
  RULE_BELOW,
  SMALL,
  SUBTITLE_FONT,
  TITLE_FONT,
} from './style';

/**
 * The top of the quote: the draft banner (unapproved quotes only), the letterhead with the logo,
 * the title, and the customer and quote facts side by side.
 */

/** The banner across an unapproved quote: the label's word plus what it means. */
export function draftBannerText(ctx: Pick<QuoteSheet, 'doc' | 'labels'>): string {
  return ctx.doc.locale === 'en'
    ? `${ctx.labels.draftWatermark} — not approved, for internal reference only`
    : `${ctx.labels.draftWatermark} — 未审批，仅供内部参考`;
}

export function writeDraftBanner(ctx: QuoteSheet): void {
  if (!ctx.doc.draft) return;
  const row = nextRow(ctx);
  textCell(ctx, row, 1, ctx.layout.lastCol, draftBannerText(ctx), {
    font: DRAFT_FONT,
    fill: DRAFT_FILL,
    border: DRAFT_BORDER,
    alignment: CENTER,
  });
  fitRowHeight(ctx, row, 26);
  skipRows(ctx);
}

/** Logo box in pixels: three letterhead rows high, about as wide as the first columns. */
const LOGO_BOX = { width: 160, height: 54 };

function addLogo(ctx: QuoteSheet, workbook: ExcelJS.Workbook, topRow: number): void {
  const logo = ctx.doc.company.logo;
  if (!logo) return;
  const size = imagePixelSize(logo.mime, logo.bytes);
  if (!size) return;
  const imageId = workbook.addImage({
    buffer: Buffer.from(logo.bytes) as unknown as ExcelJS.Buffer,
    extension: logo.mime === 'image/png' ? 'png' : 'jpeg',
  });
  ctx.sheet.addImage(imageId, {
    tl: { col: 0.1, row: topRow - 1 + 0.1 },
    ext: fitWithin(size, LOGO_BOX),
    editAs: 'oneCell',
  });
}

function joined(parts: [string, string][], separator: string, colon: string): string {
  return parts
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `${label}${colon}${value}`)
    .join(separator);
}

export function writeLetterhead(ctx: QuoteSheet, workbook: ExcelJS.Workbook): void {
  const { company } = ctx.doc;
  const { labels, layout } = ctx;
  const colon = ctx.doc.locale === 'en' ? ': ' : '：';
  const gap = '    ';
  const top = ctx.row;
  addLogo(ctx, workbook, top);

  const nameRow = nextRow(ctx);
  textCell(ctx, nameRow, 1, layout.lastCol, company.name, { font: COMPANY_FONT, alignment: CENTER });
  fitRowHeight(ctx, nameRow, 26);
  const contactLine = joined(
    [
      [labels.address, company.address],
      [labels.phone, company.phone],
      [labels.email, company.email],
      [labels.website, company.website],
    ],
    gap,
    colon,
  );
  textCell(ctx, nextRow(ctx), 1, layout.lastCol, contactLine, { font: SMALL, alignment: CENTER });
  const idLine = joined(
    [
      [labels.taxId, company.taxId],
      [labels.bank, company.bankName],
      [labels.bankAccount, company.bankAccount],
    ],
    gap,
    colon,
  );
  const ruleRow = nextRow(ctx);
  textCell(ctx, ruleRow, 1, layout.lastCol, idLine, { font: SMALL, alignment: CENTER });
  for (let column = 1; column <= layout.lastCol; column += 1) ctx.sheet.getCell(ruleRow, column).border = RULE_BELOW;
  fitRowHeight(ctx, ruleRow, 18);
  skipRows(ctx);
}

export function writeTitle(ctx: QuoteSheet): void {
  const titleRow = nextRow(ctx);
  textCell(ctx, titleRow, 1, ctx.layout.lastCol, ctx.labels.title, { font: TITLE_FONT, alignment: CENTER });
  fitRowHeight(ctx, titleRow, 32);
  if (ctx.doc.quote.title.trim() !== '') {
    const subtitleRow = nextRow(ctx);
    textCell(ctx, subtitleRow, 1, ctx.layout.lastCol, ctx.doc.quote.title, {
      font: SUBTITLE_FONT,
      alignment: CENTER,
    });
    fitRowHeight(ctx, subtitleRow, 20);
  }
  skipRows(ctx);
}

/**
 * Customer on the left, the quote's own facts on the right: label and value cells, merged over
 * the table's columns (left: No.+Code | Item+Spec; right: Unit+Qty | Unit price…last).
 */
export function writeFacts(ctx: QuoteSheet): void {
  const { doc, labels, layout } = ctx;
  const { customer, quote } = doc;
  const colon = doc.locale === 'en' ? ':' : '：';
  const left: [string, string][] = [
    [labels.customer, customer.name],
    [labels.contact, customer.contact],
    [labels.phone, customer.phone],
    [labels.email, customer.email],
    [labels.address, customer.address],
    [labels.taxId, customer.taxId],
  ];
  const right: [string, string][] = [
    [labels.quoteNumber, quote.number],
    [labels.revision, quote.revision],
    [labels.issueDate, quote.issueDate],
    [labels.validUntil, quote.validUntil],
    [labels.priceVersion, quote.priceVersions.join('、')],
    [labels.vatMode, quote.vatMode === 'inclusive' ? labels.vatModeInclusive : labels.vatModeExclusive],
    [labels.preparedBy, quote.preparedBy],
    ...(quote.approvedBy === '' ? [] : [[labels.approvedBy, quote.approvedBy] as [string, string]]),
  ];
  const leftLabel: [number, number] = [layout.col('no'), layout.col('code')];
  const leftValue: [number, number] = [layout.col('name'), layout.col('spec')];
  const rightLabel: [number, number] = [layout.col('unit'), layout.col('quantity')];
  const rightValue: [number, number] = [layout.col('unitPrice'), layout.lastCol];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i += 1) {
    const row = nextRow(ctx);
    fitRowHeight(ctx, row, 17);
    const l = left[i];
    if (l) {
      textCell(ctx, row, leftLabel[0], leftLabel[1], `${l[0]}${colon}`, { font: BOLD, alignment: LEFT });
      textCell(ctx, row, leftValue[0], leftValue[1], l[1], { font: i === 0 ? BOLD : FONT, alignment: LEFT_WRAP });
    }
    const r = right[i];
    if (r) {
      textCell(ctx, row, rightLabel[0], rightLabel[1], `${r[0]}${colon}`, { font: BOLD, alignment: LEFT });
      textCell(ctx, row, rightValue[0], rightValue[1], r[1], { font: i === 0 ? BOLD : FONT, alignment: LEFT });
    }
  }
  skipRows(ctx);
}
