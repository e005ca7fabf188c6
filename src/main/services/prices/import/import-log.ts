import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ImportLogEntry } from '../../../../shared/api/prices';
import { AppError } from '../../../../shared/result';
import { unindexVersion } from '../search/search-index';

type LogEntry = z.infer<typeof ImportLogEntry>;

interface LogRow {
  id: number;
  version_id: number | null;
  version_label: string | null;
  version_status: string | null;
  file_name: string;
  sheet: string;
  finished_at: string;
  rows_read: number;
  imported: number;
  updated: number;
  skipped: number;
  errors: number;
  undone_at: string | null;
}

const LOG_SELECT = `SELECT p.*, v.label AS version_label, v.status AS version_status
  FROM price_imports p LEFT JOIN price_list_versions v ON v.id = p.version_id`;

function lastUndoableId(db: Database): number | null {
  const id = db.prepare('SELECT id FROM price_imports WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').pluck().get();
  return typeof id === 'number' ? id : null;
}

function toEntry(row: LogRow, lastId: number | null): LogEntry {
  return {
    id: row.id,
    versionId: row.version_id,
    versionLabel: row.version_label,
    fileName: row.file_name,
    sheet: row.sheet,
    at: row.finished_at,
    rowsRead: row.rows_read,
    imported: row.imported,
    updated: row.updated,
    skipped: row.skipped,
    errors: row.errors,
    undone: row.undone_at !== null,
    canUndo: row.id === lastId && row.version_status === 'draft',
  };
}

export function importLog(db: Database): LogEntry[] {
  const lastId = lastUndoableId(db);
  return (db.prepare(`${LOG_SELECT} ORDER BY p.id DESC`).all() as LogRow[]).map((row) => toEntry(row, lastId));
}

/**
 * Undoes the most recent import that is not undone yet: its draft version (and only that) is
 * deleted. Once the draft is published the import is part of history and cannot be undone.
 */
export function undoLastImport(db: Database, t: TFunction, now = new Date()): LogEntry {
  const id = lastUndoableId(db);
  if (id === null) throw new AppError('REFUSED', t('err.prices.nothingToUndo'));
  const row = db.prepare(`${LOG_SELECT} WHERE p.id = ?`).get(id) as LogRow;
  if (row.version_id !== null && row.version_status !== 'draft') {
    throw new AppError('REFUSED', t('err.prices.undoPublished', { label: row.version_label ?? '' }));
  }
  db.transaction(() => {
    if (row.version_id !== null) {
      unindexVersion(db, row.version_id);
      db.prepare('DELETE FROM price_list_versions WHERE id = ?').run(row.version_id);
    }
    db.prepare('UPDATE price_imports SET undone_at = ? WHERE id = ?').run(now.toISOString(), id);
  })();
  const after = db.prepare(`${LOG_SELECT} WHERE p.id = ?`).get(id) as LogRow;
  return toEntry({ ...after, version_label: row.version_label }, lastUndoableId(db));
}
