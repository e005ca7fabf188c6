import { BorderStyle, ImageRun, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { QuoteDocument } from '../../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { fitWithin, imagePixelSize } from './image-size';
import {
  alignment,
  cell,
  COLOR,
  CONTENT_WIDTH,
  NO_BORDERS,
  paragraph,
  SIZE,
  TABLE_GRID,
  TABLE_NONE,
  textCell,
} from './text';

/**
 * The top of the first page: letterhead (logo, company name and contacts) over a rule, the title,
 * and the quote's and the customer's particulars side by side.
 */

const LOGO_BOX = { width: 170, height: 56 };
const LOGO_COLUMN = 2900;

function logoParagraph(company: QuoteDocument['company']): Paragraph | null {
  const { logo } = company;
  if (!logo) return null;
  const size = imagePixelSize(logo.mime, logo.bytes);
  if (!size) return null;
  return new Paragraph({
    children: [
      new ImageRun({
        type: logo.mime === 'image/png' ? 'png' : 'jpg',
        data: logo.bytes,
        transformation: fitWithin(size, LOGO_BOX),
        altText: { name: 'logo', description: company.name, title: company.name },
      }),
    ],
  });
}

/** "电话：…  邮箱：…" — the fields that are filled in, on one line. */
function contactLine(pairs: [label: string, value: string][], zh: boolean): string {
  const separator = zh ? '：' : ': ';
  return pairs
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `${label}${separator}${value}`)
    .join(zh ? '\u3000\u3000' : '    ');
}

export function letterhead(doc: QuoteDocument, labels: QuoteDocumentLabels): Table {
  const zh = doc.locale !== 'en';
  const { company } = doc;
  const logo = logoParagraph(company);
  const detailsWidth = logo ? CONTENT_WIDTH - LOGO_COLUMN : CONTENT_WIDTH;
  const details = [
    paragraph(
      [company.name],
      { alignment: alignment(logo ? 'right' : 'left') },
      {
        bold: true,
        size: SIZE.company,
        color: COLOR.accent,
      },
    ),
    paragraph(
      [contactLine([[labels.address, company.address]], zh)],
      { alignment: alignment(logo ? 'right' : 'left'), spacing: { before: 40 } },
      { size: SIZE.small, color: COLOR.muted },
    ),
    paragraph(
      [
        contactLine(
          [
            [labels.phone, company.phone],
            [labels.email, company.email],
            [labels.website, company.website],
          ],
          zh,
        ),
      ],
      { alignment: alignment(logo ? 'right' : 'left') },
      { size: SIZE.small, color: COLOR.muted },
    ),
  ];
  const rule = { style: BorderStyle.SINGLE, size: 12, color: COLOR.accent };
  const cells = [
    ...(logo ? [cell([logo], { width: LOGO_COLUMN, borders: { ...NO_BORDERS, bottom: rule } })] : []),
    cell(details, { width: detailsWidth, borders: { ...NO_BORDERS, bottom: rule }, verticalAlign: 'bottom' }),
  ];
  return new Table({
    rows: [new TableRow({ children: cells, cantSplit: true })],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: logo ? [LOGO_COLUMN, detailsWidth] : [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TABLE_NONE,
  });
}

export function titleBlock(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph[] {
  const title = paragraph(
    [labels.title],
    { alignment: alignment('center'), spacing: { before: 280, after: 60 } },
    {
      bold: true,
      size: SIZE.title,
      characterSpacing: doc.locale === 'en' ? 20 : 160,
    },
  );
  if (doc.quote.title.trim() === '') return [title];
  return [
    title,
    paragraph(
      [doc.quote.title],
      { alignment: alignment('center'), spacing: { after: 200 } },
      {
        size: SIZE.heading,
        color: COLOR.muted,
      },
    ),
  ];
}

const LABEL_WIDTH = 1500;
const VALUE_WIDTH = Math.floor(CONTENT_WIDTH / 2) - LABEL_WIDTH;

function numberWithRevision(doc: QuoteDocument, labels: QuoteDocumentLabels): string {
  return doc.locale === 'en'
    ? `${doc.quote.number} (${labels.revision} ${doc.quote.revision})`
    : `${doc.quote.number}（${labels.revision} ${doc.quote.revision}）`;
}

/** Quote particulars (left) and customer particulars (right), four columns of label / value. */
export function particulars(doc: QuoteDocument, labels: QuoteDocumentLabels): Table {
  const { quote, customer } = doc;
  const none = '—';
  const vatMode = quote.vatMode === 'inclusive' ? labels.vatModeInclusive : labels.vatModeExclusive;
  const priceVersions = quote.priceVersions.join(doc.locale === 'en' ? ', ' : '、');
  // Each row: quote label, quote value, customer label, customer value.
  const lines: [string, string, string, string][] = [
    [labels.quoteNumber, numberWithRevision(doc, labels), labels.customer, customer.name],
    [labels.issueDate, quote.issueDate, labels.contact, customer.contact],
    [labels.validUntil, quote.validUntil, labels.phone, customer.phone],
    [labels.priceVersion, priceVersions, labels.email, customer.email],
    [labels.vatMode, vatMode, labels.address, customer.address],
    [labels.preparedBy, quote.preparedBy, labels.taxId, customer.taxId],
    ...(quote.approvedBy === ''
      ? []
      : [[labels.approvedBy, quote.approvedBy, '', ''] as [string, string, string, string]]),
  ];
  const labelStyle = { size: SIZE.table, color: COLOR.muted };
  const valueStyle = { size: SIZE.table };
  const rows = lines.map(
    ([quoteLabel, quoteValue, customerLabel, customerValue], i) =>
      new TableRow({
        cantSplit: true,
        children: [
          textCell(quoteLabel, { width: LABEL_WIDTH, fill: COLOR.sectionFill }, labelStyle),
          textCell(quoteValue || none, { width: VALUE_WIDTH }, valueStyle),
          textCell(customerLabel, { width: LABEL_WIDTH, fill: COLOR.sectionFill }, labelStyle),
          textCell(customerValue || none, { width: VALUE_WIDTH }, { ...valueStyle, bold: i === 0 }),
        ],
      }),
  );
  return new Table({
    rows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH, LABEL_WIDTH, VALUE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TABLE_GRID,
  });
}
