import { Document, LineRuleType, Packer, type FileChild } from 'docx';
import type { QuoteDocument } from '../../../shared/quotes/document';
import { quoteDocumentLabels, quoteReference } from '../../../shared/quotes/document-labels';
import { notes, signatureBlock, signatureLead, terms, TERMS_NUMBERING, validity } from './docx/closing';
import { letterhead, particulars, titleBlock } from './docx/letterhead';
import { lineTable, optionalNote, type LineTable } from './docx/line-table';
import { pageFooter, pageHeader } from './docx/page-frame';
import { spliceRows } from './docx/splice-rows';
import { COLOR, FONT, PAGE, paragraph, runLanguage, SIZE } from './docx/text';
import { capitalLine, milestones, totalsTable, vatSummary } from './docx/totals';

/**
 * The quote as a Word document (.docx): A4 portrait, letterhead, particulars, the line table (its
 * header row repeated on every page), totals with 大写, VAT summary, payment milestones, terms,
 * notes and a signature and seal block; page header and "第 X 页 共 Y 页" footer; a 草稿 / DRAFT
 * watermark on every page until the quote is approved. Reads only the QuoteDocument.
 */

function body(doc: QuoteDocument, lines: LineTable): FileChild[] {
  const labels = quoteDocumentLabels(doc.locale);
  const gap = (): FileChild => paragraph([], { spacing: { after: 120 } });
  return [
    letterhead(doc, labels),
    ...titleBlock(doc, labels),
    particulars(doc, labels),
    gap(),
    lines.table,
    ...optionalNote(doc, labels),
    gap(),
    totalsTable(doc, labels),
    capitalLine(doc, labels),
    ...vatSummary(doc, labels),
    ...milestones(doc, labels),
    validity(doc, labels),
    ...terms(doc, labels),
    ...notes(doc, labels),
    signatureLead(doc, labels),
    signatureBlock(doc, labels),
  ];
}

/** The document as docx builds it; its line table holds `lines.marker` in place of the rows. */
function quoteDocx(doc: QuoteDocument, lines: LineTable): Document {
  const labels = quoteDocumentLabels(doc.locale);
  return new Document({
    creator: doc.company.name,
    title: `${labels.title} ${quoteReference(doc)}`,
    subject: doc.quote.title,
    description: doc.customer.name,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: COLOR.text, language: runLanguage(doc.locale) },
          paragraph: { spacing: { after: 0, line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    numbering: TERMS_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginSide,
              right: PAGE.marginSide,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { default: pageHeader(doc, labels) },
        footers: { default: pageFooter(labels) },
        children: body(doc, lines),
      },
    ],
  });
}

/** Renders the quote to .docx bytes. */
export async function renderQuoteDocx(doc: QuoteDocument): Promise<Buffer> {
  const lines = lineTable(doc, quoteDocumentLabels(doc.locale));
  const packed = await Packer.toBuffer(quoteDocx(doc, lines));
  return await spliceRows(packed, lines.marker, lines.rowsXml);
}
