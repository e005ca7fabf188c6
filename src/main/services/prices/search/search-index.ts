/**
 * Keeps the search keys of price items current: the normalised code (code_key, for exact and
 * prefix matches), the pinyin initials of the name, and the trigram FTS rows over name and
 * specification.
 *
 * price_items_fts is an external-content table without triggers (migration 2): every write to
 * price_items must be mirrored here, in the caller's transaction. FTS5 removes a row from an
 * external-content index only when given the exact values it was indexed with, so deletes read
 * them from price_items before the row changes, and updates take the old values from the caller.
 */
import type { Database } from 'better-sqlite3';
import { pinyinInitials } from './pinyin-initials';
import { cachedStatement } from './statement-cache';
import { versionRowRange } from './version-row-range';

/** The form codes are compared in: 'ｅｒｐ-sd-001 ' → 'ERP-SD-001'. */
export function codeKey(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

/**
 * The search keys of one item, for code that inserts many rows: computing them for the INSERT
 * costs ~2 µs per row (0.2 s per 100,000), while indexVersion filling them in afterwards rewrites
 * every row and both key indexes (~1 s per 100,000).
 */
export function searchKeys(code: string, name: string): { codeKey: string; pinyinInitials: string } {
  return { codeKey: codeKey(code), pinyinInitials: pinyinInitials(name) };
}

// An SQL function, so that a version's missing initials are filled in one UPDATE statement.
const PINYIN_FN = 'presales_pinyin_initials';
const registered = new WeakSet<Database>();

function registerFunctions(db: Database): void {
  if (registered.has(db)) return;
  db.function(PINYIN_FN, { deterministic: true }, (name: unknown) => pinyinInitials(String(name)));
  registered.add(db);
}

/**
 * Makes a version's items searchable after they were inserted in bulk (an import, a copied
 * draft): fills the keys of rows inserted without them, then adds every item to the FTS index.
 * Call it once, inside the transaction that inserted the items, which must not be in the FTS
 * index yet. Rows that already carry keys (written with searchKeys, or copied from an indexed
 * version) keep them.
 */
export function indexVersion(db: Database, versionId: number): void {
  fillMissingKeys(db, versionId);
  const range = versionRowRange(db, versionId);
  if (!range) return;
  // Rowid order matters twice: FTS5 flushes its in-memory batch to a new segment whenever a rowid
  // is not larger than the previous one (a version_id index hands rows out in code or category
  // order: 3× slower), and the range reads the table sequentially. Measured over 100,000 items,
  // this is also faster than the 'rebuild' command, which re-reads every version.
  db.prepare(
    `INSERT INTO price_items_fts (rowid, name, spec)
     SELECT id, name, spec FROM price_items
      WHERE id BETWEEN ? AND ? AND +version_id = ? ORDER BY id`,
  ).run(range.lo, range.hi, versionId);
}

/**
 * Pinyin initials for rows inserted without them (code_key is NOT NULL, so every row has its
 * code key already). The lookup uses the (version_id, pinyin_initials) index.
 */
export function fillMissingKeys(db: Database, versionId: number): void {
  registerFunctions(db);
  db.prepare(
    `UPDATE price_items SET pinyin_initials = ${PINYIN_FN}(name)
      WHERE version_id = ? AND pinyin_initials = '' AND ${PINYIN_FN}(name) <> ''`,
  ).run(versionId);
}

/** After inserting one item: sets its keys and adds it to the FTS index. */
export function indexItem(db: Database, itemId: number): void {
  reindexItem(db, itemId, null);
}

/**
 * After changing one item: `old` holds the name and specification it had before the change
 * (exactly as stored), or null when the row was not indexed yet (a new row).
 */
export function reindexItem(db: Database, itemId: number, old: { name: string; spec: string } | null): void {
  const row = cachedStatement(db, 'SELECT code, name, spec FROM price_items WHERE id = ?').get(itemId) as
    { code: string; name: string; spec: string } | undefined;
  if (!row) throw new Error(`price item ${itemId} does not exist`);
  cachedStatement(db, 'UPDATE price_items SET code_key = ?, pinyin_initials = ? WHERE id = ?').run(
    codeKey(row.code),
    pinyinInitials(row.name),
    itemId,
  );
  if (old && old.name === row.name && old.spec === row.spec) return;
  if (old) deleteFtsRow(db, itemId, old);
  cachedStatement(db, 'INSERT INTO price_items_fts (rowid, name, spec) VALUES (?, ?, ?)').run(
    itemId,
    row.name,
    row.spec,
  );
}

/** Before deleting one item: removes it from the FTS index (reads the values it was indexed with). */
export function unindexItem(db: Database, itemId: number): void {
  const row = cachedStatement(db, 'SELECT name, spec FROM price_items WHERE id = ?').get(itemId) as
    { name: string; spec: string } | undefined;
  if (row) deleteFtsRow(db, itemId, row);
}

/** Before deleting all items of a version: removes them from the FTS index in one statement. */
export function unindexVersion(db: Database, versionId: number): void {
  const range = versionRowRange(db, versionId);
  if (!range) return;
  // In rowid order, for the same reason as indexVersion.
  db.prepare(
    `INSERT INTO price_items_fts (price_items_fts, rowid, name, spec)
     SELECT 'delete', id, name, spec FROM price_items
      WHERE id BETWEEN ? AND ? AND +version_id = ? ORDER BY id`,
  ).run(range.lo, range.hi, versionId);
}

function deleteFtsRow(db: Database, itemId: number, values: { name: string; spec: string }): void {
  cachedStatement(
    db,
    "INSERT INTO price_items_fts (price_items_fts, rowid, name, spec) VALUES ('delete', ?, ?, ?)",
  ).run(itemId, values.name, values.spec);
}
