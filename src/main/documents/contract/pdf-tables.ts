import type { ContractDocument } from '../../../shared/contract-drafts/document';
import { INK, useFont, type TextStyle } from '../pdf/layout';
import { measureTable, type TableColumn, type TableRow, type TableSpec, type TableStyle } from '../pdf/table';

/**
 * The contract's two tables as specs for the project's flowing table (pdf/table.ts): the
 * schedule of products and services (合同标的明细) and the payment milestones (付款节点). Codes,
 * quantities, rates and amounts are sized so they never wrap; names, specifications and payment
 * conditions share what is left and wrap. The total row is bold and never starts a page.
 */

export const TABLE_SIZE = 8.5;

const STYLE: Partial<TableStyle> = { fontSize: TABLE_SIZE, padX: 3, padTop: 2, padBottom: 3.5 };

const PAD = 2 * (STYLE.padX ?? 3) + 1;

/**
 * The width a column needs so that none of `texts` wraps, nor any word of its header (bold);
 * kept within [min, max].
 */
function fit(
  doc: PDFKit.PDFDocument,
  header: string,
  texts: string[],
  limits: { min: number; max: number; bold?: boolean },
): number {
  let widest = 0;
  useFont(doc, { bold: true, size: TABLE_SIZE });
  for (const word of header.split(/\s+/)) widest = Math.max(widest, doc.widthOfString(word));
  useFont(doc, { bold: limits.bold, size: TABLE_SIZE });
  for (const text of texts) widest = Math.max(widest, doc.widthOfString(text));
  return Math.min(limits.max, Math.max(limits.min, Math.ceil(widest + PAD)));
}

function column(values: string[][], index: number): string[] {
  return values.map((row) => row[index] ?? '');
}

function totalStyle(): { fill: string; style: TextStyle; keepWithPrevious: true } {
  return { fill: INK.sectionFill, style: { bold: true }, keepWithPrevious: true };
}

/** 序号 | 名称 | 规格 | 单位 | 数量 | 税率 | 含税金额: the amount and the total right-aligned. */
export function scheduleTable(doc: PDFKit.PDFDocument, contract: ContractDocument, width: number): TableSpec {
  const { columns: headers, rows, total } = contract.schedule;
  const h = (i: number) => headers[i] ?? '';
  const no = fit(doc, h(0), column(rows, 0), { min: 22, max: 40 });
  const unit = fit(doc, h(3), column(rows, 3), { min: 24, max: 48 });
  const quantity = fit(doc, h(4), column(rows, 4), { min: 26, max: 56 });
  const rate = fit(doc, h(5), column(rows, 5), { min: 26, max: 44 });
  const amount = Math.max(
    fit(doc, h(6), column(rows, 6), { min: 56, max: 96 }),
    fit(doc, '', [total.amount], { min: 0, max: 96, bold: true }),
  );
  const rest = width - no - unit - quantity - rate - amount;
  const name = Math.round(rest * 0.4);
  const columns: TableColumn[] = [
    { header: h(0), width: no, align: 'center' },
    { header: h(1), width: name },
    { header: h(2), width: rest - name },
    { header: h(3), width: unit, align: 'center' },
    { header: h(4), width: quantity, align: 'right' },
    { header: h(5), width: rate, align: 'center' },
    { header: h(6), width: amount, align: 'right' },
  ];
  const body: TableRow[] = rows.map((cells) => ({ cells: columns.map((_, i) => cells[i] ?? '') }));
  body.push({
    ...totalStyle(),
    cells: [{ parts: [{ text: total.label }], span: columns.length - 1, align: 'right' }, total.amount],
  });
  return { columns, rows: body, style: STYLE };
}

/** 期次 | 付款节点 | 付款条件 | 比例 | 金额 | 人民币大写: the total row carries the contract's 大写. */
export function milestoneTable(doc: PDFKit.PDFDocument, contract: ContractDocument, width: number): TableSpec {
  const { columns: headers, rows, total } = contract.milestones;
  const h = (i: number) => headers[i] ?? '';
  const capitalTotal = contract.deal.totalCapital;
  const no = fit(doc, h(0), column(rows, 0), { min: 24, max: 40 });
  const percent = fit(doc, h(3), column(rows, 3), { min: 30, max: 48 });
  const amount = Math.max(
    fit(doc, h(4), column(rows, 4), { min: 56, max: 96 }),
    fit(doc, '', [total.amount], { min: 0, max: 96, bold: true }),
  );
  const capital = fit(doc, h(5), [...column(rows, 5), capitalTotal], { min: 60, max: 150, bold: true });
  const rest = width - no - percent - amount - capital;
  const label = Math.round(rest * 0.42);
  const columns: TableColumn[] = [
    { header: h(0), width: no, align: 'center' },
    { header: h(1), width: label },
    { header: h(2), width: rest - label },
    { header: h(3), width: percent, align: 'right' },
    { header: h(4), width: amount, align: 'right' },
    { header: h(5), width: capital },
  ];
  const body: TableRow[] = rows.map((cells) => ({ cells: columns.map((_, i) => cells[i] ?? '') }));
  body.push({
    ...totalStyle(),
    cells: [{ parts: [{ text: total.label }], span: 4, align: 'right' }, total.amount, capitalTotal],
  });
  return { columns, rows: body, style: STYLE };
}

/** Height of the table's header row and first row: what a lead-in paragraph keeps with it. */
export function tableLead(doc: PDFKit.PDFDocument, spec: TableSpec): number {
  return measureTable(doc, { ...spec, rows: spec.rows.slice(0, 1) });
}
