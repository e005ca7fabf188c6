import type { QuoteDocument, QuoteDocumentLine } from '../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../shared/quotes/document-labels';
import { INK } from '../pdf/layout';
import type { TableRow, TableSpec } from '../pdf/table';
import { lineColumns, type LineColumns } from './quote-pdf-line-columns';
import { colon } from './quote-pdf-page';

/** The priced lines by section with subtotals, then the totals with the amount in 大写, as one table. */

function lineRow(line: QuoteDocumentLine, columns: LineColumns, labels: QuoteDocumentLabels): TableRow {
  const muted = line.optional ? INK.faint : undefined;
  const name = `${line.name}${line.custom ? labels.customMark : ''}${line.optional ? labels.optionalMark : ''}`;
  const override = line.unitPriceOverrideFen;
  const unitPrice =
    override === null
      ? [{ text: labels.money(line.unitPriceFen) }]
      : [
          { text: labels.money(override) },
          { text: labels.money(line.unitPriceFen), size: 6.5, color: INK.faint, strike: true },
        ];
  const discount =
    override === null
      ? [{ text: labels.discount(line.discountBp) }]
      : [
          { text: line.discountBp > 0 ? labels.discount(line.discountBp) : '' },
          { text: labels.overrideNote, size: 6.5, color: INK.muted },
        ];
  return {
    style: { color: muted },
    cells: [
      line.no,
      line.code,
      { parts: [{ text: name }, { text: line.spec, size: 7, color: INK.muted }] },
      line.unit,
      line.quantity,
      { parts: unitPrice },
      { parts: discount },
      labels.money(line.lineAmountFen),
      ...(columns.showFinal ? [labels.money(line.finalAmountFen)] : []),
      labels.rate(line.vatRateBp),
    ],
  };
}

/** A label across the columns before the money column, the amount in it, the last column empty. */
function amountRow(columns: LineColumns, label: string, amount: string, extra: Partial<TableRow> = {}): TableRow {
  return {
    keepWithPrevious: true,
    style: { bold: true },
    ...extra,
    cells: [{ parts: [{ text: label }], span: columns.money, align: 'right' }, { parts: [{ text: amount }] }, ''],
  };
}

function totalsRows(doc: QuoteDocument, columns: LineColumns, labels: QuoteDocumentLabels): TableRow[] {
  const { totals } = doc;
  const plain = { style: { bold: false } };
  const rows: TableRow[] = [amountRow(columns, labels.listTotal, labels.money(totals.listTotalFen), plain)];
  if (totals.linesTotalFen !== totals.listTotalFen) {
    rows.push(amountRow(columns, labels.linesTotal, labels.money(totals.linesTotalFen), plain));
  }
  if (totals.wholeDiscountFen !== 0) {
    const discount = totals.wholeDiscount;
    const label =
      discount.kind === 'percent'
        ? `${labels.wholeDiscount}${doc.locale === 'en' ? ` (${labels.rate(discount.bp)})` : `（${labels.rate(discount.bp)}）`}`
        : labels.wholeDiscount;
    rows.push(amountRow(columns, label, labels.money(-totals.wholeDiscountFen), plain));
  }
  rows.push(
    amountRow(columns, labels.totalNet, labels.money(totals.netFen), plain),
    amountRow(columns, labels.totalTax, labels.money(totals.taxFen), plain),
    amountRow(columns, labels.total, labels.money(totals.totalFen), {
      fill: INK.headerFill,
      style: { bold: true, size: 9 },
    }),
    {
      keepWithPrevious: true,
      style: { bold: true, size: 9 },
      cells: [
        {
          parts: [{ text: `${labels.totalCapital}${colon(doc)}${totals.totalCapital}` }],
          span: columns.spec.length,
          align: 'right',
        },
      ],
    },
  );
  return rows;
}

export function lineTable(pdf: PDFKit.PDFDocument, doc: QuoteDocument, labels: QuoteDocumentLabels): TableSpec {
  const columns = lineColumns(pdf, doc, labels);
  const rows: TableRow[] = [];
  for (const section of doc.sections) {
    rows.push({
      keepWithNext: true,
      fill: INK.sectionFill,
      style: { bold: true, size: 8.5 },
      cells: [{ parts: [{ text: section.title }], span: columns.spec.length, align: 'left' }],
    });
    for (const line of section.lines) rows.push(lineRow(line, columns, labels));
    rows.push(amountRow(columns, `${section.title} ${labels.sectionSubtotal}`, labels.money(section.subtotalFen)));
  }
  rows.push(...totalsRows(doc, columns, labels));
  return { columns: columns.spec, rows };
}
