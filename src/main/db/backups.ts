import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { BACKUP_REASONS, type BackupEntry } from '../../shared/api/database';
import { inspectDatabaseFile } from './inspect';

export type BackupReason = BackupEntry['reason'];

/** The backups folder sits next to the database file. */
export function backupsDirFor(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

function timestamp(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-` +
    `${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}-${p(now.getMilliseconds(), 3)}`
  );
}

/** e.g. presales-20261127-093015-042-manual.db — sortable, and the reason is visible in a file manager. */
export function backupFileName(now: Date, reason: BackupReason): string {
  return `presales-${timestamp(now)}-${reason}.db`;
}

/** A name for a file that must be kept but is not a usable backup (e.g. a damaged database). */
export function quarantineFileName(now: Date, originalName: string): string {
  return `${timestamp(now)}-${originalName}.damaged`;
}

const NAME = /^presales-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.db$/;

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d = '', t = '', ms = '', reason = ''] = m;
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}`;
  const known = (BACKUP_REASONS as readonly string[]).includes(reason);
  return { createdAt, reason: known ? (reason as BackupReason) : 'other' };
}

/** Copies a live database with SQLite's online backup API: consistent even while it is written to. */
export async function createBackup(
  db: Database,
  dir: string,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupEntry> {
  fs.mkdirSync(dir, { recursive: true });
  let name = backupFileName(now, reason);
  // Two backups in the same millisecond (a test, a script) must not overwrite each other.
  for (let i = 1; fs.existsSync(path.join(dir, name)); i++) {
    name = backupFileName(new Date(now.getTime() + i), reason);
  }
  await db.backup(path.join(dir, name));
  return describeBackup(dir, name);
}

export function describeBackup(dir: string, name: string, nativeBinding?: string): BackupEntry {
  const file = path.join(dir, name);
  const stat = fs.statSync(file);
  const parsed = parseName(name);
  const inspection = inspectDatabaseFile(file, nativeBinding);
  return {
    name,
    createdAt: parsed?.createdAt ?? stat.mtime.toISOString(),
    reason: parsed?.reason ?? 'other',
    sizeBytes: stat.size,
    schemaVersion: inspection.ok ? inspection.schemaVersion : inspection.foundVersion,
  };
}

/** Backups in the folder, newest first. A folder that does not exist yet simply has none. */
export function listBackups(dir: string, nativeBinding?: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .map((name) => describeBackup(dir, name, nativeBinding))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.name.localeCompare(a.name)));
}
