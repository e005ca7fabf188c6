import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { approvalReasons, type ApprovalReason } from '../../../shared/quotes/approval';
import type { QuoteState } from '../../../shared/quotes/lifecycle';
import type { QuoteContent } from '../../../shared/quotes/quote';
import type { CustomerFields } from '../../services/customers/customer-match';
import { approvalRulesOf, readQuoteSettings } from '../../services/quotes/quote-settings';
import { parseContent, priceOrRefuse, revisionRow } from '../../services/quotes/quote-store';

/**
 * A quote revision as the team server holds it (presales.records, kind 'quote'): the stored
 * revision with its content (local ids taken out), priced figures, why it needs approval, its
 * customer and history. The server computes the approval digest from `content` and `totalFen`,
 * and checks the floor of every line itself.
 */

export const QUOTE_KIND = 'quote_revision';

export interface QuoteEventData {
  at: string;
  kind: string;
  actor: string;
  comment: string;
  from_state: string | null;
  to_state: string | null;
}

export interface QuoteRecordData {
  number: string;
  originalNumber: string | null;
  revision: string;
  state: QuoteState;
  title: string;
  totalFen: number;
  marginBp: number | null;
  needsApproval: boolean;
  reasons: ApprovalReason[];
  content: QuoteContent;
  validUntil: string;
  preparedBy: string;
  issueDate: string;
  approvedBy: string | null;
  approvedAt: string | null;
  approvalComment: string | null;
  parties: string | null;
  createdAt: string;
  updatedAt: string;
  customer: CustomerFields | null;
  events: QuoteEventData[];
}

export interface QuoteRecord {
  data: QuoteRecordData;
  label: string;
  state: QuoteState;
  /** Sent or closed: the server keeps its content forever. */
  final: boolean;
  hash: string;
  /** The local updated_at the record was read at. */
  stamp: string;
}

const FINAL_STATES: readonly QuoteState[] = ['sent', 'accepted', 'lost', 'expired'];

export function hashOf(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

export function quoteRecord(db: Database, revisionId: number, t: TFunction): QuoteRecord {
  const row = revisionRow(db, revisionId, t);
  const content = parseContent(row, t);
  const priced = priceOrRefuse(content, t);
  const reasons = approvalReasons(content, priced, approvalRulesOf(readQuoteSettings(db)));
  const quote = db.prepare('SELECT original_number FROM quotes WHERE id = ?').get(row.quote_id) as {
    original_number: string | null;
  };
  const customer =
    row.customer_id === null
      ? null
      : ((db
          .prepare(
            `SELECT name, short_name, industry, contact, phone, email, address, tax_id, notes, bank_name, bank_account,
                    representative, created_at, updated_at FROM customers WHERE id = ?`,
          )
          .get(row.customer_id) as CustomerFields | undefined) ?? null);
  const events = db
    .prepare(
      'SELECT at, kind, actor, comment, from_state, to_state FROM quote_events WHERE revision_id = ? ORDER BY id',
    )
    .all(revisionId) as QuoteEventData[];
  const data: QuoteRecordData = {
    number: row.number,
    originalNumber: quote.original_number,
    revision: row.revision,
    state: row.state,
    title: content.title,
    totalFen: priced.totalFen,
    marginBp: priced.marginBp,
    needsApproval: reasons.length > 0,
    reasons,
    // Ids of this database's rows mean nothing elsewhere: the customer travels as `customer`,
    // a line's price-list version by its label.
    content: { ...content, customerId: null, lines: content.lines.map((line) => ({ ...line, priceVersionId: null })) },
    validUntil: content.validUntil,
    preparedBy: row.prepared_by,
    issueDate: row.issue_date,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    approvalComment: row.approval_comment,
    parties: row.parties_json,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    customer,
    events,
  };
  return {
    data,
    label: `${row.number}-${row.revision}`,
    state: row.state,
    final: FINAL_STATES.includes(row.state),
    hash: hashOf(data),
    stamp: row.updated_at,
  };
}

/** The content as this database stores it: its customer and the price-list versions re-linked. */
export function localContent(db: Database, content: QuoteContent, customerId: number | null): QuoteContent {
  const versionByLabel = db.prepare('SELECT id FROM price_list_versions WHERE label = ? ORDER BY id LIMIT 1').pluck();
  return {
    ...content,
    customerId,
    lines: content.lines.map((line) =>
      line.priceVersionLabel === ''
        ? line
        : { ...line, priceVersionId: (versionByLabel.get(line.priceVersionLabel) as number | undefined) ?? null },
    ),
  };
}
