import type { Database } from 'better-sqlite3';
import { createBackup } from './backups';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
  /** The backup taken before migrating, when there was data to protect. */
  backup: string | null;
}

export function schemaVersionOf(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function apply(db: Database, migration: Migration): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      new Date().toISOString(),
    );
    // user_version lives in the file header and is part of the same transaction.
    db.pragma(`user_version = ${migration.version}`);
  })();
}

/**
 * Brings the schema up to date, one migration per transaction. If the database already holds a
 * schema (version > 0), it is backed up first with the online backup API; a brand-new empty file
 * has nothing to protect.
 */
export async function migrate(
  db: Database,
  backupsDir: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const from = schemaVersionOf(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) throw new Error(`schema ${from} is newer than ${latest}`);
  const pending = migrations.filter((m) => m.version > from);
  let backup: string | null = null;
  if (pending.length > 0 && from > 0) {
    backup = (await createBackup(db, backupsDir, 'before-migration')).name;
  }
  for (const migration of pending) apply(db, migration);
  return { from, to: schemaVersionOf(db), applied: pending.map((m) => m.version), backup };
}
