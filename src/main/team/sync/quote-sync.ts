import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type pg from 'pg';
import { AppError } from '../../../shared/result';
import { insertCustomer, matchCustomer } from '../../services/customers/customer-match';
import { reserveNumber } from '../../services/quotes/quote-create';
import { readQuoteSettings } from '../../services/quotes/quote-settings';
import { addEvent } from '../../services/quotes/quote-store';
import { serverRefusal } from '../server/team-connection';
import { hasConflict, keepConflict } from './conflicts';
import { applyServerDeal, stampAfterApply } from './deal-records';
import { QUOTE_KIND, localContent, quoteRecord, type QuoteRecordData } from './quote-records';
import { ensureUid, markSynced, readWindow, saveCursor, teamRecordByUid, writeRecord } from './sync-cursor';

/**
 * Quotes in team mode. Push: every local revision changed since it was last in step with the
 * server goes up, as a new record or as the next version of its record; a write based on an
 * older version than the server's is a conflict, kept for the user to resolve, never an
 * overwrite. Pull: the user's own revisions written on another machine come down (new ones
 * created here, changed ones applied when unchanged here, else a conflict), and the decisions
 * on them (a manager's approval or rejection) are applied when they are about the content this
 * database last pushed.
 */

export interface SyncReport {
  pushed: number;
  pulled: number;
  conflicts: string[];
  /** Records the server refused, with its reason (e.g. a rep's revision that needs approval). */
  refused: string[];
  decisions: number;
}

export const emptyReport = (): SyncReport => ({ pushed: 0, pulled: 0, conflicts: [], refused: [], decisions: 0 });

interface ServerRecord {
  uid: string;
  version: number;
  hash: string;
  digest: string;
  label: string;
  data: QuoteRecordData;
  updated_by: string;
  updated_at: Date;
}

/** Local revisions (not demo data) changed since their last sync, or never pushed. */
function changedRevisions(db: Database): { id: number }[] {
  return db
    .prepare(
      `SELECT r.id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id
       LEFT JOIN team_records s ON s.kind = '${QUOTE_KIND}' AND s.local_id = r.id
       WHERE q.is_demo = 0 AND (s.uid IS NULL OR s.server_version = 0 OR s.synced_stamp <> r.updated_at)
       ORDER BY r.id`,
    )
    .all() as { id: number }[];
}

export function pendingQuoteChanges(db: Database): number {
  return changedRevisions(db).length;
}

export async function pushQuotes(db: Database, client: pg.Client, t: TFunction, report: SyncReport): Promise<void> {
  for (const { id } of changedRevisions(db)) {
    const record = quoteRecord(db, id, t);
    const link = db.transaction(() => ensureUid(db, QUOTE_KIND, id))();
    if (hasConflict(db, link.uid)) {
      if (!report.conflicts.includes(record.label)) report.conflicts.push(record.label);
      continue;
    }
    try {
      let done = await writeRecord(client, link, 'quote', record);
      if (!done) {
        // Not written: either this very content got there before (a sync stopped before it could
        // note so), or someone wrote a newer version: a conflict.
        const server = (
          await client.query<ServerRecord>(
            `SELECT uid, version, hash, digest, label, data, updated_by, updated_at FROM presales.records WHERE uid = $1`,
            [link.uid],
          )
        ).rows[0];
        if (server && server.hash === record.hash) done = { version: server.version, digest: server.digest };
        else if (server) {
          keepConflict(db, QUOTE_KIND, id, server);
          report.conflicts.push(record.label);
          continue;
        } else throw new Error(`record ${link.uid} is neither writable nor readable`);
      }
      markSynced(db, QUOTE_KIND, id, link.uid, done.version, record.stamp, done.digest);
      report.pushed += 1;
    } catch (error) {
      const refusal = serverRefusal(error, t);
      if (refusal.code !== 'REFUSED') throw refusal;
      report.refused.push(`${record.label}: ${refusal.message}`);
    }
  }
}

/** The user's own revisions written elsewhere since the last pull. */
export async function pullQuotes(db: Database, client: pg.Client, t: TFunction, report: SyncReport): Promise<void> {
  const { rows, upto } = await readWindow<ServerRecord>(
    db,
    client,
    'quotes',
    `SELECT uid, version, hash, digest, label, data, updated_by, updated_at FROM presales.records
     WHERE kind = 'quote' AND owner = current_user AND txid >= $1::xid8 AND txid < $2::xid8 ORDER BY txid, uid`,
  );
  for (const server of rows) db.transaction(() => applyServerRevision(db, server, t, report))();
  saveCursor(db, 'quotes', upto);
}

function applyServerRevision(db: Database, server: ServerRecord, t: TFunction, report: SyncReport): void {
  const known = teamRecordByUid(db, server.uid);
  if (known && known.server_version >= server.version) return; // our own push, or already applied
  const data = server.data;
  if (known) {
    const local = db.prepare('SELECT updated_at FROM quote_revisions WHERE id = ?').get(known.local_id) as
      { updated_at: string } | undefined;
    if (local && local.updated_at !== known.synced_stamp) {
      // Changed here too, unless it is this very content: a push the server took but a sync
      // killed before it could note so.
      const mine = quoteRecord(db, known.local_id, t);
      if (mine.hash === server.hash) {
        markSynced(db, QUOTE_KIND, known.local_id, server.uid, server.version, mine.stamp, server.digest);
        return;
      }
      keepConflict(db, QUOTE_KIND, known.local_id, server);
      report.conflicts.push(server.label);
      return;
    }
    if (local) {
      writeRevision(db, known.local_id, data, customerFor(db, data, t));
      markSynced(db, QUOTE_KIND, known.local_id, server.uid, server.version, data.updatedAt, server.digest);
      report.pulled += 1;
      return;
    }
  }
  // New here: the revision joins the local quote of the same number, or a new quote.
  const customerId = customerFor(db, data, t);
  let quoteId = db
    .prepare('SELECT id FROM quotes WHERE number = ? OR original_number = ?')
    .pluck()
    .get(data.number, data.number) as number | undefined;
  if (
    quoteId !== undefined &&
    db.prepare('SELECT 1 FROM quote_revisions WHERE quote_id = ? AND revision = ?').get(quoteId, data.revision)
  ) {
    quoteId = undefined; // the number is taken here by another quote
  }
  if (quoteId === undefined) {
    const taken = db.prepare('SELECT 1 FROM quotes WHERE number = ?').get(data.number) !== undefined;
    const number = taken
      ? reserveNumber(db, readQuoteSettings(db).numberPrefix, new Date().getFullYear())
      : data.number;
    quoteId = Number(
      db
        .prepare(
          'INSERT INTO quotes (number, customer_id, is_demo, created_at, original_number) VALUES (?, ?, 0, ?, ?)',
        )
        .run(number, customerId, data.createdAt, taken ? data.number : data.originalNumber).lastInsertRowid,
    );
  }
  const content = localContent(db, data.content, customerId);
  const revisionId = Number(
    db
      .prepare(
        `INSERT INTO quote_revisions (quote_id, revision, state, content_json, title, total_fen, valid_until,
           prepared_by, issue_date, approved_by, approved_at, approval_comment, parties_json, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        quoteId,
        data.revision,
        data.state,
        JSON.stringify(content),
        data.title,
        data.totalFen,
        data.validUntil,
        data.preparedBy,
        data.issueDate,
        data.approvedBy,
        data.approvedAt,
        data.approvalComment,
        data.parties,
        data.createdAt,
        data.updatedAt,
      ).lastInsertRowid,
  );
  replaceEvents(db, revisionId, data);
  markSynced(db, QUOTE_KIND, revisionId, server.uid, server.version, data.updatedAt, server.digest);
  report.pulled += 1;
}

function customerFor(db: Database, data: QuoteRecordData, t: TFunction): number | null {
  if (!data.customer) return null;
  const matched = matchCustomer(db, data.customer, t);
  return matched.plan.id ?? insertCustomer(db, data.customer);
}

function writeRevision(db: Database, revisionId: number, data: QuoteRecordData, customerId: number | null): void {
  const content = JSON.stringify(localContent(db, data.content, customerId));
  const current = db.prepare('SELECT content_json, quote_id FROM quote_revisions WHERE id = ?').get(revisionId) as {
    content_json: string;
    quote_id: number;
  };
  // A sent revision's content is frozen here too: only its state and dates move.
  if (current.content_json !== content) {
    db.prepare(
      'UPDATE quote_revisions SET content_json = ?, title = ?, total_fen = ?, valid_until = ? WHERE id = ?',
    ).run(content, data.title, data.totalFen, data.validUntil, revisionId);
  }
  db.prepare(
    `UPDATE quote_revisions SET state = ?, prepared_by = ?, issue_date = ?, approved_by = ?, approved_at = ?,
       approval_comment = ?, parties_json = coalesce(parties_json, ?), updated_at = ? WHERE id = ?`,
  ).run(
    data.state,
    data.preparedBy,
    data.issueDate,
    data.approvedBy,
    data.approvedAt,
    data.approvalComment,
    data.parties,
    data.updatedAt,
    revisionId,
  );
  db.prepare('UPDATE quotes SET customer_id = ? WHERE id = ?').run(customerId, current.quote_id);
  replaceEvents(db, revisionId, data);
}

function replaceEvents(db: Database, revisionId: number, data: QuoteRecordData): void {
  db.prepare('DELETE FROM quote_events WHERE revision_id = ?').run(revisionId);
  const insert = db.prepare(
    `INSERT INTO quote_events (revision_id, at, kind, actor, comment, from_state, to_state)
     VALUES (@revisionId, @at, @kind, @actor, @comment, @from_state, @to_state)`,
  );
  for (const e of data.events) insert.run({ ...e, revisionId });
}

interface Decision {
  record_uid: string;
  digest: string;
  decision: 'approved' | 'rejected';
  comment: string;
  decided_by: string;
  display_name: string | null;
  decided_at: Date;
}

/**
 * Managers' decisions on this user's quotes. An approval applies only when it is about the
 * content pushed last and nothing changed here since; otherwise it is void (the content it
 * approved is gone) and the quote stays pending.
 */
export async function pullDecisions(db: Database, client: pg.Client, report: SyncReport): Promise<void> {
  const { rows, upto } = await readWindow<Decision>(
    db,
    client,
    'decisions',
    `SELECT a.record_uid, a.digest, a.decision, a.comment, a.decided_by, m.display_name, a.decided_at
     FROM presales.approvals a JOIN presales.records r ON r.uid = a.record_uid
     LEFT JOIN presales.members m ON m.name = a.decided_by
     WHERE r.owner = current_user AND a.txid >= $1::xid8 AND a.txid < $2::xid8 ORDER BY a.id`,
  );
  for (const decision of rows) {
    if (db.transaction(() => applyDecision(db, decision))()) report.decisions += 1;
  }
  saveCursor(db, 'decisions', upto);
}

function applyDecision(db: Database, d: Decision): boolean {
  const link = teamRecordByUid(db, d.record_uid);
  if (!link || link.kind !== QUOTE_KIND) return false;
  const row = db.prepare('SELECT state, updated_at FROM quote_revisions WHERE id = ?').get(link.local_id) as
    { state: string; updated_at: string } | undefined;
  if (!row || row.state !== 'pending' || link.digest !== d.digest || row.updated_at !== link.synced_stamp) return false;
  const at = d.decided_at.toISOString();
  const actor = d.display_name || d.decided_by;
  const kind = d.decision === 'approved' ? 'approve' : 'reject';
  const seen = db
    .prepare('SELECT 1 FROM quote_events WHERE revision_id = ? AND kind = ? AND at = ? AND actor = ?')
    .get(link.local_id, kind, at, actor);
  if (seen) return false;
  if (d.decision === 'approved') {
    db.prepare(
      `UPDATE quote_revisions SET state = 'approved', approved_by = ?, approved_at = ?, approval_comment = ?,
         updated_at = ? WHERE id = ?`,
    ).run(actor, at, d.comment, new Date().toISOString(), link.local_id);
    addEvent(db, link.local_id, 'approve', { actor, comment: d.comment, from: 'pending', to: 'approved', at });
  } else {
    addEvent(db, link.local_id, 'reject', { actor, comment: d.comment, from: 'pending', to: 'pending', at });
    // The rejection is part of the history the server keeps too: push it with the next sync.
    db.prepare('UPDATE quote_revisions SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), link.local_id);
  }
  return true;
}

/**
 * Ends a conflict the way the user chose: keep this machine's version (it becomes the next
 * version on the server with the next sync) or take the server's (it replaces the local one).
 */
export function resolveConflict(db: Database, uid: string, keep: 'mine' | 'theirs', t: TFunction): void {
  const conflict = db.prepare('SELECT * FROM team_conflicts WHERE uid = ?').get(uid) as
    { kind: string; local_id: number; server_version: number; server_data: string; label: string } | undefined;
  if (!conflict) throw new AppError('NOT_FOUND', t('team.err.noConflict', { uid }));
  db.transaction(() => {
    const link = teamRecordByUid(db, uid);
    if (keep === 'theirs' && conflict.kind !== QUOTE_KIND) {
      // An opportunity, proposal or demo script: the server's version replaces this one.
      applyServerDeal(db, conflict.kind, conflict.local_id, JSON.parse(conflict.server_data));
      const stamp = stampAfterApply(db, conflict.kind, conflict.local_id) ?? '';
      markSynced(db, conflict.kind, conflict.local_id, uid, conflict.server_version, stamp);
    } else if (keep === 'theirs') {
      const data = JSON.parse(conflict.server_data) as QuoteRecordData;
      writeRevision(db, conflict.local_id, data, customerFor(db, data, t));
      markSynced(db, QUOTE_KIND, conflict.local_id, uid, conflict.server_version, data.updatedAt, link?.digest ?? '');
    } else {
      db.prepare('UPDATE team_records SET server_version = ? WHERE uid = ?').run(conflict.server_version, uid);
    }
    db.prepare('DELETE FROM team_conflicts WHERE uid = ?').run(uid);
  })();
}
