import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { categoryIdFor } from '../../services/prices/item-repository';
import { standardPriceListId, uniqueLabel } from '../../services/prices/price-list-repository';
import { indexVersion, searchKeys } from '../../services/prices/search/search-index';
import { cursorOf, ensureUid, horizon, markSynced, saveCursor, teamRecordByUid } from './sync-cursor';

/**
 * Price lists in team mode: the admin's published versions go up (the server refuses them from
 * anyone else), and every published version of the team comes down into the local standard
 * price list, items and search index included, in one local transaction per version.
 */

const KIND = 'price_version';
const CHUNK = 5_000;

interface LocalVersion {
  id: number;
  label: string;
  effective_date: string | null;
  published_at: string;
  note: string;
  vat_mode: 'inclusive' | 'exclusive';
  currency: string;
  list_name: string;
}

interface LocalItem {
  code: string;
  name: string;
  spec: string;
  type: string;
  unit: string;
  category: string | null;
  price_fen: number;
  cost_fen: number | null;
  vat_rate_bp: number;
  floor_discount_bp: number;
  active: number;
  notes: string;
  sort_order: number;
}

/** Local published versions (not demo data) that the server does not have yet. */
export function unpushedVersions(db: Database): LocalVersion[] {
  return db
    .prepare(
      `SELECT v.id, v.label, v.effective_date, v.published_at, v.note, l.vat_mode, l.currency, l.name AS list_name
       FROM price_list_versions v JOIN price_lists l ON l.id = v.price_list_id
       WHERE v.status = 'published' AND l.is_demo = 0
         AND NOT EXISTS (SELECT 1 FROM team_records r WHERE r.kind = '${KIND}' AND r.local_id = v.id
                         AND r.server_version > 0)
       ORDER BY v.published_at, v.id`,
    )
    .all() as LocalVersion[];
}

/** Uploads one published version with its items, in one server transaction. */
export async function pushVersion(db: Database, client: pg.Client, version: LocalVersion): Promise<void> {
  const { uid } = db.transaction(() => ensureUid(db, KIND, version.id))();
  const items = db
    .prepare(
      `SELECT i.code, i.name, i.spec, i.type, i.unit, c.name AS category, i.price_fen, i.cost_fen, i.vat_rate_bp,
              i.floor_discount_bp, i.active, i.notes, i.sort_order
       FROM price_items i LEFT JOIN categories c ON c.id = i.category_id
       WHERE i.version_id = ? ORDER BY i.sort_order, i.id`,
    )
    .all(version.id) as LocalItem[];
  await client.query('BEGIN');
  try {
    const inserted = await client.query(
      `INSERT INTO presales.price_list_versions (uid, list_name, currency, vat_mode, label, effective_date,
         published_at, note, item_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (uid) DO NOTHING`,
      [
        uid,
        version.list_name,
        version.currency,
        version.vat_mode,
        version.label,
        version.effective_date,
        version.published_at,
        version.note,
        items.length,
      ],
    );
    // Already there: an earlier sync pushed it and was stopped before it could note so.
    if (inserted.rowCount === 1) {
      for (let start = 0; start < items.length; start += CHUNK) {
        const chunk = items.slice(start, start + CHUNK);
        const column = <K extends keyof LocalItem>(key: K) => chunk.map((item) => item[key]);
        await client.query(
          `INSERT INTO presales.price_items (version_uid, position, code, name, spec, type, unit, category, price_fen,
             cost_fen, vat_rate_bp, floor_discount_bp, active, notes, sort_order)
           SELECT $1, p, code, name, spec, type, unit, category, price_fen, cost_fen, vat_rate_bp, floor_discount_bp,
                  active <> 0, notes, sort_order
           FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[],
                       $10::bigint[], $11::int[], $12::int[], $13::int[], $14::text[], $15::int[])
             AS u(p, code, name, spec, type, unit, category, price_fen, cost_fen, vat_rate_bp, floor_discount_bp,
                  active, notes, sort_order)`,
          [
            uid,
            chunk.map((_, i) => start + i),
            column('code'),
            column('name'),
            column('spec'),
            column('type'),
            column('unit'),
            column('category'),
            column('price_fen'),
            column('cost_fen'),
            column('vat_rate_bp'),
            column('floor_discount_bp'),
            column('active'),
            column('notes'),
            column('sort_order'),
          ],
        );
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  markSynced(db, KIND, version.id, uid, 1, version.published_at);
}

interface ServerVersion {
  uid: string;
  label: string;
  effective_date: string | null;
  published_at: string;
  note: string;
  item_count: number;
  published_by: string;
}

/** Brings down every version published on the server since the last pull. Returns how many. */
export async function pullVersions(db: Database, client: pg.Client): Promise<number> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const upto = await horizon(client);
    const from = cursorOf(db, 'prices');
    const versions = (
      await client.query<ServerVersion>(
        `SELECT uid, label, effective_date, published_at, note, item_count, published_by
         FROM presales.price_list_versions WHERE txid >= $1::xid8 AND txid < $2::xid8 ORDER BY published_at, uid`,
        [from, upto],
      )
    ).rows;
    let pulled = 0;
    for (const version of versions) {
      if (teamRecordByUid(db, version.uid)) continue;
      const items: (LocalItem & { position: number })[] = [];
      for (let last = -1; ;) {
        const rows = (
          await client.query<Omit<LocalItem, 'active'> & { position: number; active: boolean }>(
            `SELECT position, code, name, spec, type, unit, category, price_fen::float8 AS price_fen,
                    cost_fen::float8 AS cost_fen, vat_rate_bp, floor_discount_bp, active, notes, sort_order
             FROM presales.price_items WHERE version_uid = $1 AND position > $2 ORDER BY position LIMIT 20000`,
            [version.uid, last],
          )
        ).rows;
        if (rows.length === 0) break;
        for (const row of rows) items.push({ ...row, active: row.active ? 1 : 0 });
        last = rows[rows.length - 1]?.position ?? last;
      }
      db.transaction(() => insertLocalVersion(db, version, items))();
      pulled += 1;
    }
    await client.query('COMMIT');
    saveCursor(db, 'prices', upto);
    return pulled;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function insertLocalVersion(db: Database, version: ServerVersion, items: LocalItem[]): void {
  const versionId = Number(
    db
      .prepare(
        `INSERT INTO price_list_versions (price_list_id, label, status, effective_date, published_at, note, created_at)
         VALUES (?, ?, 'published', ?, ?, ?, ?)`,
      )
      .run(
        standardPriceListId(db),
        uniqueLabel(db, version.label),
        version.effective_date,
        version.published_at,
        version.note,
        version.published_at,
      ).lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO price_items (version_id, code, code_key, name, pinyin_initials, spec, type, unit, category_id,
       price_fen, cost_fen, vat_rate_bp, floor_discount_bp, active, notes, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const categories = new Map<string, number | null>();
  for (const item of items) {
    const keys = searchKeys(item.code, item.name);
    let categoryId = categories.get(item.category ?? '');
    if (categoryId === undefined) {
      categoryId = categoryIdFor(db, item.category ?? '');
      categories.set(item.category ?? '', categoryId);
    }
    insert.run(
      versionId,
      item.code,
      keys.codeKey,
      item.name,
      keys.pinyinInitials,
      item.spec,
      item.type,
      item.unit,
      categoryId,
      item.price_fen,
      item.cost_fen,
      item.vat_rate_bp,
      item.floor_discount_bp,
      item.active,
      item.notes,
      item.sort_order,
    );
  }
  indexVersion(db, versionId);
  markSynced(db, KIND, versionId, version.uid, 1, version.published_at);
}
