import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type pg from 'pg';
import { actOnContract } from '../../services/contracts/contract-edits';
import { serverRefusal } from '../server/team-connection';
import { hashOf } from './quote-records';
import type { SyncReport } from './quote-sync';
import {
  ensureUid,
  markSynced,
  readWindow,
  saveCursor,
  teamRecordByLocal,
  teamRecordByUid,
  writeRecord,
} from './sync-cursor';

/**
 * Contracts in team mode, for legal's review across machines. Every local contract revision
 * changed since its last sync goes up (presales.records, kind 'contract'), with its clauses and
 * the frozen deal; legal sees the revisions 法务审核中 and approves or returns one on the server,
 * bound to the digest of its content; the rep's next sync applies the decision here — approved,
 * or returned as a new draft revision — when it is about the revision pushed last and nothing
 * changed here since. The server refuses 已审核 / 已签署 without legal's review of the content.
 */

export const CONTRACT_KIND = 'contract_revision';

interface LocalRevision {
  id: number;
  contract_id: number;
  number: string;
  revision: number;
  state: string;
  content_json: string;
  deal_json: string;
  lang: string;
  template_name: string;
  customer_name: string | null;
  created_at: string;
  updated_at: string;
}

function changedRevisions(db: Database): LocalRevision[] {
  return db
    .prepare(
      `SELECT r.id, r.contract_id, c.number, r.revision, r.state, r.content_json, c.deal_json, c.lang,
              t.name AS template_name, cu.name AS customer_name, r.created_at, r.updated_at
       FROM contract_revisions r JOIN contracts c ON c.id = r.contract_id
       JOIN contract_templates t ON t.id = c.template_id
       LEFT JOIN quotes q ON q.id = c.quote_id LEFT JOIN customers cu ON cu.id = q.customer_id
       LEFT JOIN team_records s ON s.kind = '${CONTRACT_KIND}' AND s.local_id = r.id
       WHERE c.is_demo = 0 AND (s.uid IS NULL OR s.server_version = 0 OR s.synced_stamp <> r.updated_at)
       ORDER BY r.id`,
    )
    .all() as LocalRevision[];
}

export function pendingContractChanges(db: Database): number {
  return changedRevisions(db).length;
}

function recordOf(row: LocalRevision) {
  const data = {
    number: row.number,
    revision: row.revision,
    state: row.state,
    lang: row.lang,
    template: row.template_name,
    customerName: row.customer_name ?? '',
    content: JSON.parse(row.content_json) as unknown,
    deal: JSON.parse(row.deal_json) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  return { data, hash: hashOf(data), label: `${row.number} v${row.revision}` };
}

export async function pushContracts(db: Database, client: pg.Client, t: TFunction, report: SyncReport): Promise<void> {
  for (const row of changedRevisions(db)) {
    const record = recordOf(row);
    const link = db.transaction(() => ensureUid(db, CONTRACT_KIND, row.id))();
    try {
      let done = await writeRecord(client, link, 'contract', {
        state: row.state,
        label: record.label,
        final: row.state === 'signed',
        data: record.data,
        hash: record.hash,
      });
      if (!done) {
        const server = (
          await client.query<{ version: number; hash: string; digest: string }>(
            'SELECT version, hash, digest FROM presales.records WHERE uid = $1',
            [link.uid],
          )
        ).rows[0];
        if (!server || server.hash !== record.hash) {
          report.conflicts.push(record.label);
          continue;
        }
        done = server;
      }
      markSynced(db, CONTRACT_KIND, row.id, link.uid, done.version, row.updated_at, done.digest);
      report.pushed += 1;
    } catch (error) {
      const refusal = serverRefusal(error, t);
      if (refusal.code !== 'REFUSED') throw refusal;
      report.refused.push(`${record.label}: ${refusal.message}`);
    }
  }
}

interface Review {
  record_uid: string;
  digest: string;
  decision: 'approved' | 'returned';
  comment: string;
  decided_by: string;
  display_name: string | null;
  decided_at: Date;
}

/** Legal's decisions on this user's contracts since the last pull. */
export async function pullReviews(db: Database, client: pg.Client, t: TFunction, report: SyncReport): Promise<void> {
  const { rows, upto } = await readWindow<Review>(
    db,
    client,
    'reviews',
    `SELECT v.record_uid, v.digest, v.decision, v.comment, v.decided_by, m.display_name, v.decided_at
     FROM presales.reviews v JOIN presales.records r ON r.uid = v.record_uid
     LEFT JOIN presales.members m ON m.name = v.decided_by
     WHERE r.owner = current_user AND v.txid >= $1::xid8 AND v.txid < $2::xid8 ORDER BY v.id`,
  );
  for (const review of rows) if (applyReview(db, review, t)) report.decisions += 1;
  saveCursor(db, 'reviews', upto);
}

function applyReview(db: Database, review: Review, t: TFunction): boolean {
  const link = teamRecordByUid(db, review.record_uid);
  if (!link || link.kind !== CONTRACT_KIND) return false;
  const row = db
    .prepare('SELECT contract_id, revision, state, updated_at FROM contract_revisions WHERE id = ?')
    .get(link.local_id) as { contract_id: number; revision: number; state: string; updated_at: string } | undefined;
  if (!row || row.state !== 'review' || link.digest !== review.digest || row.updated_at !== link.synced_stamp) {
    return false;
  }
  // Only the newest revision moves; a decision on an older one has been overtaken.
  const newest = db
    .prepare('SELECT max(revision) FROM contract_revisions WHERE contract_id = ?')
    .pluck()
    .get(row.contract_id) as number;
  if (newest !== row.revision) return false;
  actOnContract(
    db,
    row.contract_id,
    review.decision === 'approved' ? 'approve' : 'return',
    review.display_name || review.decided_by,
    review.comment,
    t,
    review.decided_at,
  );
  return true;
}

/** The server id of a local contract's newest revision, if it was pushed. */
export function contractSyncUid(db: Database, contractId: number): string | undefined {
  const id = db
    .prepare('SELECT id FROM contract_revisions WHERE contract_id = ? ORDER BY revision DESC LIMIT 1')
    .pluck()
    .get(contractId) as number | undefined;
  return id === undefined ? undefined : teamRecordByLocal(db, CONTRACT_KIND, id)?.uid;
}
