import type { QuoteDocument } from '../../../../shared/quotes/document';
import type { QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { formatYuan } from '../../../../shared/money';
import { displayWidth } from './cells';

/**
 * The columns of the line table, which also anchor every other block of the sheet. The last two
 * depend on the VAT mode: tax-inclusive quotes split the final (gross) amount into net and tax,
 * tax-exclusive quotes add the tax to the final (net) amount. Without a whole-quote discount the
 * "quote discount" and "final amount" columns are left out: the line amount is final.
 */

export type ColumnKey =
  | 'no'
  | 'code'
  | 'name'
  | 'spec'
  | 'unit'
  | 'quantity'
  | 'unitPrice'
  | 'discount'
  | 'amount'
  | 'wholeDiscount'
  | 'final'
  | 'vatRate'
  | 'net'
  | 'tax'
  | 'gross';

export interface TableColumn {
  key: ColumnKey;
  header: string;
  width: number;
}

export interface TableLayout {
  columns: TableColumn[];
  /** 1-based column number of `key`; throws for a column the layout does not have. */
  col(key: ColumnKey): number;
  has(key: ColumnKey): boolean;
  /** Column holding the amount after every discount (the line amount when there is no whole discount). */
  finalCol: number;
  /** Where each line's net, tax and gross amounts are (one of them is the final column). */
  netCol: number;
  taxCol: number;
  grossCol: number;
  lastCol: number;
}

const MAX_TEXT_WIDTH = 30;

function widest(texts: Iterable<string>, minimum: number, maximum: number): number {
  let width = minimum;
  for (const text of texts) width = Math.max(width, displayWidth(text) + 2);
  return Math.min(maximum, width);
}

/** Room for the widest "-¥12,345,678.90" in the body font: the largest amount bounds every money cell. */
function moneyWidth(doc: QuoteDocument): number {
  let max = Math.max(doc.totals.listTotalFen, doc.totals.totalFen);
  for (const section of doc.sections) {
    for (const line of section.lines) max = Math.max(max, line.lineAmountFen, line.grossFen, line.unitPriceFen);
  }
  return displayWidth(`-${formatYuan(max)}`) + 2;
}

/** The final column also shows the quote total, larger and bold (TOTAL_FONT: 12 pt). */
const TOTAL_SCALE = 1.35;

export function tableLayout(doc: QuoteDocument, labels: QuoteDocumentLabels): TableLayout {
  const lines = doc.sections.flatMap((section) => section.lines);
  const withWholeDiscount = lines.some((line) => line.allocatedDiscountFen !== 0) || doc.totals.wholeDiscountFen !== 0;
  const money = moneyWidth(doc);
  const c = labels.columns;
  const marks = Math.max(displayWidth(labels.optionalMark), displayWidth(labels.customMark));
  const spec: [ColumnKey, string, number][] = [
    ['no', c.no, widest([c.no, String(lines.length)], 5, 8)],
    ['code', c.code, widest([c.code, ...lines.map((l) => l.code)], 8, 16)],
    ['name', c.name, widest([c.name, ...lines.map((l) => l.name)], 16, MAX_TEXT_WIDTH - marks) + marks],
    ['spec', c.spec, widest([c.spec, ...lines.map((l) => l.spec)], 14, MAX_TEXT_WIDTH)],
    ['unit', c.unit, widest([c.unit, ...lines.map((l) => l.unit)], 6, 10)],
    ['quantity', c.quantity, widest([c.quantity, ...lines.map((l) => l.quantity)], 7, 12)],
    ['unitPrice', c.unitPrice, Math.max(money, displayWidth(c.unitPrice) + 2)],
    ['discount', c.discount, widest([c.discount, '100.00%', labels.overrideNote], 10, 14)],
    ['amount', c.amount, money],
  ];
  if (withWholeDiscount) {
    spec.push(['wholeDiscount', c.wholeDiscount, money], ['final', c.finalAmount, money]);
  }
  const finalKey: ColumnKey = withWholeDiscount ? 'final' : 'amount';
  const totalAmountWidth = Math.ceil(displayWidth(formatYuan(doc.totals.totalFen)) * TOTAL_SCALE) + 1;
  const finalEntry = spec.find(([key]) => key === finalKey);
  if (finalEntry) finalEntry[2] = Math.max(finalEntry[2], totalAmountWidth);
  spec.push(['vatRate', c.vatRate, widest([c.vatRate, '13%'], 7, 10)]);
  if (doc.quote.vatMode === 'inclusive') {
    spec.push(['net', c.net, money], ['tax', c.tax, money]);
  } else {
    spec.push(['tax', c.tax, money], ['gross', labels.vatColumns.gross, money]);
  }
  // exceljs leaves out a column whose width is exactly its default (9): readers would then use 8.43.
  const columns = spec.map(([key, header, width]) => ({ key, header, width: width === 9 ? 9.5 : width }));
  const index = new Map(columns.map((column, i) => [column.key, i + 1]));
  const col = (key: ColumnKey): number => {
    const found = index.get(key) ?? (key === 'final' ? index.get('amount') : undefined);
    if (found === undefined) throw new Error(`The quote table has no ${key} column`);
    return found;
  };
  return {
    columns,
    col,
    has: (key) => index.has(key),
    finalCol: col('final'),
    netCol: index.get('net') ?? col('final'),
    taxCol: col('tax'),
    grossCol: index.get('gross') ?? col('final'),
    lastCol: columns.length,
  };
}
