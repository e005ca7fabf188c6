import { quoteReference } from '../../../../shared/quotes/document-labels';
import { SHEET_FONT } from '../../../services/xlsx/write-workbook';
import { columnLetter } from './cells';
import type { QuoteSheet } from './sheet';

/**
 * A4 printing: landscape (the table is wide), scaled to one page wide and as many pages long as
 * needed, the table header repeated on every page, page numbers in the footer. An unapproved
 * quote also says so in red in the header of every printed page: Excel has no watermark.
 */

/** Text inside a header/footer section: '&' is a control character there. */
function escaped(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The footer's page counter, in the document's language (&P = this page, &N = all pages). */
export function pageNumberCode(locale: QuoteSheet['doc']['locale']): string {
  return locale === 'en' ? 'Page &P of &N' : '第 &P 页 共 &N 页';
}

export function draftHeaderText(ctx: Pick<QuoteSheet, 'doc' | 'labels'>): string {
  return ctx.doc.locale === 'en'
    ? `${ctx.labels.draftWatermark} — NOT APPROVED`
    : `${ctx.labels.draftWatermark} — 未审批`;
}

export function applyPrintSetup(ctx: QuoteSheet, tableHeaderRow: number): void {
  const { doc, sheet, layout } = ctx;
  // Size and colour codes first, the font name last: text right after "&8" would extend the number.
  const font = `&8&"${SHEET_FONT},Regular"`;
  const boldRed = `&KC00000&14&"${SHEET_FONT},Bold"`;
  const reference = escaped(quoteReference(doc));
  const center = doc.draft ? `&C${boldRed}${escaped(draftHeaderText(ctx))}` : '';
  const header = `&L${font}${escaped(doc.company.name)}${center}&R${font}${reference}`;
  const footer = `&L${font}${reference}&C${font}${pageNumberCode(doc.locale)}&R${font}${escaped(doc.customer.name)}`;
  sheet.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: header,
    oddFooter: footer,
  } as typeof sheet.headerFooter;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    printTitlesRow: `${tableHeaderRow}:${tableHeaderRow}`,
    printArea: `A1:${columnLetter(layout.lastCol)}${ctx.row - 1}`,
  };
}
