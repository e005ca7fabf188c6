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

/**
 * Reads a stream's new rows: `sql` gets the cursor as $1 and the horizon as $2 (then `params`),
 * in one read-only REPEATABLE READ transaction. The caller applies the rows, then saves `upto`.
 */
export async function readWindow<R extends pg.QueryResultRow>(
  db: Database,
  client: pg.Client,
  stream: Stream,
  sql: string,
): Promise<{ rows: R[]; upto: string }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const upto = await horizon(client);
    const rows = (await client.query<R>(sql, [cursorOf(db, stream), upto])).rows;
    await client.query('COMMIT');
    return { rows, upto };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** What a push writes of a record: its state, label, whether it is final, data and hash. */
export interface RecordWrite {
  state: string;
  label: string;
  final: boolean;
  data: unknown;
  hash: string;
}

/**
 * Writes a record to the server: a new one at version 1, or the next version of the one last in
 * step. Returns the server's version and digest, or null when the server is at another version
 * (the caller decides: the same content pushed before, or a conflict).
 */
export async function writeRecord(
  client: pg.Client,
  link: TeamRecordRow,
  kind: 'quote' | 'contract' | 'opportunity' | 'proposal' | 'demo_script',
  record: RecordWrite,
): Promise<{ version: number; digest: string } | null> {
  const params = [link.uid, record.state, record.label, record.final, record.data, record.hash];
  const written =
    link.server_version === 0
      ? await client.query<{ version: number; digest: string }>(
          `INSERT INTO presales.records (uid, kind, version, state, label, final, data, hash)
           VALUES ($1, '${kind}', 1, $2, $3, $4, $5, $6) ON CONFLICT (uid) DO NOTHING RETURNING version, digest`,
          params,
        )
      : await client.query<{ version: number; digest: string }>(
          `UPDATE presales.records SET version = version + 1, state = $2, label = $3, final = $4, data = $5, hash = $6
           WHERE uid = $1 AND version = $7 RETURNING version, digest`,
          [...params, link.server_version],
        );
  return written.rows[0] ?? null;
}
