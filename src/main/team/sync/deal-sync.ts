import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type pg from 'pg';
import { serverRefusal } from '../server/team-connection';
import { hasConflict, keepConflict, type ConflictingRecord } from './conflicts';
import { changedDocuments, changedOpportunities, type ChangedRecord, type DealKind } from './deal-records';
import type { SyncReport } from './quote-sync';
import { ensureUid, markSynced, writeRecord } from './sync-cursor';

/**
 * Pushes a rep's deal work: opportunities first (so a proposal or demo script can name its
 * deal's server id), then proposals and demo scripts. Like quotes, a write based on an older
 * server version than the one there is a conflict kept for the user, never an overwrite; the
 * same content found on the server (a push a killed sync could not note) is simply noted.
 */

type ServerRow = ConflictingRecord & { hash: string };

export function pendingDealChanges(db: Database): number {
  return changedOpportunities(db).length + changedDocuments(db).length;
}

export async function pushDeals(db: Database, client: pg.Client, t: TFunction, report: SyncReport): Promise<void> {
  await pushChanged(db, client, t, report, changedOpportunities(db));
  await pushChanged(db, client, t, report, changedDocuments(db));
}

async function pushChanged(
  db: Database,
  client: pg.Client,
  t: TFunction,
  report: SyncReport,
  changed: readonly ChangedRecord[],
): Promise<void> {
  const uidOf = (kind: DealKind, localId: number) => db.transaction(() => ensureUid(db, kind, localId))().uid;
  for (const item of changed) {
    const record = item.build(uidOf, t);
    const link = db.transaction(() => ensureUid(db, item.kind, item.localId))();
    if (hasConflict(db, link.uid)) {
      if (!report.conflicts.includes(record.label)) report.conflicts.push(record.label);
      continue;
    }
    try {
      let version = (await writeRecord(client, link, item.kind, record))?.version;
      if (version === undefined) {
        const server = (
          await client.query<ServerRow>(
            'SELECT uid, version, hash, label, data, updated_by, updated_at FROM presales.records WHERE uid = $1',
            [link.uid],
          )
        ).rows[0];
        if (!server) throw new Error(`record ${link.uid} is neither writable nor readable`);
        if (server.hash !== record.hash) {
          keepConflict(db, item.kind, item.localId, server);
          report.conflicts.push(record.label);
          continue;
        }
        version = server.version;
      }
      markSynced(db, item.kind, item.localId, link.uid, version, item.stamp);
      report.pushed += 1;
    } catch (error) {
      const refusal = serverRefusal(error, t);
      if (refusal.code !== 'REFUSED') throw refusal;
      report.refused.push(`${record.label}: ${refusal.message}`);
    }
  }
}
