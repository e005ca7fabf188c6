import type { ColumnMapping, ImportField } from '../api/prices';

/**
 * Recognises price-list columns by their header text, Chinese or English, whatever the producer
 * called them: "物料编码", "SKU", "标准单价（含税，元）", "Unit Price (CNY)".
 */

/** Header names per field, as people write them (matched after normalizeHeader). */
export const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  code: [
    '编码',
    '物料编码',
    '产品编码',
    '商品编码',
    '料号',
    '货号',
    '物料号',
    '物料代码',
    '产品代码',
    '代码',
    '编号',
    '产品编号',
    'SKU',
    'code',
    'item code',
    'product code',
    'part number',
    'part no',
    'item no',
    'item number',
  ],
  name: [
    '名称',
    '产品名称',
    '商品名称',
    '物料名称',
    '品名',
    '项目名称',
    '模块名称',
    'name',
    'product name',
    'item name',
    'item',
    'product',
    '产品',
  ],
  spec: [
    '规格',
    '规格型号',
    '型号',
    '说明',
    '规格说明',
    '描述',
    '产品描述',
    '功能说明',
    'specification',
    'spec',
    'specs',
    'model',
    'description',
  ],
  unit: ['单位', '计量单位', '销售单位', 'unit', 'uom', 'unit of measure'],
  price: [
    '单价',
    '标准价',
    '标准单价',
    '标准价格',
    '报价',
    '价格',
    '含税单价',
    '销售价',
    '销售单价',
    '零售价',
    '定价',
    '目录价',
    '单位价格',
    'list price',
    'price',
    'unit price',
    'sales price',
    'retail price',
    'standard price',
  ],
  cost: [
    '成本',
    '成本价',
    '成本单价',
    '单位成本',
    '采购价',
    '采购单价',
    '进价',
    'cost',
    'unit cost',
    'cost price',
    'purchase price',
  ],
  vatRate: ['税率', '增值税率', '增值税税率', '税点', 'vat', 'vat rate', 'tax rate', 'tax'],
  category: [
    '类别',
    '分类',
    '产品类别',
    '产品分类',
    '大类',
    '类目',
    '产品线',
    'category',
    'product category',
    'product line',
    'group',
  ],
  type: ['类型', '产品类型', '项目类型', '物料类型', 'type', 'item type', 'product type', 'kind'],
  floorDiscount: [
    '最低折扣',
    '折扣下限',
    '最低折扣率',
    '最大折扣',
    '底价折扣',
    '折扣',
    'floor discount',
    'min discount',
    'minimum discount',
    'max discount',
    'discount',
  ],
  active: ['状态', '启用', '是否启用', '有效', '是否有效', 'active', 'enabled', 'status'],
  notes: ['备注', '附注', '说明备注', 'notes', 'note', 'remark', 'remarks', 'comment', 'comments', 'memo'],
};

/**
 * Words that name a field only on their own: inside a longer header they are a modifier
 * ("产品类别" is a category, "item description" a specification).
 */
const EXACT_ONLY = new Set(['item', 'product', '产品']);

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>|【[^】]*】|〔[^〕]*〕|《[^》]*》/g;
const UNCLOSED_BRACKET = /[([{<【〔《].*$/;
const IGNORED_CHARACTERS = /[\s*_\-./\\|#:]/g;

/**
 * The comparable form of a header: NFKC, lower case, without what is in brackets ("（元）",
 * "(含税)" — the unit or tax basis does not change which field it is), spaces, punctuation and
 * the "*" that marks a required column.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(BRACKETED, '')
    .replace(UNCLOSED_BRACKET, '')
    .replace(IGNORED_CHARACTERS, '');
}

const EXACT = new Map<string, ImportField>();
const CONTAINED: { synonym: string; field: ImportField }[] = [];
for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const synonym of synonyms) {
    const key = normalizeHeader(synonym);
    EXACT.set(key, field);
    if (!EXACT_ONLY.has(key)) CONTAINED.push({ synonym: key, field });
  }
}

/** Longer text is a note or a data cell, not a header; it must not be guessed into a field. */
const MAX_HEADER_LENGTH = 24;

/**
 * The field a header names: an exact synonym first; else the synonym found leftmost (longest
 * on a tie), so "成本单价" is cost and "标准单价含税元" is price.
 */
export function fieldForHeader(text: string): ImportField | null {
  const header = normalizeHeader(text);
  if (header === '') return null;
  const exact = EXACT.get(header);
  if (exact) return exact;
  if (header.length > MAX_HEADER_LENGTH) return null;
  let best: { at: number; length: number; field: ImportField } | null = null;
  for (const { synonym, field } of CONTAINED) {
    const at = header.indexOf(synonym);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && synonym.length > best.length)) {
      best = { at, length: synonym.length, field };
    }
  }
  return best?.field ?? null;
}

/**
 * Maps each field to the first column that names it. Exact header names win over partial ones,
 * so "单价" beats "单价说明" even when it comes later.
 */
export function autoMapping(headerCells: readonly (string | null)[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const partial: { column: number; field: ImportField }[] = [];
  headerCells.forEach((cell, column) => {
    if (cell === null) return;
    const header = normalizeHeader(cell);
    const exact = EXACT.get(header);
    if (exact) {
      if (mapping[exact] === undefined) mapping[exact] = column;
      return;
    }
    const field = fieldForHeader(cell);
    if (field) partial.push({ column, field });
  });
  const taken = new Set(Object.values(mapping));
  for (const { column, field } of partial) {
    if (mapping[field] === undefined && !taken.has(column)) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/** A stable key for a header row's shape, under which the user's mapping is remembered. */
export function headerSignature(headerCells: readonly (string | null)[]): string {
  const names = headerCells.map((cell) => (cell === null ? '' : normalizeHeader(cell)));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return names.join('|');
}
