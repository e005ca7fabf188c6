import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { QuoteDocument } from '../../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { COLOR, CONTENT_WIDTH, heading, paragraph, SIZE, TABLE_GRID, text, textCell, type RunStyle } from './text';

/**
 * Below the lines: the totals (each figure follows from the one above it), the total in 大写, the
 * VAT summary per rate and the payment milestones.
 */

const TOTALS_LABEL = 3000;
const TOTALS_VALUE = 2200;
const TOTALS_WIDTH = TOTALS_LABEL + TOTALS_VALUE;

const BODY: RunStyle = { size: SIZE.table };

function colon(doc: QuoteDocument): string {
  return doc.locale === 'en' ? ': ' : '：';
}

/** "整单优惠（3.5%）" for a percentage; a target total (抹零) needs no explanation. */
function wholeDiscountLabel(doc: QuoteDocument, labels: QuoteDocumentLabels): string {
  const discount = doc.totals.wholeDiscount;
  if (discount.kind !== 'percent') return labels.wholeDiscount;
  const rate = labels.rate(discount.bp);
  return doc.locale === 'en' ? `${labels.wholeDiscount} (${rate})` : `${labels.wholeDiscount}（${rate}）`;
}

/**
 * List total → after line discounts → − whole-quote discount; then excl. VAT + VAT = total. In
 * 'inclusive' mode the line amounts are gross, in 'exclusive' mode net; either way the rows add up.
 */
export function totalsTable(doc: QuoteDocument, labels: QuoteDocumentLabels): Table {
  const { totals } = doc;
  const rows: [label: string, value: string, emphasis: boolean][] = [
    [labels.listTotal, labels.money(totals.listTotalFen), false],
    [labels.linesTotal, labels.money(totals.linesTotalFen), false],
    ...(totals.wholeDiscountFen !== 0
      ? [[wholeDiscountLabel(doc, labels), labels.money(-totals.wholeDiscountFen), false] as [string, string, boolean]]
      : []),
    [labels.totalNet, labels.money(totals.netFen), false],
    [labels.totalTax, labels.money(totals.taxFen), false],
    [labels.total, labels.money(totals.totalFen), true],
  ];
  return new Table({
    rows: rows.map(
      ([label, value, emphasis]) =>
        new TableRow({
          cantSplit: true,
          keepNext: true,
          children: [
            textCell(
              label,
              { width: TOTALS_LABEL, align: 'right', fill: emphasis ? COLOR.headFill : COLOR.sectionFill },
              {
                ...BODY,
                bold: emphasis,
                ...(emphasis ? { size: SIZE.total } : {}),
              },
            ),
            textCell(
              value,
              { width: TOTALS_VALUE, align: 'right', ...(emphasis ? { fill: COLOR.headFill } : {}) },
              {
                ...BODY,
                bold: emphasis,
                ...(emphasis ? { size: SIZE.total, color: COLOR.accent } : {}),
              },
            ),
          ],
        }),
    ),
    width: { size: TOTALS_WIDTH, type: WidthType.DXA },
    columnWidths: [TOTALS_LABEL, TOTALS_VALUE],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.RIGHT,
    borders: TABLE_GRID,
  });
}

/** "大写金额：人民币叁拾捌万元整", right-aligned under the totals. */
export function capitalLine(doc: QuoteDocument, labels: QuoteDocumentLabels): Paragraph {
  return paragraph(
    [
      text(`${labels.totalCapital}${colon(doc)}`, { size: SIZE.body, color: COLOR.muted }),
      text(doc.totals.totalCapital, { size: SIZE.total, bold: true }),
    ],
    { alignment: AlignmentType.RIGHT, spacing: { before: 100, after: 60 } },
  );
}

interface SimpleColumn {
  header: string;
  /** Share of the page width. */
  weight: number;
  align: 'left' | 'center' | 'right';
}

/** Full-width table with a repeated header row; the columns share the width by weight. */
function simpleTable(columns: SimpleColumn[], body: string[][]): Table {
  const sum = columns.reduce((total, column) => total + column.weight, 0);
  const widths = columns.map((column) => Math.floor((column.weight * CONTENT_WIDTH) / sum));
  const cells = columns.map((column, i) => ({
    ...column,
    // The last column takes the rounding remainder, so the table is exactly the page width.
    width: i === columns.length - 1 ? CONTENT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0) : (widths[i] ?? 0),
  }));
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((column) =>
      textCell(column.header, { width: column.width, align: 'center', fill: COLOR.headFill }, { ...BODY, bold: true }),
    ),
  });
  const rows = body.map(
    (values, r) =>
      new TableRow({
        cantSplit: true,
        keepNext: r < body.length - 1,
        children: cells.map((column, i) =>
          textCell(values[i] ?? '', { width: column.width, align: column.align }, BODY),
        ),
      }),
  );
  return new Table({
    rows: [head, ...rows],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: cells.map((column) => column.width),
    layout: TableLayoutType.FIXED,
    borders: TABLE_GRID,
  });
}

export function vatSummary(doc: QuoteDocument, labels: QuoteDocumentLabels): (Paragraph | Table)[] {
  if (doc.vatSummary.length === 0) return [];
  const v = labels.vatColumns;
  return [
    heading(labels.vatSummary),
    simpleTable(
      [
        { header: v.rate, weight: 14, align: 'center' },
        { header: v.net, weight: 24, align: 'right' },
        { header: v.tax, weight: 24, align: 'right' },
        { header: v.gross, weight: 24, align: 'right' },
      ],
      doc.vatSummary.map((row) => [
        labels.rate(row.vatRateBp),
        labels.money(row.netFen),
        labels.money(row.taxFen),
        labels.money(row.grossFen),
      ]),
    ),
  ];
}

/** The payment milestones, then the supplier's bank account to pay into. */
export function milestones(doc: QuoteDocument, labels: QuoteDocumentLabels): (Paragraph | Table)[] {
  const m = labels.milestoneColumns;
  const parts: (Paragraph | Table)[] = [];
  if (doc.milestones.length > 0) {
    parts.push(
      heading(labels.milestones),
      simpleTable(
        [
          { header: m.no, weight: 9, align: 'center' },
          { header: m.label, weight: 46, align: 'left' },
          { header: m.percent, weight: 14, align: 'right' },
          { header: m.amount, weight: 24, align: 'right' },
        ],
        doc.milestones.map((milestone, i) => [
          String(i + 1),
          milestone.label,
          labels.rate(milestone.percentBp),
          labels.money(milestone.amountFen),
        ]),
      ),
    );
  }
  const { bankName, bankAccount, name } = doc.company;
  if (bankName.trim() !== '' || bankAccount.trim() !== '') {
    const c = colon(doc);
    const gap = doc.locale === 'en' ? '    ' : '\u3000\u3000';
    parts.push(
      paragraph(
        [
          `${labels.supplier}${c}${name}${gap}${labels.bank}${c}${bankName}${gap}${labels.bankAccount}${c}${bankAccount}`,
        ],
        { spacing: { before: 80 } },
        { size: SIZE.small, color: COLOR.muted },
      ),
    );
  }
  return parts;
}
