import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { UnavailableReason } from '../../shared/api/database';
import { backupsDirFor } from './backups';
import { messageOf, unavailableReasonOf } from './errors';
import { inspectDatabaseFile } from './inspect';
import { migrate, type MigrationReport } from './migrate';
import { applyPragmas } from './pragmas';

export interface OpenOptions {
  path: string;
  /** Path to a better_sqlite3.node built for this runtime (Electron); default: the Node build. */
  nativeBinding?: string;
}

export type OpenResult =
  | { state: 'ready'; db: Database.Database; created: boolean; migration: MigrationReport }
  | { state: 'unavailable'; reason: UnavailableReason; detail: string; foundVersion: number | null };

/**
 * Opens (or creates) the database: inspects an existing file read-only first, so a damaged file
 * or one from a newer version is reported and left exactly as it was; then sets the pragmas and
 * migrates (backing up first).
 */
export async function openDatabase(options: OpenOptions): Promise<OpenResult> {
  const file = path.resolve(options.path);
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  let created = !exists;
  if (exists) {
    const inspection = inspectDatabaseFile(file, options.nativeBinding);
    if (!inspection.ok) return { state: 'unavailable', ...inspection };
    created = inspection.empty;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
    applyPragmas(db);
    const migration = await migrate(db, backupsDirFor(file));
    return { state: 'ready', db, created, migration };
  } catch (error) {
    db?.close();
    return { state: 'unavailable', reason: unavailableReasonOf(error), detail: messageOf(error), foundVersion: null };
  }
}
