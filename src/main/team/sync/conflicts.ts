import type { Database } from 'better-sqlite3';

/**
 * Sync conflicts (team_conflicts): a record changed here and, since this machine last pushed
 * it, on the server too. Both versions are kept until the user chooses; until then the record is
 * neither pushed nor overwritten.
 */

export interface ConflictingRecord {
  uid: string;
  version: number;
  label: string;
  data: unknown;
  updated_by: string;
  updated_at: Date;
}

export function hasConflict(db: Database, uid: string): boolean {
  return db.prepare('SELECT 1 FROM team_conflicts WHERE uid = ?').get(uid) !== undefined;
}

export function keepConflict(db: Database, kind: string, localId: number, server: ConflictingRecord): void {
  db.prepare(
    `INSERT INTO team_conflicts (uid, kind, local_id, label, server_version, server_data, server_by, server_at, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (uid) DO UPDATE SET server_version = excluded.server_version, server_data = excluded.server_data,
       server_by = excluded.server_by, server_at = excluded.server_at, detected_at = excluded.detected_at`,
  ).run(
    server.uid,
    kind,
    localId,
    server.label,
    server.version,
    JSON.stringify(server.data),
    server.updated_by,
    server.updated_at.toISOString(),
    new Date().toISOString(),
  );
}
