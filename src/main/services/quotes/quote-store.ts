import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { QuoteContentSchema } from '../../../shared/api/quotes';
import type { QuoteState } from '../../../shared/quotes/lifecycle';
import { priceQuote, PricingError } from '../../../shared/quotes/pricing';
import { toPricingInput, type QuoteContent } from '../../../shared/quotes/quote';
import { AppError } from '../../../shared/result';
import { findCustomer } from '../customers/customer-repository';

/**
 * How quote revisions are stored: the row, its validated and priced content, events, and the
 * latest revision of a quote. Every write runs in one transaction and validates and prices the
 * content first, so a stored revision always prices.
 */

export interface RevisionRow {
  id: number;
  quote_id: number;
  number: string;
  customer_id: number | null;
  revision: string;
  state: QuoteState;
  content_json: string;
  prepared_by: string;
  issue_date: string;
  approved_by: string | null;
  approved_at: string | null;
  approval_comment: string | null;
  parties_json: string | null;
  created_at: string;
  updated_at: string;
}

export const REVISION_SELECT = `SELECT r.*, q.number, q.customer_id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id`;

export function revisionRow(db: Database, revisionId: number, t: TFunction): RevisionRow {
  const row = db.prepare(`${REVISION_SELECT} WHERE r.id = ?`).get(revisionId) as RevisionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.quotes.notFound', { id: revisionId }));
  return row;
}

/** The stored content, validated: a damaged value is reported with the quote and the field. */
export function parseContent(
  row: Pick<RevisionRow, 'content_json' | 'number' | 'revision'>,
  t: TFunction,
): QuoteContent {
  let raw: unknown;
  try {
    raw = JSON.parse(row.content_json);
  } catch {
    throw new AppError('INTERNAL', t('err.quotes.corrupt', { number: `${row.number}-${row.revision}`, field: '—' }));
  }
  const parsed = QuoteContentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'INTERNAL',
      t('err.quotes.corrupt', { number: `${row.number}-${row.revision}`, field: issue?.path.join('.') ?? '—' }),
    );
  }
  return parsed.data;
}

/** Prices content, turning engine errors into a field error the form can show. */
export function priceOrRefuse(content: QuoteContent, t: TFunction) {
  try {
    return priceQuote(toPricingInput(content));
  } catch (error) {
    if (error instanceof PricingError) {
      throw new AppError('INVALID_INPUT', t('err.invalidInput'), { [error.field]: error.message });
    }
    throw error;
  }
}

export function addEvent(
  db: Database,
  revisionId: number,
  kind: string,
  options: { actor?: string; comment?: string; from?: QuoteState | null; to?: QuoteState | null; at?: string } = {},
): void {
  db.prepare(
    'INSERT INTO quote_events (revision_id, at, kind, actor, comment, from_state, to_state) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    revisionId,
    options.at ?? new Date().toISOString(),
    kind,
    options.actor ?? '',
    options.comment ?? '',
    options.from ?? null,
    options.to ?? null,
  );
}

export function latestRevisionId(db: Database, quoteId: number): number {
  return db
    .prepare('SELECT id FROM quote_revisions WHERE quote_id = ? ORDER BY length(revision) DESC, revision DESC LIMIT 1')
    .pluck()
    .get(quoteId) as number;
}

/** Content and frozen parties of a revision, for diffs and documents. */
export function revisionSource(db: Database, revisionId: number, t: TFunction) {
  const row = revisionRow(db, revisionId, t);
  return { row, content: parseContent(row, t) };
}

/** A quote's customer must exist (a deleted one cannot be quoted). */
export function requireCustomer(db: Database, customerId: number | null, t: TFunction): void {
  if (customerId !== null && !findCustomer(db, customerId)) {
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      customerId: t('err.customers.notFound', { id: customerId }),
    });
  }
}
