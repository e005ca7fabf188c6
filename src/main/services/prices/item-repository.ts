import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ListItemsInput, PriceItem, PriceItemInput } from '../../../shared/api/prices';
import { isVatRateBp, type ItemType } from '../../../shared/prices/catalogue';
import { parseYuan } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import { versionMatchCondition } from './search/search-items';
import { codeKey, reindexItem, unindexItem } from './search/search-index';
import { requireDraft } from './price-list-repository';
import Decimal from 'decimal.js';

export interface ItemRow {
  id: number;
  version_id: number;
  code: string;
  name: string;
  spec: string;
  type: ItemType;
  unit: string;
  category_id: number | null;
  category_name: string | null;
  price_fen: number;
  cost_fen: number | null;
  vat_rate_bp: number;
  floor_discount_bp: number;
  active: number;
  notes: string;
}

export const ITEM_SELECT = `SELECT i.id, i.version_id, i.code, i.name, i.spec, i.type, i.unit, i.category_id,
  c.name AS category_name, i.price_fen, i.cost_fen, i.vat_rate_bp, i.floor_discount_bp, i.active, i.notes
  FROM price_items i LEFT JOIN categories c ON c.id = i.category_id`;

export function toItem(row: ItemRow): PriceItem {
  return {
    id: row.id,
    versionId: row.version_id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    type: row.type,
    unit: row.unit,
    categoryId: row.category_id,
    category: row.category_name ?? '',
    priceFen: row.price_fen,
    costFen: row.cost_fen,
    vatRateBp: isVatRateBp(row.vat_rate_bp) ? row.vat_rate_bp : 1300,
    floorDiscountBp: row.floor_discount_bp,
    active: row.active === 1,
    notes: row.notes,
  };
}

export function getItem(db: Database, id: number): PriceItem | null {
  const row = db.prepare(`${ITEM_SELECT} WHERE i.id = ?`).get(id) as ItemRow | undefined;
  return row ? toItem(row) : null;
}

/** Net price as SQL, for sorting by margin; display always uses the exact shared function. */
const MARGIN_SQL = `CASE WHEN i.cost_fen IS NULL OR i.price_fen = 0 THEN NULL
  ELSE (i.price_fen * 10000.0 / (10000 + i.vat_rate_bp) - i.cost_fen) / (i.price_fen * 10000.0 / (10000 + i.vat_rate_bp)) END`;
const SORT_SQL: Record<Exclude<z.output<typeof ListItemsInput>['sort'], 'relevance'>, string> = {
  code: 'i.code_key',
  name: 'i.name',
  category: 'c.sort_order, c.name',
  type: 'i.type',
  price: 'i.price_fen',
  margin: MARGIN_SQL,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The picker's ranking as SQL, so a searched list shows the item whose code was typed first. */
function relevanceOrder(text: string): { sql: string; params: unknown[] } {
  const key = escapeLike(codeKey(text));
  const plain = escapeLike(text.normalize('NFKC').trim());
  return {
    sql: `CASE WHEN i.code_key = ? THEN 0 WHEN i.code_key LIKE ? ESCAPE '\\' THEN 1
      WHEN i.name LIKE ? ESCAPE '\\' THEN 2 WHEN i.name LIKE ? ESCAPE '\\' THEN 3
      WHEN i.pinyin_initials LIKE ? ESCAPE '\\' THEN 4 ELSE 5 END`,
    params: [codeKey(text), `${key}%`, `${plain}%`, `%${plain}%`, `${plain.toLowerCase()}%`],
  };
}

/** One page of a version's items: filter, search and sort run in SQLite, so 100,000 items stay fast. */
export function listItems(db: Database, input: z.output<typeof ListItemsInput>): { total: number; rows: PriceItem[] } {
  const scope = versionMatchCondition(db, input.versionId, input.query.trim());
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (input.categoryId !== null) {
    where.push('i.category_id = ?');
    params.push(input.categoryId);
  }
  if (input.type !== null) {
    where.push('i.type = ?');
    params.push(input.type);
  }
  const whereSql = where.join(' AND ');
  const total = Number(
    db
      .prepare(`SELECT count(*) FROM price_items i LEFT JOIN categories c ON c.id = i.category_id WHERE ${whereSql}`)
      .pluck()
      .get(...params),
  );
  const direction = input.descending ? 'DESC' : 'ASC';
  const query = input.query.trim();
  const relevance = input.sort === 'relevance' && query !== '' ? relevanceOrder(query) : null;
  const order = relevance
    ? relevance.sql
    : SORT_SQL[input.sort === 'relevance' ? 'code' : input.sort]
        .split(',')
        .map((part) => `${part.trim()} ${direction}`)
        .join(', ');
  const rows = db
    .prepare(`${ITEM_SELECT} WHERE ${whereSql} ORDER BY ${order}, i.code_key ASC LIMIT ? OFFSET ?`)
    .all(...params, ...(relevance?.params ?? []), input.limit, input.offset) as ItemRow[];
  return { total, rows: rows.map(toItem) };
}

export function listCategories(db: Database): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM categories ORDER BY sort_order, name').all() as {
    id: number;
    name: string;
  }[];
}

/** The id of a category by name, created (at the end of the list) when new; '' means none. */
export function categoryIdFor(db: Database, name: string): number | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  const existing = db.prepare('SELECT id FROM categories WHERE name = ?').pluck().get(trimmed);
  if (typeof existing === 'number') return existing;
  const next = Number(db.prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM categories').pluck().get());
  return Number(
    db.prepare('INSERT INTO categories (name, sort_order) VALUES (?, ?)').run(trimmed, next).lastInsertRowid,
  );
}

function moneyError(problem: string, t: TFunction): string {
  return t(`err.prices.money.${problem}`);
}

/** Parses the editor's text fields into exact values, naming each field that is wrong. */
function parseInput(input: z.output<typeof PriceItemInput>, t: TFunction) {
  const fields: Record<string, string> = {};
  const price = parseYuan(input.price.replace(/[¥,，\s]/g, ''));
  if (!price.ok) fields.price = moneyError(price.problem, t);
  let costFen: number | null = null;
  if (input.cost !== '') {
    const cost = parseYuan(input.cost.replace(/[¥,，\s]/g, ''));
    if (cost.ok) costFen = cost.fen;
    else fields.cost = moneyError(cost.problem, t);
  }
  let floorDiscountBp = 0;
  if (input.floorDiscount !== '') {
    const text = input.floorDiscount.replace(/[%％\s]/g, '');
    if (!/^\d+(\.\d{1,2})?$/.test(text) || new Decimal(text).greaterThan(100)) {
      fields.floorDiscount = t('err.prices.floorDiscount');
    } else {
      floorDiscountBp = new Decimal(text).times(100).toNumber();
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError('INVALID_INPUT', t('err.invalidInput'), fields);
  return { priceFen: price.ok ? price.fen : 0, costFen, floorDiscountBp };
}

/** Adds or changes one item of a draft version; a code is unique within its version. */
export function saveItem(
  db: Database,
  versionId: number,
  input: z.output<typeof PriceItemInput>,
  t: TFunction,
): PriceItem {
  requireDraft(db, versionId, t);
  const parsed = parseInput(input, t);
  const key = codeKey(input.code);
  const clash = db
    .prepare('SELECT id FROM price_items WHERE version_id = ? AND code_key = ? AND id IS NOT ?')
    .pluck()
    .get(versionId, key, input.id ?? null);
  if (clash !== undefined) {
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      code: t('err.prices.codeTaken', { code: input.code }),
    });
  }
  return db.transaction(() => {
    const values = {
      versionId,
      code: input.code,
      name: input.name,
      spec: input.spec,
      type: input.type,
      unit: input.unit,
      categoryId: categoryIdFor(db, input.category),
      priceFen: parsed.priceFen,
      costFen: parsed.costFen,
      vatRateBp: input.vatRateBp,
      floorDiscountBp: parsed.floorDiscountBp,
      active: input.active ? 1 : 0,
      notes: input.notes,
      codeKey: key,
    };
    let id: number;
    if (input.id !== undefined) {
      const old = db
        .prepare('SELECT name, spec FROM price_items WHERE id = ? AND version_id = ?')
        .get(input.id, versionId) as { name: string; spec: string } | undefined;
      if (!old) throw new AppError('NOT_FOUND', t('err.prices.itemNotFound', { id: input.id }));
      db.prepare(
        `UPDATE price_items SET code = @code, name = @name, spec = @spec, type = @type, unit = @unit,
           category_id = @categoryId, price_fen = @priceFen, cost_fen = @costFen, vat_rate_bp = @vatRateBp,
           floor_discount_bp = @floorDiscountBp, active = @active, notes = @notes, code_key = @codeKey
         WHERE id = @id`,
      ).run({ ...values, id: input.id });
      id = input.id;
      reindexItem(db, id, old);
    } else {
      const sortOrder = Number(
        db
          .prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM price_items WHERE version_id = ?')
          .pluck()
          .get(versionId),
      );
      id = Number(
        db
          .prepare(
            `INSERT INTO price_items (version_id, code, name, spec, type, unit, category_id, price_fen, cost_fen,
               vat_rate_bp, floor_discount_bp, active, notes, sort_order, code_key)
             VALUES (@versionId, @code, @name, @spec, @type, @unit, @categoryId, @priceFen, @costFen,
               @vatRateBp, @floorDiscountBp, @active, @notes, @sortOrder, @codeKey)`,
          )
          .run({ ...values, sortOrder }).lastInsertRowid,
      );
      reindexItem(db, id, null);
    }
    const saved = getItem(db, id);
    if (!saved) throw new Error('item vanished after saving');
    return saved;
  })();
}

export function deleteItem(db: Database, versionId: number, id: number, t: TFunction): void {
  requireDraft(db, versionId, t);
  db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM price_items WHERE id = ? AND version_id = ?').pluck().get(id, versionId);
    if (!exists) throw new AppError('NOT_FOUND', t('err.prices.itemNotFound', { id }));
    unindexItem(db, id);
    db.prepare('DELETE FROM price_items WHERE id = ?').run(id);
  })();
}
