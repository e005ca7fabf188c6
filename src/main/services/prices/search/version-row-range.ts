/**
 * The rowid range that holds a version's items, so that a search which must look at every item of
 * a version (one or two characters: the trigram index cannot serve them) reads the table in rowid
 * order — sequential pages — instead of through a version_id index, whose order (by category,
 * code or pinyin) makes SQLite descend the table B-tree once per row: 5–10× slower.
 *
 * A version's items are contiguous in practice (an import or a copied draft inserts them in one
 * statement; later single additions only extend the range), so the range scan reads little else.
 * Computing the range reads the whole version index (~3–8 ms per 100,000 items), so it is cached
 * until anything is written: this connection's total_changes() and the file's data_version
 * (writes by other connections: the CLI, the browser bridge) tell when.
 */
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statement-cache';

export interface RowRange {
  lo: number;
  hi: number;
}

interface Cached {
  range: RowRange | null;
  changes: number;
  dataVersion: number;
}

const cache = new WeakMap<Database, Map<number, Cached>>();

/** The smallest and largest item id of the version, or null when it has no items. */
export function versionRowRange(db: Database, versionId: number): RowRange | null {
  const changes = Number(cachedStatement(db, 'SELECT total_changes()').pluck().get());
  const dataVersion = Number(db.pragma('data_version', { simple: true }));
  let perVersion = cache.get(db);
  if (!perVersion) cache.set(db, (perVersion = new Map()));
  const cached = perVersion.get(versionId);
  if (cached && cached.changes === changes && cached.dataVersion === dataVersion) return cached.range;
  const row = cachedStatement(db, 'SELECT min(id) AS lo, max(id) AS hi FROM price_items WHERE version_id = ?').get(
    versionId,
  ) as {
    lo: number | null;
    hi: number | null;
  };
  const range = row.lo === null || row.hi === null ? null : { lo: row.lo, hi: row.hi };
  // Inside a transaction the rows counted may still be rolled back (and total_changes() does not
  // go back down), so only a committed state is remembered.
  if (!db.inTransaction) perVersion.set(versionId, { range, changes, dataVersion });
  return range;
}

/**
 * A WHERE fragment on `price_items i` restricting to the version through its rowid range: use it
 * instead of `i.version_id = ?` for queries that scan the version (LIKE on name or specification).
 * The unary + keeps SQLite from choosing a version_id index instead of the range.
 */
export function versionScan(db: Database, versionId: number): { sql: string; params: unknown[] } {
  const range = versionRowRange(db, versionId);
  if (!range) return { sql: '0', params: [] };
  return { sql: '(i.id BETWEEN ? AND ? AND +i.version_id = ?)', params: [range.lo, range.hi, versionId] };
}
