import ExcelJS from 'exceljs';
import type { QuoteDocument } from '../../../shared/quotes/document';
import { quoteDocumentLabels, quoteReference } from '../../../shared/quotes/document-labels';
import { writeOptionalNote, writeSignatures, writeTerms } from './xlsx/back-matter';
import { tableLayout } from './xlsx/columns';
import { writeDraftBanner, writeFacts, writeLetterhead, writeTitle } from './xlsx/front-matter';
import { writeLineTable } from './xlsx/line-table';
import { applyPrintSetup } from './xlsx/print-setup';
import type { QuoteSheet } from './xlsx/sheet';
import { writeMilestones, writeTotals, writeVatSummary } from './xlsx/summary';

/**
 * A quote (报价单) as an .xlsx the customer's finance staff can check and reuse: one sheet laid
 * out like the printed quote, every derived figure a live formula that recomputes to exactly the
 * app's figure to the fen (and carries that figure as its cached result, for readers that do not
 * recalculate). Reads only the QuoteDocument, like the .docx and .pdf renderers.
 */
export async function renderQuoteXlsx(doc: QuoteDocument): Promise<Buffer> {
  const labels = quoteDocumentLabels(doc.locale);
  const layout = tableLayout(doc, labels);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Presales Workbench';
  workbook.title = `${labels.title} ${quoteReference(doc)}`;
  workbook.subject = doc.quote.title;
  workbook.company = doc.company.name;
  workbook.created = new Date(`${doc.quote.issueDate}T00:00:00Z`);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(labels.title, {
    views: [{ showGridLines: false }],
    properties: { defaultRowHeight: 17 },
  });
  sheet.columns = layout.columns.map((column) => ({ width: column.width }));

  const ctx: QuoteSheet = { doc, labels, sheet, layout, row: 1 };
  writeDraftBanner(ctx);
  writeLetterhead(ctx, workbook);
  writeTitle(ctx);
  writeFacts(ctx);
  const table = writeLineTable(ctx);
  writeOptionalNote(ctx);
  const totals = writeTotals(ctx, table);
  writeVatSummary(ctx, table);
  writeMilestones(ctx, totals);
  writeTerms(ctx);
  writeSignatures(ctx);
  applyPrintSetup(ctx, table.headerRow);

  // Fastest deflate: the file is about a quarter larger, written in half the time (1,000 lines).
  const bytes = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return Buffer.from(bytes);
}
