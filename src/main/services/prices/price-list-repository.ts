import type { Database } from 'better-sqlite3';
import type { PriceListVersion } from '../../../shared/api/prices';
import { AppError } from '../../../shared/result';
import type { TFunction } from 'i18next';
import { unindexVersion } from './search/search-index';

interface VersionRow {
  id: number;
  label: string;
  status: 'draft' | 'published';
  effective_date: string | null;
  published_at: string | null;
  based_on_version_id: number | null;
  created_at: string;
  item_count: number;
}

/** Today as YYYY-MM-DD in local time: effective dates are calendar dates, not instants. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The company's standard price list, or null while there is none. Reading never creates it. */
export function findStandardPriceListId(db: Database): number | null {
  const id = db.prepare('SELECT id FROM price_lists ORDER BY is_demo, id LIMIT 1').pluck().get();
  return typeof id === 'number' ? id : null;
}

/**
 * The company's standard price list, created empty when the first version is written. Call it
 * only inside the transaction that writes that version (a new draft, an import), so that a
 * refused or rolled-back write leaves no empty list behind.
 */
export function standardPriceListId(db: Database): number {
  const id = findStandardPriceListId(db);
  if (id !== null) return id;
  return Number(db.prepare("INSERT INTO price_lists (name) VALUES ('标准价格体系')").run().lastInsertRowid);
}

/** How the standard list's prices are meant (含税 or 不含税); a list not created yet has the default, 含税. */
export function standardVatMode(db: Database): 'inclusive' | 'exclusive' {
  const listId = findStandardPriceListId(db);
  const mode = listId === null ? null : db.prepare('SELECT vat_mode FROM price_lists WHERE id = ?').pluck().get(listId);
  return mode === 'exclusive' ? 'exclusive' : 'inclusive';
}

/** The latest published version whose effective date has come; null if none is in effect. */
export function currentVersionId(db: Database, on = today()): number | null {
  const listId = findStandardPriceListId(db);
  if (listId === null) return null;
  const id = db
    .prepare(
      `SELECT id FROM price_list_versions
       WHERE price_list_id = ? AND status = 'published' AND effective_date <= ?
       ORDER BY effective_date DESC, published_at DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get(listId, on);
  return typeof id === 'number' ? id : null;
}

export function listVersions(db: Database): PriceListVersion[] {
  const listId = findStandardPriceListId(db);
  if (listId === null) return [];
  const current = currentVersionId(db);
  const rows = db
    .prepare(
      `SELECT v.*, (SELECT count(*) FROM price_items i WHERE i.version_id = v.id) AS item_count
       FROM price_list_versions v WHERE v.price_list_id = ? ORDER BY v.created_at DESC, v.id DESC`,
    )
    .all(listId) as VersionRow[];
  return rows.map((row) => toVersion(row, current));
}

function toVersion(row: VersionRow, current: number | null): PriceListVersion {
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    effectiveDate: row.effective_date,
    publishedAt: row.published_at,
    basedOnVersionId: row.based_on_version_id,
    createdAt: row.created_at,
    itemCount: row.item_count,
    isCurrent: row.id === current,
  };
}

export function getVersion(db: Database, versionId: number, t: TFunction): PriceListVersion {
  const row = db
    .prepare(
      `SELECT v.*, (SELECT count(*) FROM price_items i WHERE i.version_id = v.id) AS item_count
       FROM price_list_versions v WHERE v.id = ?`,
    )
    .get(versionId) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.prices.versionNotFound', { id: versionId }));
  return toVersion(row, currentVersionId(db));
}

/** Throws unless the version is a draft: published versions are read-only forever. */
export function requireDraft(db: Database, versionId: number, t: TFunction): PriceListVersion {
  const version = getVersion(db, versionId, t);
  if (version.status !== 'draft') {
    throw new AppError('REFUSED', t('err.prices.versionPublished', { label: version.label }));
  }
  return version;
}

/** A label not used yet in this list: the wanted one, else with " (2)", " (3)"… */
export function uniqueLabel(db: Database, wanted: string): string {
  const exists = db.prepare('SELECT 1 FROM price_list_versions WHERE price_list_id = ? AND label = ?').pluck();
  const listId = findStandardPriceListId(db);
  let label = wanted;
  if (listId === null) return label;
  for (let n = 2; exists.get(listId, label); n++) label = `${wanted} (${n})`;
  return label;
}

const COPY_ITEMS = `INSERT INTO price_items (version_id, code, name, spec, type, unit, category_id, price_fen, cost_fen,
    vat_rate_bp, floor_discount_bp, active, notes, sort_order, code_key, pinyin_initials)
  SELECT @to, code, name, spec, type, unit, category_id, price_fen, cost_fen, vat_rate_bp, floor_discount_bp,
    active, notes, sort_order, code_key, pinyin_initials
  FROM price_items WHERE version_id = @from ORDER BY sort_order, id`;

/**
 * A new draft, as a copy of `fromVersionId` (items copied, not shared: a published version can
 * never be reached through a draft). The caller indexes the new version for search.
 */
export function insertDraft(db: Database, fromVersionId: number | null, label: string, now = new Date()): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO price_list_versions (price_list_id, label, status, based_on_version_id, created_at)
         VALUES (?, ?, 'draft', ?, ?)`,
      )
      .run(standardPriceListId(db), uniqueLabel(db, label), fromVersionId, now.toISOString()).lastInsertRowid,
  );
  if (fromVersionId !== null) db.prepare(COPY_ITEMS).run({ to: id, from: fromVersionId });
  return id;
}

/** Publishes a draft, optionally under a final name (e.g. "2027 版" instead of "草稿 2026-11-27"). */
export function publishVersion(
  db: Database,
  versionId: number,
  effectiveDate: string,
  t: TFunction,
  label?: string,
  now = new Date(),
) {
  const version = requireDraft(db, versionId, t);
  if (version.itemCount === 0) throw new AppError('REFUSED', t('err.prices.publishEmpty', { label: version.label }));
  const finalLabel = label && label !== version.label ? uniqueLabel(db, label) : version.label;
  db.prepare(
    "UPDATE price_list_versions SET status = 'published', label = ?, effective_date = ?, published_at = ? WHERE id = ?",
  ).run(finalLabel, effectiveDate, now.toISOString(), versionId);
  return getVersion(db, versionId, t);
}

/** Deletes a draft and its items (and their search entries). */
export function deleteDraft(db: Database, versionId: number, t: TFunction): void {
  requireDraft(db, versionId, t);
  db.transaction(() => {
    unindexVersion(db, versionId);
    db.prepare('DELETE FROM price_list_versions WHERE id = ?').run(versionId);
  })();
}
