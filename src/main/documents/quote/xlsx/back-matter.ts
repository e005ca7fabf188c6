import { fitRowHeight, nextRow, skipRows, textCell, type QuoteSheet } from './sheet';
import type ExcelJS from 'exceljs';
import { BOLD, FONT, HEADING_FONT, LEFT, LINE_HEIGHT, OPTIONAL_FONT, ROW_PADDING, TOP_WRAP } from './style';

/**
 * The end of the quote: the note on optional lines, validity, numbered terms, notes, and the two
 * signature-and-seal blocks.
 */

export function writeOptionalNote(ctx: QuoteSheet): void {
  const hasOptional = ctx.doc.sections.some((section) => section.lines.some((line) => line.optional));
  if (!hasOptional) return;
  textCell(ctx, nextRow(ctx), 1, ctx.layout.lastCol, `* ${ctx.labels.optionalNote}`, {
    font: OPTIONAL_FONT,
    alignment: TOP_WRAP,
  });
  skipRows(ctx);
}

function heading(ctx: QuoteSheet, text: string): void {
  const row = nextRow(ctx);
  textCell(ctx, row, 1, ctx.layout.lastCol, text, { font: HEADING_FONT, alignment: LEFT });
  fitRowHeight(ctx, row, 18);
}

function paragraph(ctx: QuoteSheet, text: string): void {
  const row = nextRow(ctx);
  textCell(ctx, row, 1, ctx.layout.lastCol, text, { font: FONT, alignment: TOP_WRAP });
  fitRowHeight(ctx, row, 17);
}

export function writeTerms(ctx: QuoteSheet): void {
  const { doc, labels } = ctx;
  const colon = doc.locale === 'en' ? ': ' : '：';
  heading(ctx, labels.terms);
  paragraph(ctx, `${labels.validUntil}${colon}${doc.quote.validUntil}`);
  doc.terms.forEach((term, index) => paragraph(ctx, `${index + 1}. ${term}`));
  skipRows(ctx);
  const notes = doc.notes.trim();
  if (notes !== '') {
    heading(ctx, labels.notes);
    for (const line of notes.split(/\r?\n/).filter((l) => l.trim() !== '')) paragraph(ctx, line.trim());
    skipRows(ctx);
  }
}

/**
 * Supplier on the left, customer on the right: who signs, the date, and room for the seal. Each
 * side is one cell of one tall row, so the block is never split across two printed pages.
 */
export function writeSignatures(ctx: QuoteSheet): void {
  const { doc, labels, layout } = ctx;
  const s = labels.signature;
  const colon = doc.locale === 'en' ? ': ' : '：';
  const blank = '________________';
  const seal = doc.locale === 'en' ? `(${s.seal})` : `（${s.seal}）`;
  const side = (party: string, name: string): ExcelJS.CellRichTextValue => ({
    richText: [
      { text: `${party}${colon}${name}`, font: BOLD },
      { text: `\n\n${s.signatory}${colon}${blank}\n\n${s.date}${colon}${blank}\n\n`, font: FONT },
      { text: seal, font: OPTIONAL_FONT },
    ],
  });
  skipRows(ctx);
  const row = nextRow(ctx);
  const style = { font: FONT, alignment: TOP_WRAP };
  textCell(ctx, row, layout.col('no'), layout.col('spec'), side(s.supplierSide, doc.company.name), style);
  textCell(ctx, row, layout.col('unit'), layout.lastCol, side(s.customerSide, doc.customer.name), style);
  fitRowHeight(ctx, row, 7 * LINE_HEIGHT + 2 * ROW_PADDING);
}
