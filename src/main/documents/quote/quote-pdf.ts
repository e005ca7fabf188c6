import type { QuoteDocument } from '../../../shared/quotes/document';
import { quoteDocumentLabels, quoteReference, type QuoteDocumentLabels } from '../../../shared/quotes/document-labels';
import { drawParagraph } from '../pdf/blocks';
import { createPdf } from '../pdf/document';
import { INK, PageFlow } from '../pdf/layout';
import { stampPages, drawWatermark } from '../pdf/page-furniture';
import { drawFlowingTable } from '../pdf/table';
import { signatures, termsAndNotes, vatAndMilestones } from './quote-pdf-closing';
import { infoPanels, letterhead, quoteTitle } from './quote-pdf-header';
import { lineTable } from './quote-pdf-lines';
import { BOX } from './quote-pdf-page';

/**
 * The quote (报价单) as an A4 PDF: letterhead, quote and customer details, the priced lines by
 * section with subtotals, totals with the amount in 大写, VAT summary, payment milestones,
 * validity, terms, notes and a signature-and-seal block for both sides; "page X of Y" on every
 * page, the quote reference on every page after the first, a 草稿 / DRAFT watermark on every page
 * of a quote that is not approved. Reads only the QuoteDocument, like the .xlsx and .docx.
 */

/** The labels with amounts formatted once each (a 1,000-line quote formats ~6,000 of them, twice). */
function withMoneyCache(labels: QuoteDocumentLabels): QuoteDocumentLabels {
  const formatted = new Map<number, string>();
  const money = (fen: number): string => {
    let text = formatted.get(fen);
    if (text === undefined) {
      text = labels.money(fen);
      formatted.set(fen, text);
    }
    return text;
  };
  return { ...labels, money };
}

/** Renders the quote as a PDF file's bytes. */
export async function renderQuotePdf(doc: QuoteDocument): Promise<Buffer> {
  const labels = withMoneyCache(quoteDocumentLabels(doc.locale));
  const reference = quoteReference(doc);
  const { doc: pdf, finish } = createPdf(
    {
      title: `${labels.title} ${reference} ${doc.quote.title}`.trim(),
      author: doc.company.name,
      subject: `${labels.title} ${reference} — ${doc.customer.name}`,
      keywords: [labels.title, doc.quote.number, reference, doc.customer.name, doc.company.name],
      lang: doc.locale === 'en' ? 'en' : 'zh-CN',
    },
    { onPageAdded: doc.draft ? (page) => drawWatermark(page, labels.draftWatermark) : undefined },
  );
  const flow = new PageFlow(pdf, BOX);
  letterhead(pdf, flow, doc, labels);
  quoteTitle(pdf, flow, doc);
  infoPanels(pdf, flow, doc, labels);
  drawFlowingTable(pdf, flow, lineTable(pdf, doc, labels), BOX.left);
  if (doc.sections.some((s) => s.lines.some((l) => l.optional))) {
    flow.advance(3);
    drawParagraph(pdf, flow, labels.optionalNote, { size: 7.5, color: INK.muted });
  }
  flow.advance(12);
  vatAndMilestones(pdf, flow, doc, labels);
  termsAndNotes(pdf, flow, doc, labels);
  signatures(pdf, flow, doc, labels);
  stampPages(pdf, {
    box: BOX,
    pageOf: labels.pageOf,
    runningHeader: { left: doc.company.name, right: `${labels.title} ${reference}` },
  });
  return finish();
}
