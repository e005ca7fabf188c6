import { formatPercentBp } from '../../../../shared/money';
import { absoluteRef, formula, fraction, ref, roundedSum, rowRanges, sumOf, yuan } from './cells';
import type { TableRefs } from './line-table';
import { fitRowHeight, nextRow, skipRows, textCell, type QuoteSheet } from './sheet';
import {
  BOLD,
  CENTER,
  DOUBLE_ABOVE,
  FONT,
  GRID,
  HEADER_FILL,
  HEADING_FONT,
  LEFT,
  LEFT_WRAP,
  RATE_DECIMAL_FORMAT,
  RATE_FORMAT,
  RIGHT,
  TOTAL_FONT,
  YUAN_FORMAT,
  styleCell,
  type CellStyle,
} from './style';

/**
 * Below the table, aligned on its final-amount column: the totals (sums of the section
 * subtotals), the total in 大写, the VAT summary per rate and the payment milestones.
 */

export interface SummaryRefs {
  /** The row of the quote total (what the customer pays), in the final-amount column. */
  totalRow: number;
}

/** A label right-aligned over the columns left of the final column, and a money formula in it. */
function totalRow(
  ctx: QuoteSheet,
  label: string,
  text: string,
  resultFen: number,
  options: { font?: CellStyle['font']; border?: CellStyle['border'] } = {},
): number {
  const { layout } = ctx;
  const row = nextRow(ctx);
  const font = options.font ?? BOLD;
  textCell(ctx, row, 1, layout.finalCol - 1, label, { font, alignment: RIGHT });
  const cell = ctx.sheet.getCell(row, layout.finalCol);
  styleCell(cell, {
    font,
    numFmt: YUAN_FORMAT,
    alignment: RIGHT,
    ...(options.border ? { border: options.border } : {}),
  });
  formula(cell, text, resultFen);
  fitRowHeight(ctx, row, options.font === TOTAL_FONT ? 22 : 17);
  return row;
}

function wholeDiscountLabel(ctx: QuoteSheet): string {
  const { labels, doc } = ctx;
  const discount = doc.totals.wholeDiscount;
  if (discount.kind !== 'percent') return labels.wholeDiscount;
  const percent = formatPercentBp(discount.bp);
  return doc.locale === 'en' ? `${labels.wholeDiscount} (${percent})` : `${labels.wholeDiscount}（${percent}）`;
}

export function writeTotals(ctx: QuoteSheet, table: TableRefs): SummaryRefs {
  const { doc, labels, layout } = ctx;
  const subtotals = (column: number): string => roundedSum(column, table.subtotalRows);

  const listRow = nextRow(ctx);
  textCell(ctx, listRow, 1, layout.finalCol - 1, labels.listTotal, { font: FONT, alignment: RIGHT });
  const listCell = ctx.sheet.getCell(listRow, layout.finalCol);
  styleCell(listCell, { numFmt: YUAN_FORMAT, alignment: RIGHT });
  // A value: the undiscounted price is not a sum of anything on the sheet.
  listCell.value = yuan(doc.totals.listTotalFen);

  if (layout.has('wholeDiscount')) {
    totalRow(ctx, labels.linesTotal, subtotals(layout.col('amount')), doc.totals.linesTotalFen, { font: FONT });
    totalRow(ctx, wholeDiscountLabel(ctx), `-${subtotals(layout.col('wholeDiscount'))}`, -doc.totals.wholeDiscountFen, {
      font: FONT,
    });
  }
  const net = ref(
    layout.finalCol,
    totalRow(ctx, labels.totalNet, subtotals(layout.netCol), doc.totals.netFen, { font: FONT }),
  );
  const tax = ref(
    layout.finalCol,
    totalRow(ctx, labels.totalTax, subtotals(layout.taxCol), doc.totals.taxFen, { font: FONT }),
  );
  const total = totalRow(ctx, labels.total, `ROUND(${net}+${tax},2)`, doc.totals.totalFen, {
    font: TOTAL_FONT,
    border: DOUBLE_ABOVE,
  });
  const capitalRow = nextRow(ctx);
  textCell(ctx, capitalRow, 1, layout.finalCol - 1, labels.totalCapital, { font: BOLD, alignment: RIGHT });
  textCell(ctx, capitalRow, layout.finalCol, layout.lastCol, doc.totals.totalCapital, {
    font: BOLD,
    alignment: LEFT_WRAP,
  });
  fitRowHeight(ctx, capitalRow, 18);
  skipRows(ctx);
  return { totalRow: total };
}

/** A small table's heading row: column headings over the money columns, the title just left of them. */
function blockHeading(ctx: QuoteSheet, title: string, headings: [number, string][]): void {
  const row = nextRow(ctx);
  const firstHeading = Math.min(...headings.map(([column]) => column));
  textCell(ctx, row, 1, firstHeading - 1, title, { font: HEADING_FONT, alignment: RIGHT });
  for (const [column, text] of headings) {
    styleCell(ctx.sheet.getCell(row, column), { font: BOLD, fill: HEADER_FILL, border: GRID, alignment: CENTER });
    ctx.sheet.getCell(row, column).value = text;
  }
  fitRowHeight(ctx, row, 18);
}

/**
 * One row per VAT rate, on the line table's own columns: each figure is SUMIF over the lines of
 * that rate, minus the optional lines of that rate (shown in the table, never counted).
 */
export function writeVatSummary(ctx: QuoteSheet, table: TableRefs): void {
  const { doc, labels, layout } = ctx;
  if (doc.vatSummary.length === 0) return;
  const rateCol = layout.col('vatRate');
  const columns: [number, string, (row: (typeof doc.vatSummary)[number]) => number][] =
    doc.quote.vatMode === 'inclusive'
      ? [
          [layout.grossCol, labels.vatColumns.gross, (r) => r.grossFen],
          [layout.netCol, labels.vatColumns.net, (r) => r.netFen],
          [layout.taxCol, labels.vatColumns.tax, (r) => r.taxFen],
        ]
      : [
          [layout.netCol, labels.vatColumns.net, (r) => r.netFen],
          [layout.taxCol, labels.vatColumns.tax, (r) => r.taxFen],
          [layout.grossCol, labels.vatColumns.gross, (r) => r.grossFen],
        ];
  blockHeading(ctx, labels.vatSummary, [
    [rateCol, labels.vatColumns.rate],
    ...columns.map(([c, h]) => [c, h] as [number, string]),
  ]);
  const first = table.firstRow;
  const last = table.lastRow;
  for (const summary of doc.vatSummary) {
    const row = nextRow(ctx);
    const rate = ctx.sheet.getCell(row, rateCol);
    styleCell(rate, {
      border: GRID,
      alignment: CENTER,
      numFmt: summary.vatRateBp % 100 === 0 ? RATE_FORMAT : RATE_DECIMAL_FORMAT,
    });
    rate.value = fraction(summary.vatRateBp);
    const optional = table.optionalRows.filter((o) => o.vatRateBp === summary.vatRateBp).map((o) => o.row);
    for (const [column, , figure] of columns) {
      const sumif = `SUMIF(${absoluteRef(rateCol, first)}:${absoluteRef(rateCol, last)},${ref(rateCol, row)},${ref(column, first)}:${ref(column, last)})`;
      const minus = optional.length > 0 ? `-${sumOf(rowRanges(column, optional))}` : '';
      const cell = ctx.sheet.getCell(row, column);
      styleCell(cell, { border: GRID, numFmt: YUAN_FORMAT, alignment: RIGHT });
      formula(cell, `ROUND(${sumif}${minus},2)`, figure(summary));
    }
    fitRowHeight(ctx, row, 17);
  }
  skipRows(ctx);
}

/**
 * Payment milestones: ROUND(total × share, 2) each, the last takes what is left. Where the app
 * capped a share at what was left (only on totals of a few fen), the formula caps it too.
 */
export function writeMilestones(ctx: QuoteSheet, summary: SummaryRefs): void {
  const { doc, labels, layout } = ctx;
  if (doc.milestones.length === 0) return;
  const amountCol = layout.finalCol;
  const percentCol = amountCol - 1;
  const noCol = layout.col('no');
  const labelFrom = noCol + 1;
  const labelTo = percentCol - 1;
  const m = labels.milestoneColumns;
  const headingRow = nextRow(ctx);
  textCell(ctx, headingRow, 1, layout.lastCol, labels.milestones, { font: HEADING_FONT, alignment: LEFT });
  fitRowHeight(ctx, headingRow, 18);
  const headerRow = nextRow(ctx);
  const header: CellStyle = { font: BOLD, fill: HEADER_FILL, border: GRID, alignment: CENTER };
  textCell(ctx, headerRow, noCol, noCol, m.no, header);
  textCell(ctx, headerRow, labelFrom, labelTo, m.label, header);
  textCell(ctx, headerRow, percentCol, percentCol, m.percent, header);
  textCell(ctx, headerRow, amountCol, amountCol, m.amount, header);
  for (let column = labelFrom + 1; column <= labelTo; column += 1) ctx.sheet.getCell(headerRow, column).border = GRID;

  const total = absoluteRef(amountCol, summary.totalRow);
  const amountRows: number[] = [];
  doc.milestones.forEach((milestone, index) => {
    const row = nextRow(ctx);
    const body: CellStyle = { border: GRID };
    textCell(ctx, row, noCol, noCol, index + 1, { ...body, alignment: CENTER });
    textCell(ctx, row, labelFrom, labelTo, milestone.label, { ...body, alignment: LEFT_WRAP });
    for (let column = labelFrom + 1; column <= labelTo; column += 1) ctx.sheet.getCell(row, column).border = GRID;
    const percent = ctx.sheet.getCell(row, percentCol);
    styleCell(percent, {
      ...body,
      alignment: CENTER,
      numFmt: milestone.percentBp % 100 === 0 ? RATE_FORMAT : RATE_DECIMAL_FORMAT,
    });
    percent.value = fraction(milestone.percentBp);
    const amount = ctx.sheet.getCell(row, amountCol);
    styleCell(amount, { ...body, numFmt: YUAN_FORMAT, alignment: RIGHT });
    const share = `ROUND(${total}*${ref(percentCol, row)},2)`;
    const left = amountRows.length > 0 ? `${total}-${sumOf(rowRanges(amountCol, amountRows))}` : total;
    const isLast = index === doc.milestones.length - 1;
    // Integers, so an exact half is exact in binary too: Math.round is half-up here.
    const plain = Math.round((doc.totals.totalFen * milestone.percentBp) / 10_000);
    const capped = !isLast && milestone.amountFen !== plain;
    const text = isLast ? `ROUND(${left},2)` : capped ? `MIN(${share},ROUND(${left},2))` : share;
    formula(amount, text, milestone.amountFen);
    amountRows.push(row);
    fitRowHeight(ctx, row, 17);
  });
  skipRows(ctx);
}
