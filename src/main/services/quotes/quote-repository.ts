import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { QuoteDetail, QuoteSummary } from '../../../shared/api/quotes';
import { approvalReasons } from '../../../shared/quotes/approval';
import { allowedActions, canRevise, isEditable, type QuoteState } from '../../../shared/quotes/lifecycle';
import { rmbCapital } from '../../../shared/rmb-capital';
import { AppError } from '../../../shared/result';
import { findCustomer } from '../customers/customer-repository';
import { standardVatMode, today } from '../prices/price-list-repository';
import { approvalRulesOf, readQuoteSettings } from './quote-settings';
import { revisionRow, parseContent, priceOrRefuse, addEvent, latestRevisionId } from './quote-store';
import { opportunityOf } from '../opportunities/opportunity-links';

/**
 * Reading quotes: one revision in full (priced, with its approval reasons and history), lookups by
 * number, the list. New quotes are made in quote-create.ts and changed in quote-edits.ts.
 */

/** Sent quotes whose validity has passed become 已过期 (recorded as an event by "system"). */
export function expireOverdue(db: Database, on = today()): void {
  const rows = db
    .prepare("SELECT id FROM quote_revisions WHERE state = 'sent' AND valid_until < ?")
    .pluck()
    .all(on) as number[];
  if (rows.length === 0) return;
  db.transaction(() => {
    for (const id of rows) {
      db.prepare("UPDATE quote_revisions SET state = 'expired' WHERE id = ?").run(id);
      addEvent(db, id, 'expire', { actor: 'system', from: 'sent', to: 'expired' });
    }
  })();
}

export function getQuote(db: Database, revisionId: number, t: TFunction): QuoteDetail {
  const row = revisionRow(db, revisionId, t);
  const content = parseContent(row, t);
  const priced = priceOrRefuse(content, t);
  const settings = readQuoteSettings(db);
  const latestId = latestRevisionId(db, row.quote_id);
  const isLatest = latestId === row.id;
  const revisions = (
    db
      .prepare('SELECT id, revision, state, total_fen FROM quote_revisions WHERE quote_id = ? ORDER BY id')
      .all(row.quote_id) as { id: number; revision: string; state: QuoteState; total_fen: number }[]
  ).map((r) => ({ revisionId: r.id, revision: r.revision, state: r.state, totalFen: r.total_fen }));
  const events = (
    db
      .prepare(
        `SELECT e.at, e.kind, e.actor, e.comment, e.from_state, e.to_state, r.revision FROM quote_events e
         JOIN quote_revisions r ON r.id = e.revision_id WHERE r.quote_id = ? ORDER BY e.id`,
      )
      .all(row.quote_id) as {
      at: string;
      kind: string;
      actor: string;
      comment: string;
      from_state: QuoteState | null;
      to_state: QuoteState | null;
      revision: string;
    }[]
  ).map((e) => ({
    at: e.at,
    kind: e.kind,
    actor: e.actor,
    comment: e.comment,
    fromState: e.from_state,
    toState: e.to_state,
    revision: e.revision,
  }));
  const editable = isLatest && isEditable(row.state);
  return {
    opportunity: opportunityOf(db, 'quotes', row.quote_id),
    quoteId: row.quote_id,
    revisionId: row.id,
    number: row.number,
    revision: row.revision,
    state: row.state,
    isLatest,
    editable,
    canRevise: isLatest && canRevise(row.state),
    allowedActions: isLatest ? allowedActions(row.state) : [],
    customer: row.customer_id === null ? null : findCustomer(db, row.customer_id),
    content,
    priceListVatMode: standardVatMode(db),
    priced,
    totalCapital: rmbCapital(priced.totalFen),
    approvalReasons: approvalReasons(content, priced, approvalRulesOf(settings)),
    approval:
      row.approved_by === null || row.approved_at === null
        ? null
        : { by: row.approved_by, at: row.approved_at, comment: row.approval_comment ?? '' },
    preparedBy: row.prepared_by,
    issueDate: row.issue_date,
    revisions,
    events,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** "BJ-2026-0001" → its latest revision; "BJ-2026-0001-B" → revision B. */
export function findRevisionByNumber(db: Database, text: string, t: TFunction): number {
  const exact = db.prepare('SELECT id FROM quotes WHERE number = ?').pluck().get(text) as number | undefined;
  if (exact !== undefined) return latestRevisionId(db, exact);
  const match = /^(.*)-([A-Z]+)$/.exec(text);
  if (match) {
    const id = db
      .prepare(
        'SELECT r.id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id WHERE q.number = ? AND r.revision = ?',
      )
      .pluck()
      .get(match[1], match[2]) as number | undefined;
    if (id !== undefined) return id;
  }
  throw new AppError('NOT_FOUND', t('err.quotes.numberNotFound', { number: text }));
}

export function listQuotes(db: Database, query: string, state: QuoteState | null): QuoteSummary[] {
  expireOverdue(db);
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `SELECT q.id AS quote_id, r.id AS revision_id, q.number, r.revision, r.title, coalesce(c.name, '') AS customer_name,
         r.state, r.total_fen, r.valid_until, r.updated_at
       FROM quotes q
       JOIN quote_revisions r ON r.id = (SELECT id FROM quote_revisions WHERE quote_id = q.id
                                        ORDER BY length(revision) DESC, revision DESC LIMIT 1)
       LEFT JOIN customers c ON c.id = q.customer_id
       WHERE (? IS NULL OR r.state = ?)
         AND (? = '' OR q.number LIKE ? ESCAPE '\\' OR r.title LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')
       ORDER BY q.created_at DESC, q.id DESC`,
    )
    .all(state, state, query, like, like, like) as {
    quote_id: number;
    revision_id: number;
    number: string;
    revision: string;
    title: string;
    customer_name: string;
    state: QuoteState;
    total_fen: number;
    valid_until: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    quoteId: r.quote_id,
    revisionId: r.revision_id,
    number: r.number,
    revision: r.revision,
    title: r.title,
    customerName: r.customer_name,
    state: r.state,
    totalFen: r.total_fen,
    validUntil: r.valid_until,
    updatedAt: r.updated_at,
  }));
}
