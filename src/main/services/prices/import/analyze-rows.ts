import type { TFunction } from 'i18next';
import type { ColumnMapping, ImportField } from '../../../../shared/api/prices';
import { IMPORT_FIELDS } from '../../../../shared/api/prices';
import { formatPercentBp } from '../../../../shared/money';
import { isVatRateBp, type ItemType, type VatRateBp } from '../../../../shared/prices/catalogue';
import { fieldForHeader } from '../../../../shared/prices/header-synonyms';
import {
  inferItemType,
  normalizeText,
  parseActive,
  parseFloorDiscount,
  parseItemType,
  parseMoneyText,
  parsePercentText,
  tidyText,
} from '../../../../shared/prices/normalize-cell';
import { columnLetter, isBlankRow } from './sheet-cells';

/** One row of the file as the catalogue will hold it. */
export interface ImportedItem {
  code: string;
  name: string;
  spec: string;
  type: ItemType;
  unit: string;
  category: string;
  priceFen: number;
  costFen: number | null;
  vatRateBp: VatRateBp;
  floorDiscountBp: number;
  active: boolean;
  notes: string;
}

export interface RowError {
  /** Excel column letter and header, e.g. "F（单价）"; the field name when no column is mapped. */
  column: string;
  field: ImportField | null;
  message: string;
  /** 0-based column of the cell at fault (for highlighting it); null when no column is mapped. */
  columnIndex: number | null;
}

export interface ValidatedRow {
  /** 1-based, as Excel shows it. */
  row: number;
  /** The mapped cells after normalising (NFKC, trimmed), for the preview. */
  values: Partial<Record<ImportField, string>>;
  /** Null when the row has errors. */
  item: ImportedItem | null;
  errors: RowError[];
}

/** Fields every item needs; an import cannot start while one of them has no column. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['code', 'name', 'unit', 'price'];

export function missingFields(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
}

/** Same limits as the item editor (PriceItemInput), so an imported item can be saved there too. */
const MAX_LENGTH: Partial<Record<ImportField, number>> = {
  code: 60,
  name: 200,
  spec: 500,
  unit: 20,
  category: 60,
  notes: 1000,
};
/** DOMAIN.md: 6 % for IT services, 13 % for software products and goods. */
const SERVICE_TYPES: ReadonlySet<ItemType> = new Set(['implementation', 'training', 'maintenance']);
const HEADER_SEARCH_ROWS = 30;

/**
 * The header row: among the first 30 non-empty rows, the one naming the most distinct fields,
 * at least two and one of them code or name — so a merged title ("…标准价格表") or a note above
 * the table is passed over. -1 when no row qualifies.
 */
export function detectHeaderRow(rows: readonly (readonly (string | null)[])[]): number {
  let best = -1;
  let bestScore = 0;
  let looked = 0;
  for (let index = 0; index < rows.length && looked < HEADER_SEARCH_ROWS; index++) {
    const row = rows[index] ?? [];
    if (isBlankRow(row)) continue;
    looked++;
    const fields = new Set<ImportField>();
    for (const cell of row) {
      const field = cell === null ? null : fieldForHeader(cell);
      if (field) fields.add(field);
    }
    if (fields.size >= 2 && (fields.has('code') || fields.has('name')) && fields.size > bestScore) {
      best = index;
      bestScore = fields.size;
    }
  }
  return best;
}

/** Free text keeps its Chinese punctuation; codes, numbers and keywords are fully normalised. */
const FREE_TEXT: ReadonlySet<ImportField> = new Set(['name', 'spec', 'unit', 'category', 'notes']);

interface MappedColumn {
  field: ImportField;
  column: number;
  normalize: (text: string) => string;
  maxLength: number;
}

interface Context {
  mapping: ColumnMapping;
  mapped: MappedColumn[];
  label: Record<ImportField, string>;
  fieldName: Record<ImportField, string>;
  t: TFunction;
}

function columnLabels(headerCells: readonly (string | null)[], mapping: ColumnMapping, t: TFunction) {
  const label = {} as Record<ImportField, string>;
  const fieldName = {} as Record<ImportField, string>;
  for (const field of IMPORT_FIELDS) {
    fieldName[field] = t(`err.prices.importField.${field}`);
    const column = mapping[field];
    if (column === undefined) {
      label[field] = fieldName[field];
      continue;
    }
    const header = tidyText(headerCells[column] ?? '');
    label[field] =
      header === ''
        ? columnLetter(column)
        : t('err.prices.importCell.column', { letter: columnLetter(column), header });
  }
  return { label, fieldName };
}

/**
 * Checks every non-blank row below the header and turns it into an item, or into per-cell
 * errors a user can act on: missing values, money that is not exact, an unknown VAT rate, a code
 * that repeats an earlier row. Runs over 100,000 rows: no regex is built and no object spread
 * per row.
 */
export function validateRows(input: {
  rows: readonly (readonly (string | null)[])[];
  headerRowIndex: number;
  mapping: ColumnMapping;
  t: TFunction;
}): ValidatedRow[] {
  const { rows, headerRowIndex, mapping, t } = input;
  const mapped = IMPORT_FIELDS.flatMap((field): MappedColumn[] => {
    const column = mapping[field];
    if (column === undefined) return [];
    const normalize = FREE_TEXT.has(field) ? tidyText : normalizeText;
    return [{ field, column, normalize, maxLength: MAX_LENGTH[field] ?? Number.POSITIVE_INFINITY }];
  });
  const context: Context = { mapping, mapped, ...columnLabels(rows[headerRowIndex] ?? [], mapping, t), t };
  const firstRowOfCode = new Map<string, number>();
  const result: ValidatedRow[] = [];
  for (let index = headerRowIndex + 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (isBlankRow(cells)) continue;
    const validated = validateRow(cells, index + 1, context);
    const code = validated.values.code;
    if (code) {
      const key = code.toUpperCase();
      const first = firstRowOfCode.get(key);
      if (first === undefined) firstRowOfCode.set(key, validated.row);
      else {
        addError(validated, context, 'code', t('err.prices.importCell.duplicate', { code, row: first }));
        validated.item = null;
      }
    }
    result.push(validated);
  }
  return result;
}

function addError(row: ValidatedRow, context: Context, field: ImportField, message: string): void {
  row.errors.push({ column: context.label[field], field, message, columnIndex: context.mapping[field] ?? null });
}

/** Records a problem with a message from err.prices.importCell; params name the field for it. */
function fail(
  row: ValidatedRow,
  context: Context,
  field: ImportField,
  key: string,
  params: Record<string, string> = {},
) {
  params.field = context.fieldName[field];
  addError(row, context, field, context.t(`err.prices.importCell.${key}`, params));
}

/** The mapped cells, normalised, with a check of each one's length and of the required ones. */
function readValues(row: ValidatedRow, cells: readonly (string | null)[], context: Context): void {
  const { values } = row;
  for (const { field, column, normalize, maxLength } of context.mapped) {
    const value = normalize(cells[column] ?? '');
    values[field] = value;
    if (value.length > maxLength) {
      fail(row, context, field, 'tooLong', { max: String(maxLength), length: String(value.length) });
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (!values[field]) fail(row, context, field, 'missing');
  }
}

function money(row: ValidatedRow, context: Context, field: 'price' | 'cost', text: string): number | null {
  if (text === '') return null;
  const parsed = parseMoneyText(text);
  if (parsed.ok) return parsed.fen;
  fail(row, context, field, parsed.problem, { value: text });
  return null;
}

function validateRow(cells: readonly (string | null)[], rowNumber: number, context: Context): ValidatedRow {
  const values: Partial<Record<ImportField, string>> = {};
  const row: ValidatedRow = { row: rowNumber, values, item: null, errors: [] };
  readValues(row, cells, context);
  const { name = '', unit = '', category = '', type = '', vatRate = '', floorDiscount = '', active = '' } = values;

  const priceFen = money(row, context, 'price', values.price ?? '');
  const costFen = money(row, context, 'cost', values.cost ?? '');

  let itemType: ItemType = type === '' ? inferItemType(unit, category, name) : 'module';
  if (type !== '') {
    const parsed = parseItemType(type);
    if (parsed) itemType = parsed;
    else fail(row, context, 'type', 'typeUnknown', { value: type });
  }

  let vatRateBp: VatRateBp = SERVICE_TYPES.has(itemType) ? 600 : 1300;
  if (vatRate !== '') {
    const parsed = parsePercentText(vatRate);
    if (!parsed.ok) fail(row, context, 'vatRate', 'vatNotPercent', { value: vatRate });
    else if (!isVatRateBp(parsed.bp)) fail(row, context, 'vatRate', 'vatUnknown', { rate: formatPercentBp(parsed.bp) });
    else vatRateBp = parsed.bp;
  }

  const floor = parseFloorDiscount(floorDiscount);
  if (!floor.ok) {
    const key = floor.problem === 'negative' || floor.problem === 'outOfRange' ? 'floorDiscountRange' : 'floorDiscount';
    fail(row, context, 'floorDiscount', key, { value: floorDiscount });
  }
  const isActive = parseActive(active);
  if (isActive === null) fail(row, context, 'active', 'activeUnknown', { value: active });

  if (row.errors.length === 0) {
    row.item = {
      code: values.code ?? '',
      name,
      spec: values.spec ?? '',
      type: itemType,
      unit,
      category,
      priceFen: priceFen ?? 0,
      costFen,
      vatRateBp,
      floorDiscountBp: floor.ok ? floor.bp : 0,
      active: isActive ?? true,
      notes: values.notes ?? '',
    };
  }
  return row;
}
