import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { TeamDealSummary } from '../../../shared/api/team';
import { documentFactsByOpportunity } from '../../services/opportunities/opportunity-documents';
import { readOpportunitySettings } from '../../services/opportunities/opportunity-settings';
import { parseClosing, type OpportunityRow } from '../../services/opportunities/opportunity-store';
import { compute } from '../../services/opportunities/opportunity-view';
import { pipelineDeals } from '../../services/funnel/funnel-deals';
import { hashOf } from './quote-records';
import type { RecordWrite } from './sync-cursor';

/**
 * A rep's deal work as the team server holds it (presales.records): each opportunity with a
 * summary of where it stands and why (stage, probability, what the next gate still misses, its
 * documents) for the manager's team view, and the record itself; each proposal and demo script
 * with its content. Demo data is not team work and never leaves the machine.
 *
 * Finding what changed must stay cheap at thousands of deals: a fingerprint of what the funnel
 * already reads in one pass (the row, probability, missing count, timeline, document states) is
 * compared with the one last pushed, and only deals whose fingerprint moved are described in full.
 */

export const OPPORTUNITY_KIND = 'opportunity';
export const PROPOSAL_KIND = 'proposal';
export const DEMO_SCRIPT_KIND = 'demo_script';
export type DealKind = typeof OPPORTUNITY_KIND | typeof PROPOSAL_KIND | typeof DEMO_SCRIPT_KIND;

/** The opportunity's own columns, as "keep theirs" writes them back. */
export interface OpportunityColumns {
  name: string;
  owner: string;
  stage: number;
  status: OpportunityRow['status'];
  archived: number;
  amount_fen: number | null;
  expected_close: string;
  record_json: string;
  closing_json: string | null;
  updated_at: string;
}

export interface OpportunityRecordData {
  deal: TeamDealSummary;
  columns: OpportunityColumns;
}

export interface ProposalRecordData {
  title: string;
  opportunityUid: string | null;
  customerName: string;
  content_json: string;
  updated_at: string;
}

export interface DemoScriptRecordData {
  title: string;
  opportunityUid: string | null;
  customerName: string;
  input_json: string;
  generated_json: string;
  script_json: string;
  updated_at: string;
}

/** A local record that changed since its last push: what to write, and the stamp to note after. */
export interface ChangedRecord {
  kind: DealKind;
  localId: number;
  stamp: string;
  build(uidOf: (kind: DealKind, localId: number) => string, t: TFunction): RecordWrite;
}

/** The synced stamps of one kind, by local id. */
function syncedStamps(db: Database, kind: DealKind): Map<number, string> {
  const rows = db
    .prepare('SELECT local_id, synced_stamp FROM team_records WHERE kind = ? AND server_version > 0')
    .raw()
    .all(kind) as [number, string][];
  return new Map(rows);
}

/** Opportunities (not demo data) whose fingerprint moved since the last push. */
export function changedOpportunities(db: Database): ChangedRecord[] {
  const settings = readOpportunitySettings(db);
  const synced = syncedStamps(db, OPPORTUNITY_KIND);
  const documents = documentFactsByOpportunity(db);
  const demo = new Set(db.prepare('SELECT id FROM opportunities WHERE is_demo = 1').pluck().all() as number[]);
  // Archived deals leave the funnel's read; the last push said so (see below) and they stay as pushed.
  const changed: ChangedRecord[] = [];
  for (const deal of pipelineDeals(db, settings)) {
    const id = deal.row.id;
    if (demo.has(id)) continue;
    const stamp = hashOf([
      deal.row.updated_at,
      deal.probability,
      deal.missingCount,
      deal.lastAt,
      deal.reached,
      deal.stageSince,
      documents.get(id) ?? null,
    ]).slice(0, 32);
    if (synced.get(id) === stamp) continue;
    changed.push({ kind: OPPORTUNITY_KIND, localId: id, stamp, build: (_uidOf, t) => opportunityWrite(db, id, t) });
  }
  // An archived deal is pushed once more, marked archived, so the manager's view drops it.
  const archived = db
    .prepare(
      `SELECT o.id FROM opportunities o JOIN team_records s ON s.kind = '${OPPORTUNITY_KIND}' AND s.local_id = o.id
       WHERE o.archived = 1 AND o.is_demo = 0 AND s.synced_stamp <> 'archived'`,
    )
    .pluck()
    .all() as number[];
  for (const id of archived) {
    changed.push({
      kind: OPPORTUNITY_KIND,
      localId: id,
      stamp: 'archived',
      build: (_uidOf, t) => opportunityWrite(db, id, t),
    });
  }
  return changed;
}

function opportunityWrite(db: Database, id: number, t: TFunction): RecordWrite {
  const row = db
    .prepare(
      'SELECT o.*, c.name AS customer_name FROM opportunities o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?',
    )
    .get(id) as OpportunityRow & { customer_name: string };
  const settings = readOpportunitySettings(db);
  const c = compute(db, row, settings, t);
  const entered = `entered_${Math.min(Math.max(Math.trunc(row.stage), 1), 8)}`;
  const activity = db
    .prepare(`SELECT last_at, reached, ${entered} AS since FROM opportunity_activity WHERE opportunity_id = ?`)
    .get(id) as { last_at: string | null; reached: number | null; since: string | null } | undefined;
  const closing = parseClosing(row);
  const lastAt = activity?.last_at ?? null;
  const deal: TeamDealSummary = {
    name: row.name,
    customerName: row.customer_name,
    owner: row.owner,
    stage: row.stage,
    reachedStage: Math.max(row.stage, activity?.reached ?? 0),
    status: row.status,
    archived: row.archived === 1,
    amountFen: row.amount_fen,
    probability: row.status === 'open' ? c.probability.percent : row.status === 'won' ? 100 : 0,
    expectedClose: row.expected_close,
    lastActivityAt: lastAt !== null && lastAt > row.updated_at ? lastAt : row.updated_at,
    stageSince: activity?.since ?? row.created_at,
    nextStep: c.record.nextStep,
    missing: (c.nextGate?.missing ?? []).map((m) => ({ stage: m.stage, gate: m.gate, key: m.key, params: m.params })),
    closing: closing ? { outcome: closing.outcome, category: closing.category, at: closing.at } : null,
    documents: {
      quotes: c.documents.quotes.map((q) => ({
        number: q.number,
        revision: q.revision,
        state: q.state,
        totalFen: q.totalFen,
      })),
      proposals: c.documents.proposals.map((p) => p.title),
      demoScripts: c.documents.demoScripts.length,
      contracts: c.documents.contracts.map((k) => ({ number: k.number, state: k.state })),
    },
  };
  const columns: OpportunityColumns = {
    name: row.name,
    owner: row.owner,
    stage: row.stage,
    status: row.status,
    archived: row.archived,
    amount_fen: row.amount_fen,
    expected_close: row.expected_close,
    record_json: row.record_json,
    closing_json: row.closing_json,
    updated_at: row.updated_at,
  };
  const data: OpportunityRecordData = { deal, columns };
  return { state: `${row.status}:${row.stage}`, label: row.name, final: false, data, hash: hashOf(data) };
}

/** Proposals and demo scripts (not demo data) changed since their last push. */
export function changedDocuments(db: Database): ChangedRecord[] {
  const changed: ChangedRecord[] = [];
  const proposals = syncedStamps(db, PROPOSAL_KIND);
  for (const p of db.prepare('SELECT id, updated_at FROM proposals WHERE is_demo = 0 ORDER BY id').all() as {
    id: number;
    updated_at: string;
  }[]) {
    if (proposals.get(p.id) === p.updated_at) continue;
    changed.push({
      kind: PROPOSAL_KIND,
      localId: p.id,
      stamp: p.updated_at,
      build: (uidOf) => {
        const row = db
          .prepare(
            `SELECT p.title, p.opportunity_id, p.content_json, p.updated_at, coalesce(c.name, '') AS customer_name
             FROM proposals p LEFT JOIN customers c ON c.id = p.customer_id WHERE p.id = ?`,
          )
          .get(p.id) as {
          title: string;
          opportunity_id: number | null;
          content_json: string;
          updated_at: string;
          customer_name: string;
        };
        const data: ProposalRecordData = {
          title: row.title,
          opportunityUid: row.opportunity_id === null ? null : uidOf(OPPORTUNITY_KIND, row.opportunity_id),
          customerName: row.customer_name,
          content_json: row.content_json,
          updated_at: row.updated_at,
        };
        return { state: '', label: row.title, final: false, data, hash: hashOf(data) };
      },
    });
  }
  const scripts = syncedStamps(db, DEMO_SCRIPT_KIND);
  for (const s of db.prepare('SELECT id, updated_at FROM demo_scripts WHERE is_demo = 0 ORDER BY id').all() as {
    id: number;
    updated_at: string;
  }[]) {
    if (scripts.get(s.id) === s.updated_at) continue;
    changed.push({
      kind: DEMO_SCRIPT_KIND,
      localId: s.id,
      stamp: s.updated_at,
      build: (uidOf) => {
        const row = db
          .prepare(
            `SELECT d.title, d.opportunity_id, d.input_json, d.generated_json, d.script_json, d.updated_at,
                    coalesce(c.name, '') AS customer_name
             FROM demo_scripts d LEFT JOIN customers c ON c.id = d.customer_id WHERE d.id = ?`,
          )
          .get(s.id) as Omit<DemoScriptRecordData, 'opportunityUid' | 'customerName'> & {
          opportunity_id: number | null;
          customer_name: string;
        };
        const data: DemoScriptRecordData = {
          title: row.title,
          opportunityUid: row.opportunity_id === null ? null : uidOf(OPPORTUNITY_KIND, row.opportunity_id),
          customerName: row.customer_name,
          input_json: row.input_json,
          generated_json: row.generated_json,
          script_json: row.script_json,
          updated_at: row.updated_at,
        };
        return { state: '', label: row.title, final: false, data, hash: hashOf(data) };
      },
    });
  }
  return changed;
}

/** "Keep theirs" for a deal record: the server's version replaces the local one. */
export function applyServerDeal(db: Database, kind: string, localId: number, data: unknown): void {
  if (kind === OPPORTUNITY_KIND) {
    const c = (data as OpportunityRecordData).columns;
    db.prepare(
      `UPDATE opportunities SET name = @name, owner = @owner, stage = @stage, status = @status, archived = @archived,
         amount_fen = @amount_fen, expected_close = @expected_close, record_json = @record_json,
         closing_json = @closing_json, updated_at = @updated_at WHERE id = @id`,
    ).run({ ...c, id: localId });
  } else if (kind === PROPOSAL_KIND) {
    const p = data as ProposalRecordData;
    db.prepare('UPDATE proposals SET title = ?, content_json = ?, updated_at = ? WHERE id = ?').run(
      p.title,
      p.content_json,
      p.updated_at,
      localId,
    );
  } else if (kind === DEMO_SCRIPT_KIND) {
    const d = data as DemoScriptRecordData;
    db.prepare(
      'UPDATE demo_scripts SET title = ?, input_json = ?, generated_json = ?, script_json = ?, updated_at = ? WHERE id = ?',
    ).run(d.title, d.input_json, d.generated_json, d.script_json, d.updated_at, localId);
  }
}

/** The stamp a record has after "keep theirs": what the next push compares with. */
export function stampAfterApply(db: Database, kind: string, localId: number): string | null {
  if (kind === PROPOSAL_KIND)
    return db.prepare('SELECT updated_at FROM proposals WHERE id = ?').pluck().get(localId) as string;
  if (kind === DEMO_SCRIPT_KIND) {
    return db.prepare('SELECT updated_at FROM demo_scripts WHERE id = ?').pluck().get(localId) as string;
  }
  return null; // an opportunity's fingerprint is recomputed: an empty stamp pushes it again, harmlessly
}
