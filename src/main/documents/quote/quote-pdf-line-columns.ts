import type { QuoteDocument } from '../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../shared/quotes/document-labels';
import { boxWidth } from '../pdf/layout';
import { fitColumnWidth, type TableColumn } from '../pdf/table';
import { BOX } from './quote-pdf-page';

export interface LineColumns {
  spec: TableColumn[];
  /** Index of the column subtotals and totals are written in. */
  money: number;
  showFinal: boolean;
}

/**
 * The line table's columns, sized to their content: codes, quantities, prices, discounts, amounts
 * and rates never wrap; the name and specification take the rest. "Amount" is what the line's own
 * price and discount give; when a whole-quote discount is shared out over the lines, a second
 * column shows each line's amount after its share, which is what the section subtotals add up.
 */
export function lineColumns(pdf: PDFKit.PDFDocument, doc: QuoteDocument, labels: QuoteDocumentLabels): LineColumns {
  const c = labels.columns;
  const showFinal = doc.totals.wholeDiscountFen !== 0;
  const lines = doc.sections.flatMap((s) => s.lines);
  const money = (fens: number[]) => fens.map((fen) => labels.money(fen));
  const { totals } = doc;
  // The money column also carries subtotals and totals (the grand total in bold, a size up).
  const sums = money([...doc.sections.map((s) => s.subtotalFen), totals.listTotalFen, totals.linesTotalFen]);
  const fit = (header: string, texts: string[], min: number, max: number) =>
    fitColumnWidth(pdf, header, texts, { min, max });
  const totalWidth = fitColumnWidth(pdf, '', [labels.money(totals.totalFen)], {
    min: 0,
    max: 90,
    style: { bold: true, size: 9 },
  });
  const amountTexts = money(lines.map((l) => l.lineAmountFen));
  const finalTexts = money(lines.map((l) => l.finalAmountFen));
  const fixed: TableColumn[] = [
    {
      header: c.unit,
      width: fit(
        c.unit,
        lines.map((l) => l.unit),
        22,
        44,
      ),
      align: 'center',
    },
    {
      header: c.quantity,
      width: fit(
        c.quantity,
        lines.map((l) => l.quantity),
        24,
        48,
      ),
      align: 'right',
    },
    {
      header: c.unitPrice,
      width: fit(c.unitPrice, money(lines.map((l) => l.unitPriceOverrideFen ?? l.unitPriceFen)), 44, 76),
      align: 'right',
    },
    {
      header: c.discount,
      width: fit(
        c.discount,
        lines.map((l) => labels.discount(l.discountBp)),
        30,
        76,
      ),
      align: 'right',
    },
    {
      header: c.amount,
      width: Math.max(
        fit(c.amount, showFinal ? amountTexts : [...amountTexts, ...sums], 48, 84),
        showFinal ? 0 : totalWidth,
      ),
      align: 'right',
    },
    ...(showFinal
      ? [
          {
            header: c.finalAmount,
            width: Math.max(fit(c.finalAmount, [...finalTexts, ...sums], 48, 84), totalWidth),
            align: 'right' as const,
          },
        ]
      : []),
    {
      header: c.vatRate,
      width: fit(
        c.vatRate,
        lines.map((l) => labels.rate(l.vatRateBp)),
        24,
        40,
      ),
      align: 'center',
    },
  ];
  const no: TableColumn = {
    header: c.no,
    width: fit(
      c.no,
      lines.map((l) => l.no),
      20,
      36,
    ),
    align: 'center',
  };
  const code: TableColumn = {
    header: c.code,
    width: fit(
      c.code,
      lines.map((l) => l.code),
      30,
      86,
    ),
  };
  const used = [no, code, ...fixed].reduce((sum, col) => sum + col.width, 0);
  const name: TableColumn = { header: `${c.name} / ${c.spec}`, width: boxWidth(BOX) - used };
  const spec = [no, code, name, ...fixed];
  return { spec, money: spec.length - 2, showFinal };
}
