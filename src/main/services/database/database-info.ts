import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { TABLES_COUNTED, type CountedTable, type DbInfo } from '../../../shared/api/database';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { schemaVersionOf } from '../../db/migrate';

export function databaseInfo(db: Database, dbPath: string, backupsDir: string): DbInfo {
  const counts = {} as Record<CountedTable, number>;
  for (const table of TABLES_COUNTED) {
    counts[table] = Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  }
  const files = [dbPath, `${dbPath}-wal`].filter((f) => fs.existsSync(f));
  return {
    path: dbPath,
    schemaVersion: schemaVersionOf(db),
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    sizeBytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    backupsDir,
    counts,
  };
}
