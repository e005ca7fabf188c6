import {
  AlignmentType,
  HeightRule,
  LevelFormat,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  WidthType,
  type INumberingOptions,
} from 'docx';
import type { QuoteDocument } from '../../../../shared/quotes/document';
import { quoteReference, type QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { cell, COLOR, CONTENT_WIDTH, FONT, heading, NONE, paragraph, SIZE, THIN, text, type RunStyle } from './text';

/**
 * The end of the quote: validity, the numbered terms, notes, and the signature and seal block in
 * which supplier and customer each sign, date and stamp (盖章).
 */

const TERMS_REFERENCE = 'quote-terms';

/** Word numbering for the terms: "1." "2." … with a hanging indent. */
export const TERMS_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: TERMS_REFERENCE,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: {
            run: { font: FONT, size: SIZE.body },
            paragraph: { indent: { left: 420, hanging: 420 } },
          },
        },
      ],
    },
  ],
};

function colon(doc: QuoteDocument): string {
  return doc.locale === 'en' ? ': ' : '：';
}

export function validity(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph {
  return paragraph(
    [
      text(`${labels.validUntil}${colon(doc)}`, { bold: true }),
      text(doc.quote.validUntil, { bold: true, color: COLOR.accent }),
    ],
    { spacing: { before: 240 } },
  );
}

export function terms(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph[] {
  if (doc.terms.length === 0) return [];
  return [
    heading(labels.terms),
    ...doc.terms.map((clause) =>
      paragraph([clause], { numbering: { reference: TERMS_REFERENCE, level: 0 }, spacing: { after: 40 } }),
    ),
  ];
}

export function notes(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph[] {
  const lines = doc.notes
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return [];
  return [heading(labels.notes), ...lines.map((line) => paragraph([line], { spacing: { after: 40 } }))];
}

const HALF = Math.floor(CONTENT_WIDTH / 2);

/**
 * Above the signatures, kept on their page: which quote and what total is being signed, so a
 * signature page never stands alone.
 */
export function signatureLead(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph {
  const c = colon(doc);
  const gap = doc.locale === 'en' ? '    ' : '\u3000\u3000';
  return paragraph(
    [
      text(`${labels.quoteNumber}${c}${quoteReference(doc)}${gap}${labels.total}${c}`),
      text(labels.money(doc.totals.totalFen), { bold: true }),
      text(`${gap}${labels.totalCapital}${c}`),
      text(doc.totals.totalCapital, { bold: true }),
    ],
    { keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } },
  );
}

/** "日期：______ 年 ___ 月 ___ 日" / "Date: ____________". */
function dateLine(doc: QuoteDocument, labels: QuoteDocumentLabels): string {
  return doc.locale === 'en'
    ? `${labels.signature.date}: ______________________`
    : `${labels.signature.date}：__________ 年 ______ 月 ______ 日`;
}

/** Supplier (left) and customer (right): side, party, a space to stamp, signature and date lines. */
export function signatureBlock(doc: QuoteDocument, labels: QuoteDocumentLabels): Table {
  const s = labels.signature;
  const signatureLine = `${s.signatory}${colon(doc)}______________________`;
  const pair = (left: Paragraph[], right: Paragraph[], last = false, height?: number): TableRow =>
    new TableRow({
      cantSplit: true,
      keepNext: !last,
      ...(height ? { height: { value: height, rule: HeightRule.ATLEAST } } : {}),
      children: [
        cell(left, { width: HALF, verticalAlign: height ? 'center' : 'top' }),
        cell(right, { width: HALF, verticalAlign: height ? 'center' : 'top' }),
      ],
    });
  const line = (value: string, style: RunStyle = {}, before = 0): Paragraph =>
    paragraph([value], { spacing: { before, after: 60 }, indent: { left: 120 } }, style);
  const seal = (): Paragraph =>
    paragraph(
      [doc.locale === 'en' ? `(${s.seal})` : `（${s.seal}）`],
      { alignment: AlignmentType.CENTER },
      { color: COLOR.watermark, size: SIZE.heading },
    );
  return new Table({
    rows: [
      pair(
        [line(s.supplierSide, { bold: true, color: COLOR.accent }, 80)],
        [line(s.customerSide, { bold: true, color: COLOR.accent }, 80)],
      ),
      pair([line(doc.company.name)], [line(doc.customer.name)]),
      pair([seal()], [seal()], false, 1900),
      pair([line(signatureLine, {}, 120)], [line(signatureLine, {}, 120)]),
      pair([line(dateLine(doc, labels), {}, 120)], [line(dateLine(doc, labels), {}, 120)], true),
    ],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [HALF, HALF],
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideVertical: THIN, insideHorizontal: NONE },
  });
}
