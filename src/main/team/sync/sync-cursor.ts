import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type pg from 'pg';

/**
 * What sync remembers locally: per pulled stream the server transaction id it has applied up to,
 * and for each local record its server id and version. A pull reads rows whose txid lies in
 * [cursor, horizon), where the horizon is the oldest server transaction still running: every
 * transaction below it has finished, so a row committed late is never skipped, and the next pull
 * starts at the horizon.
 */

export type Stream = 'prices' | 'reference' | 'quotes' | 'decisions' | 'reviews';

export function cursorOf(db: Database, stream: Stream): string {
  const value = db.prepare('SELECT txid FROM team_cursors WHERE stream = ?').pluck().get(stream);
  return typeof value === 'string' ? value : '0';
}

export function saveCursor(db: Database, stream: Stream, txid: string): void {
  db.prepare(
    'INSERT INTO team_cursors (stream, txid) VALUES (?, ?) ON CONFLICT (stream) DO UPDATE SET txid = excluded.txid',
  ).run(stream, txid);
}

/** The server's horizon, read inside the caller's REPEATABLE READ transaction. */
export async function horizon(client: pg.Client): Promise<string> {
  const row = (await client.query<{ upto: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS upto'))
    .rows[0];
  return row?.upto ?? '0';
}

export interface TeamRecordRow {
  kind: string;
  local_id: number;
  uid: string;
  server_version: number;
  synced_stamp: string;
  digest: string;
}

export function teamRecordByLocal(db: Database, kind: string, localId: number): TeamRecordRow | undefined {
  return db.prepare('SELECT * FROM team_records WHERE kind = ? AND local_id = ?').get(kind, localId) as
    TeamRecordRow | undefined;
}

export function teamRecordByUid(db: Database, uid: string): TeamRecordRow | undefined {
  return db.prepare('SELECT * FROM team_records WHERE uid = ?').get(uid) as TeamRecordRow | undefined;
}

/**
 * The server id of a local record, made (and kept) before its first push: a push that is killed
 * after the server committed is retried with the same id and recognised, never duplicated.
 */
export function ensureUid(db: Database, kind: string, localId: number): TeamRecordRow {
  const known = teamRecordByLocal(db, kind, localId);
  if (known) return known;
  const row: TeamRecordRow = {
    kind,
    local_id: localId,
    uid: randomUUID(),
    server_version: 0,
    synced_stamp: '',
    digest: '',
  };
  db.prepare(
    `INSERT INTO team_records (kind, local_id, uid, server_version, synced_stamp, digest)
     VALUES (@kind, @local_id, @uid, @server_version, @synced_stamp, @digest)`,
  ).run(row);
  return row;
}

export function markSynced(
  db: Database,
  kind: string,
  localId: number,
  uid: string,
  serverVersion: number,
  stamp: string,
  digest = '',
): void {
  db.prepare(
    `INSERT INTO team_records (kind, local_id, uid, server_version, synced_stamp, digest) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, local_id) DO UPDATE SET uid = excluded.uid, server_version = excluded.server_version,
       synced_stamp = excluded.synced_stamp, digest = excluded.digest`,
  ).run(kind, localId, uid, serverVersion, stamp, digest);
}
