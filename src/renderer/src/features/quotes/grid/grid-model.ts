import { fenToYuanText } from '../../../../../shared/money';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import { orderedLines } from '../model/content-ops';
import { parseDiscount, parseMoney, parseQuantity, parseVatRate, type Parsed } from '../model/cell-parse';
import { percentInputText } from '../model/quote-format';

/** The quote grid's columns, left to right. */
export type ColKey =
  | 'handle'
  | 'index'
  | 'code'
  | 'name'
  | 'unit'
  | 'quantity'
  | 'unitPrice'
  | 'discount'
  | 'override'
  | 'amount'
  | 'vat'
  | 'optional'
  | 'menu';

export interface GridColumn {
  key: ColKey;
  width: string;
  minWidth: number;
  align?: 'right' | 'center';
}

export const COLUMNS: GridColumn[] = [
  { key: 'handle', width: '22px', minWidth: 22, align: 'center' },
  { key: 'index', width: '36px', minWidth: 36, align: 'center' },
  { key: 'code', width: '96px', minWidth: 96 },
  { key: 'name', width: 'minmax(150px, 1fr)', minWidth: 150 },
  { key: 'unit', width: '44px', minWidth: 44, align: 'center' },
  { key: 'quantity', width: '70px', minWidth: 70, align: 'right' },
  { key: 'unitPrice', width: '102px', minWidth: 102, align: 'right' },
  { key: 'discount', width: '86px', minWidth: 86, align: 'right' },
  { key: 'override', width: '102px', minWidth: 102, align: 'right' },
  { key: 'amount', width: '108px', minWidth: 108, align: 'right' },
  { key: 'vat', width: '44px', minWidth: 44, align: 'right' },
  { key: 'optional', width: '40px', minWidth: 40, align: 'center' },
  { key: 'menu', width: '30px', minWidth: 30, align: 'center' },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');
export const GRID_MIN_WIDTH = COLUMNS.reduce((sum, c) => sum + c.minWidth, 0);

/** Columns the keyboard moves through (the drag handle, number and menu are not cells to edit). */
export const NAV_COLS: ColKey[] = [
  'code',
  'name',
  'unit',
  'quantity',
  'unitPrice',
  'discount',
  'override',
  'amount',
  'vat',
  'optional',
];

/** Columns typed into: quantity, discount and override on every line; the rest on custom lines only. */
export function isTextEditable(line: QuoteLine, col: ColKey): boolean {
  if (col === 'quantity' || col === 'discount' || col === 'override') return true;
  if (line.kind !== 'custom') return false;
  return col === 'unitPrice' || col === 'name' || col === 'unit' || col === 'vat';
}

/** What the cell editor starts with. */
export function editText(line: QuoteLine, col: ColKey): string {
  switch (col) {
    case 'quantity':
      return line.quantity;
    case 'unitPrice':
      return fenToYuanText(line.unitPriceFen);
    case 'discount':
      return line.unitPriceOverrideFen !== null || line.discountBp === 0 ? '' : percentInputText(line.discountBp);
    case 'override':
      return line.unitPriceOverrideFen === null ? '' : fenToYuanText(line.unitPriceOverrideFen);
    case 'name':
      return line.name;
    case 'unit':
      return line.unit;
    case 'vat':
      return percentInputText(line.vatRateBp);
    default:
      return '';
  }
}

/** The change a typed value makes to a line, or the problem (key under quoteUi.grid.errors). */
export function commitText(col: ColKey, text: string): Parsed<Partial<QuoteLine>> {
  const wrap = <T>(parsed: Parsed<T>, patch: (value: T) => Partial<QuoteLine>): Parsed<Partial<QuoteLine>> =>
    parsed.ok ? { ok: true, value: patch(parsed.value) } : parsed;
  switch (col) {
    case 'quantity':
      return wrap(parseQuantity(text), (quantity) => ({ quantity }));
    case 'unitPrice':
      return wrap(parseMoney(text), (unitPriceFen) => ({ unitPriceFen }));
    case 'discount':
      // A discount replaces a negotiated price: the two never apply together.
      return wrap(parseDiscount(text), (discountBp) => ({ discountBp, unitPriceOverrideFen: null }));
    case 'override':
      if (text.trim() === '') return { ok: true, value: { unitPriceOverrideFen: null } };
      return wrap(parseMoney(text), (fen) => ({ unitPriceOverrideFen: fen }));
    case 'vat':
      return wrap(parseVatRate(text), (vatRateBp) => ({ vatRateBp }));
    case 'name': {
      const name = text.trim();
      if (name === '') return { ok: false, problem: 'required' };
      if (name.length > 200) return { ok: false, problem: 'tooLong' };
      return { ok: true, value: { name } };
    }
    case 'unit': {
      const unit = text.trim();
      if (unit === '') return { ok: false, problem: 'required' };
      if (unit.length > 20) return { ok: false, problem: 'tooLong' };
      return { ok: true, value: { unit } };
    }
    default:
      return { ok: true, value: {} };
  }
}

export type GridRow =
  | { kind: 'section'; key: string; sectionId: string; title: string; sectionIndex: number; lineCount: number }
  | { kind: 'line'; key: string; line: QuoteLine; number: number }
  | { kind: 'empty'; key: string; sectionId: string }
  | { kind: 'subtotal'; key: string; sectionId: string };

export const ROW_HEIGHT: Record<GridRow['kind'], number> = { section: 40, line: 46, empty: 40, subtotal: 34 };

export interface GridLayout {
  rows: GridRow[];
  /** Line ids in display order. */
  lineIds: string[];
  /** Line id → index in rows. */
  rowOf: Map<string, number>;
}

/** Section header, its lines (or an empty note), its subtotal — for every section in order. */
export function buildRows(content: Pick<QuoteContent, 'sections' | 'lines'>): GridLayout {
  const lines = orderedLines(content);
  const rows: GridRow[] = [];
  const lineIds: string[] = [];
  const rowOf = new Map<string, number>();
  let number = 0;
  let cursor = 0;
  content.sections.forEach((section, sectionIndex) => {
    const start = cursor;
    while (lines[cursor]?.sectionId === section.id) cursor += 1;
    const inSection = lines.slice(start, cursor);
    rows.push({
      kind: 'section',
      key: `s:${section.id}`,
      sectionId: section.id,
      title: section.title,
      sectionIndex,
      lineCount: inSection.length,
    });
    if (inSection.length === 0) rows.push({ kind: 'empty', key: `e:${section.id}`, sectionId: section.id });
    for (const line of inSection) {
      number += 1;
      rowOf.set(line.id, rows.length);
      lineIds.push(line.id);
      rows.push({ kind: 'line', key: `l:${line.id}`, line, number });
    }
    rows.push({ kind: 'subtotal', key: `t:${section.id}`, sectionId: section.id });
  });
  return { rows, lineIds, rowOf };
}

export const FIRST_COL: ColKey = 'code';
export const LAST_COL: ColKey = 'optional';

/** The next keyboard column to the left or right; null past either end. */
export function stepCol(col: ColKey, delta: -1 | 1): ColKey | null {
  const index = NAV_COLS.indexOf(col);
  if (index === -1) return null;
  return NAV_COLS[index + delta] ?? null;
}
