import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import {
  ClosingSchema,
  OpportunityRecordSchema,
  type OpportunityRecord,
  type OpportunityStatus,
} from '../../../shared/api/opportunities';
import { AppError } from '../../../shared/result';

/** Opportunity rows: reading one, its record (validated), and appending to its timeline. */

export interface OpportunityRow {
  id: number;
  customer_id: number;
  name: string;
  owner: string;
  stage: number;
  status: OpportunityStatus;
  archived: number;
  amount_fen: number | null;
  expected_close: string;
  record_json: string;
  closing_json: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export function opportunityRow(db: Database, id: number, t: TFunction): OpportunityRow {
  const row = db.prepare('SELECT * FROM opportunities WHERE id = ?').get(id) as OpportunityRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.opportunities.notFound', { id }));
  return row;
}

/**
 * The record as edited; the columns lists filter on (name, owner, amount, close date) are the
 * truth for those fields, so a record written by the migration ('{}') reads complete.
 */
export function parseRecord(row: OpportunityRow, t: TFunction): OpportunityRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(row.record_json);
  } catch {
    throw new AppError('INTERNAL', t('err.opportunities.corrupt', { name: row.name }));
  }
  const parsed = OpportunityRecordSchema.safeParse({
    ...(typeof raw === 'object' && raw !== null ? raw : {}),
    name: row.name,
    owner: row.owner,
    amountFen: row.amount_fen,
    expectedClose: row.expected_close,
  });
  if (!parsed.success) throw new AppError('INTERNAL', t('err.opportunities.corrupt', { name: row.name }));
  return parsed.data;
}

export function parseClosing(row: Pick<OpportunityRow, 'closing_json'>) {
  if (row.closing_json === null) return null;
  const parsed = ClosingSchema.safeParse(JSON.parse(row.closing_json));
  return parsed.success ? parsed.data : null;
}

/** Writes the record and the columns that mirror it. */
export function writeRecord(db: Database, id: number, record: OpportunityRecord, now: string): void {
  db.prepare(
    `UPDATE opportunities SET name = ?, owner = ?, amount_fen = ?, expected_close = ?, record_json = ?,
       is_demo = 0, updated_at = ? WHERE id = ?`,
  ).run(record.name, record.owner, record.amountFen, record.expectedClose, JSON.stringify(record), now, id);
}

export interface EventInput {
  kind: string;
  actor?: string;
  from?: number | null;
  to?: number | null;
  text?: string;
  data?: Record<string, unknown>;
  at?: string;
}

export function addOpportunityEvent(db: Database, opportunityId: number, event: EventInput): void {
  db.prepare(
    `INSERT INTO opportunity_events (opportunity_id, at, kind, actor, from_stage, to_stage, text, data_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    opportunityId,
    event.at ?? new Date().toISOString(),
    event.kind,
    event.actor ?? '',
    event.from ?? null,
    event.to ?? null,
    event.text ?? '',
    JSON.stringify(event.data ?? {}),
  );
}

export function touch(db: Database, id: number, now: string): void {
  db.prepare('UPDATE opportunities SET updated_at = ? WHERE id = ?').run(now, id);
}
