import type { Database } from 'better-sqlite3';

/**
 * Set on every connection, because SQLite's defaults differ between connections and builds.
 */
export function applyPragmas(db: Database): void {
  // WAL: the CLI or the browser bridge can read while the app writes, and a crash mid-write
  // never leaves a half-written main file.
  db.pragma('journal_mode = WAL');
  // FULL: in WAL mode every commit is synced to disk, so a committed quote survives even a
  // power loss (NORMAL would only survive a process crash). Commits here are few and small.
  db.pragma('synchronous = FULL');
  // Referential integrity is part of the schema (items belong to versions, modules to solutions).
  db.pragma('foreign_keys = ON');
  // The app, the CLI and the bridge may open the same file; wait for a lock instead of failing.
  db.pragma('busy_timeout = 5000');
  // 64 MB page cache (default 2 MB): a 100,000-row import touches every page of several indexes;
  // with a small cache SQLite spills pages to the WAL in the middle of the transaction.
  db.pragma('cache_size = -65536');
}
