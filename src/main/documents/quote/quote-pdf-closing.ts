import type { QuoteDocument } from '../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../shared/quotes/document-labels';
import {
  clauseHeight,
  drawHeading,
  drawNumberedClauses,
  drawParagraph,
  drawSignatureBlock,
  headingHeight,
} from '../pdf/blocks';
import { boxWidth, INK, PageFlow, useStyle } from '../pdf/layout';
import { drawTableAt, measureTable, type TableSpec } from '../pdf/table';
import { BOX, colon } from './quote-pdf-page';

/** The end of the quote PDF: VAT summary and payment milestones, validity, terms and notes, signatures. */

/** VAT summary and payment milestones, side by side, with their headings; kept on one page. */
export function vatAndMilestones(
  pdf: PDFKit.PDFDocument,
  flow: PageFlow,
  doc: QuoteDocument,
  labels: QuoteDocumentLabels,
): void {
  const gap = 14;
  const width = (boxWidth(BOX) - gap) / 2;
  const money = 76;
  const vat: TableSpec = {
    columns: [
      { header: labels.vatColumns.rate, width: width - 3 * money, align: 'center' },
      { header: labels.vatColumns.net, width: money, align: 'right' },
      { header: labels.vatColumns.tax, width: money, align: 'right' },
      { header: labels.vatColumns.gross, width: money, align: 'right' },
    ],
    rows: doc.vatSummary.map((row) => ({
      cells: [
        labels.rate(row.vatRateBp),
        labels.money(row.netFen),
        labels.money(row.taxFen),
        labels.money(row.grossFen),
      ],
    })),
  };
  const m = labels.milestoneColumns;
  const milestones: TableSpec = {
    columns: [
      { header: m.no, width: 30, align: 'center' },
      { header: m.label, width: width - 30 - 40 - money },
      { header: m.percent, width: 40, align: 'right' },
      { header: m.amount, width: money, align: 'right' },
    ],
    rows: doc.milestones.map((milestone, i) => ({
      cells: [String(i + 1), milestone.label, labels.rate(milestone.percentBp), labels.money(milestone.amountFen)],
    })),
  };
  const blocks = [
    { title: labels.vatSummary, table: vat, x: BOX.left },
    { title: labels.milestones, table: milestones, x: BOX.left + width + gap },
  ].filter((block) => block.table.rows.length > 0);
  if (blocks.length === 0) return;
  const title = headingHeight(pdf, labels.vatSummary);
  const height = title + Math.max(...blocks.map((b) => measureTable(pdf, b.table)));
  flow.ensure(height);
  for (const block of blocks) {
    useStyle(pdf, { bold: true, size: 10.5, color: INK.accent });
    pdf.text(block.title, block.x, flow.y, { lineBreak: false });
    drawTableAt(pdf, block.table, block.x, flow.y + title);
  }
  flow.advance(height + 12);
}

export function termsAndNotes(
  pdf: PDFKit.PDFDocument,
  flow: PageFlow,
  doc: QuoteDocument,
  labels: QuoteDocumentLabels,
): void {
  const body = { size: 8.5 };
  const validity = `${labels.validUntil}${colon(doc)}${doc.quote.validUntil}`;
  const firstTerm = doc.terms[0];
  drawHeading(pdf, flow, labels.terms, 16 + (firstTerm ? clauseHeight(pdf, flow, firstTerm, body) : 0));
  drawParagraph(pdf, flow, validity, { ...body, bold: true }, { gapAfter: 4 });
  drawNumberedClauses(pdf, flow, doc.terms, body);
  flow.advance(8);
  if (doc.notes.trim() !== '') {
    drawHeading(pdf, flow, labels.notes, 24);
    drawParagraph(pdf, flow, doc.notes.trim(), body, { gapAfter: 10 });
  }
}

export function signatures(
  pdf: PDFKit.PDFDocument,
  flow: PageFlow,
  doc: QuoteDocument,
  labels: QuoteDocumentLabels,
): void {
  const c = colon(doc);
  const detail = (label: string, value: string): string[] => (value === '' ? [] : [`${label}${c}${value}`]);
  flow.advance(4);
  drawSignatureBlock(
    pdf,
    flow,
    [
      {
        heading: labels.signature.supplierSide,
        name: doc.company.name,
        details: [
          ...detail(labels.taxId, doc.company.taxId),
          ...detail(labels.bank, doc.company.bankName),
          ...detail(labels.bankAccount, doc.company.bankAccount),
        ],
      },
      {
        heading: labels.signature.customerSide,
        name: doc.customer.name,
        details: detail(labels.taxId, doc.customer.taxId),
      },
    ],
    {
      signatory: `${labels.signature.signatory}${c}`,
      date: `${labels.signature.date}${c}`,
      seal: labels.signature.seal,
    },
  );
}
