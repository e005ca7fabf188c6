import type { QuoteDocument, QuoteDocumentParty } from '../../../shared/quotes/document';
import { quoteReference, type QuoteDocumentLabels } from '../../../shared/quotes/document-labels';
import { drawFields, measureFields, type Field } from '../pdf/blocks';
import { boxWidth, INK, PageFlow, useStyle } from '../pdf/layout';
import { BOX } from './quote-pdf-page';

/** The top of the quote PDF: letterhead with title and reference, the quote's title, customer and quote panels. */

export function letterhead(
  pdf: PDFKit.PDFDocument,
  flow: PageFlow,
  doc: QuoteDocument,
  labels: QuoteDocumentLabels,
): void {
  const { company } = doc;
  const top = flow.y;
  let textX = BOX.left;
  if (company.logo) {
    pdf.image(Buffer.from(company.logo.bytes), BOX.left, top, { fit: [108, 36], valign: 'center' });
    textX += 120;
  }
  const titleWidth = 150;
  const textWidth = BOX.right - titleWidth - textX;
  useStyle(pdf, { bold: true, size: 13 });
  pdf.text(company.name, textX, top, { width: textWidth });
  let y = top + pdf.heightOfString(company.name, { width: textWidth }) + 1;
  const sep = '  ·  ';
  const contactLines = [
    company.address,
    [company.phone && `${labels.phone} ${company.phone}`, company.email].filter(Boolean).join(sep),
    company.website,
  ].filter((line) => line !== '');
  useStyle(pdf, { size: 8, color: INK.muted });
  for (const line of contactLines) {
    pdf.text(line, textX, y, { width: textWidth });
    y += pdf.heightOfString(line, { width: textWidth });
  }
  // Title and reference, right-aligned.
  useStyle(pdf, { bold: true, size: 20, color: INK.accent });
  pdf.text(labels.title, BOX.right - titleWidth, top - 2, { width: titleWidth, align: 'right' });
  const titleBottom = top - 2 + pdf.currentLineHeight(true);
  useStyle(pdf, { bold: true, size: 9, color: INK.muted });
  pdf.text(quoteReference(doc), BOX.right - titleWidth, titleBottom, { width: titleWidth, align: 'right' });
  const bottom = Math.max(y, top + 36, titleBottom + pdf.currentLineHeight(true)) + 6;
  pdf.moveTo(BOX.left, bottom).lineTo(BOX.right, bottom).lineWidth(1.2).strokeColor(INK.accent).stroke();
  flow.y = bottom + 10;
}

export function quoteTitle(pdf: PDFKit.PDFDocument, flow: PageFlow, doc: QuoteDocument): void {
  if (doc.quote.title === '') return;
  useStyle(pdf, { bold: true, size: 12.5 });
  const width = boxWidth(BOX);
  pdf.text(doc.quote.title, BOX.left, flow.y, { width, align: 'center' });
  flow.advance(pdf.heightOfString(doc.quote.title, { width }) + 8);
}

function partyFields(party: QuoteDocumentParty, nameLabel: string, labels: QuoteDocumentLabels): Field[] {
  return [
    { label: nameLabel, value: party.name, strong: true },
    { label: labels.contact, value: party.contact },
    { label: labels.phone, value: party.phone },
    { label: labels.email, value: party.email },
    { label: labels.address, value: party.address },
    { label: labels.taxId, value: party.taxId },
  ];
}

function quoteFields(doc: QuoteDocument, labels: QuoteDocumentLabels): Field[] {
  const { quote } = doc;
  return [
    { label: labels.quoteNumber, value: quote.number, strong: true },
    { label: labels.revision, value: quote.revision },
    { label: labels.issueDate, value: quote.issueDate },
    { label: labels.validUntil, value: quote.validUntil, strong: true },
    { label: labels.priceVersion, value: quote.priceVersions.join(doc.locale === 'en' ? ', ' : '、') },
    { label: labels.vatMode, value: quote.vatMode === 'inclusive' ? labels.vatModeInclusive : labels.vatModeExclusive },
    { label: labels.preparedBy, value: quote.preparedBy },
    ...(quote.approvedBy === '' ? [] : [{ label: labels.approvedBy, value: quote.approvedBy }]),
  ];
}

/** Customer on the left, the quote's particulars on the right, each on a light panel. */
export function infoPanels(
  pdf: PDFKit.PDFDocument,
  flow: PageFlow,
  doc: QuoteDocument,
  labels: QuoteDocumentLabels,
): void {
  const gap = 14;
  const pad = 7;
  const width = (boxWidth(BOX) - gap) / 2;
  const labelWidth = doc.locale === 'en' ? 64 : 74;
  const panels = [
    { x: BOX.left, fields: partyFields(doc.customer, labels.customer, labels) },
    { x: BOX.left + width + gap, fields: quoteFields(doc, labels) },
  ].map((panel) => ({
    ...panel,
    layout: { x: panel.x + pad, width: width - 2 * pad, labelWidth },
  }));
  const height = Math.max(...panels.map((p) => measureFields(pdf, p.fields, p.layout))) + 2 * pad;
  for (const panel of panels) {
    pdf.rect(panel.x, flow.y, width, height).fill(INK.sectionFill);
    drawFields(pdf, panel.fields, panel.layout, flow.y + pad);
  }
  flow.advance(height + 12);
}
