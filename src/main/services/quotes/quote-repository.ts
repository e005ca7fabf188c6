import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { QuoteContentSchema, type QuoteDetail, type QuoteSummary } from '../../../shared/contract/quotes';
import { approvalReasons } from '../../../shared/quotes/approval';
import {
  allowedActions,
  canRevise,
  formatQuoteNumber,
  isEditable,
  nextRevision,
  nextState,
  stateAfterEdit,
  type QuoteAction,
  type QuoteState,
} from '../../../shared/quotes/lifecycle';
import { priceQuote, PricingError } from '../../../shared/quotes/pricing';
import { toPricingInput, type QuoteContent } from '../../../shared/quotes/quote';
import { rmbCapital } from '../../../shared/rmb-capital';
import { AppError } from '../../../shared/result';
import { findCustomer } from '../customers/customer-repository';
import { standardPriceListId, today } from '../prices/price-list-repository';
import { approvalRulesOf, readQuoteSettings } from './quote-settings';

/**
 * Quotes and their revisions in SQLite. Every write goes through here and runs in one
 * transaction: the content is validated and priced first, so a stored revision always prices.
 */

interface RevisionRow {
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

const REVISION_SELECT = `SELECT r.*, q.number, q.customer_id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id`;

function revisionRow(db: Database, revisionId: number, t: TFunction): RevisionRow {
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

function addEvent(
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

function latestRevisionId(db: Database, quoteId: number): number {
  return db
    .prepare('SELECT id FROM quote_revisions WHERE quote_id = ? ORDER BY length(revision) DESC, revision DESC LIMIT 1')
    .pluck()
    .get(quoteId) as number;
}

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
    priceListVatMode:
      db.prepare('SELECT vat_mode FROM price_lists WHERE id = ?').pluck().get(standardPriceListId(db)) === 'exclusive'
        ? 'exclusive'
        : 'inclusive',
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

/** The next free number for the configured prefix in `year`, reserved in the same transaction. */
function reserveNumber(db: Database, prefix: string, year: number): string {
  for (;;) {
    db.prepare(
      `INSERT INTO quote_sequences (prefix, year, last) VALUES (?, ?, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1`,
    ).run(prefix, year);
    const last = db.prepare('SELECT last FROM quote_sequences WHERE prefix = ? AND year = ?').pluck().get(prefix, year);
    const number = formatQuoteNumber(prefix, year, last as number);
    // A number typed or imported earlier may already exist: skip it, numbers stay unique.
    if (db.prepare('SELECT 1 FROM quotes WHERE number = ?').get(number) === undefined) return number;
  }
}

function addDays(isoDate: string, days: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** A new quote's content: one section, the default milestones and validity. */
export function blankContent(
  db: Database,
  options: { customerId: number | null; title: string; vatMode: 'inclusive' | 'exclusive'; sectionTitle: string },
  now = new Date(),
): QuoteContent {
  const settings = readQuoteSettings(db);
  return {
    title: options.title,
    customerId: options.customerId,
    vatMode: options.vatMode,
    validUntil: addDays(today(now), settings.validityDays),
    sections: [{ id: 's1', title: options.sectionTitle }],
    lines: [],
    discount: { kind: 'none' },
    milestones: settings.defaultMilestones.map((m, i) => ({ id: `m${i + 1}`, label: m.label, percentBp: m.percentBp })),
    terms: '',
    notes: '',
  };
}

function requireCustomer(db: Database, customerId: number | null, t: TFunction): void {
  if (customerId !== null && !findCustomer(db, customerId)) {
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      customerId: t('err.customers.notFound', { id: customerId }),
    });
  }
}

/** Creates a quote (revision A) with `content`; state follows the approval rules. */
export function createQuote(
  db: Database,
  content: QuoteContent,
  t: TFunction,
  options: { isDemo?: boolean; now?: Date } = {},
): QuoteDetail {
  const now = options.now ?? new Date();
  const id = db.transaction(() => {
    requireCustomer(db, content.customerId, t);
    const priced = priceOrRefuse(content, t);
    const settings = readQuoteSettings(db);
    const state = stateAfterEdit(approvalReasons(content, priced, approvalRulesOf(settings)).length > 0);
    const iso = now.toISOString();
    const number = reserveNumber(db, settings.numberPrefix, now.getFullYear());
    const quoteId = Number(
      db
        .prepare('INSERT INTO quotes (number, customer_id, is_demo, created_at) VALUES (?, ?, ?, ?)')
        .run(number, content.customerId, options.isDemo ? 1 : 0, iso).lastInsertRowid,
    );
    const revisionId = Number(
      db
        .prepare(
          `INSERT INTO quote_revisions (quote_id, revision, state, content_json, title, total_fen, valid_until,
             prepared_by, issue_date, created_at, updated_at) VALUES (?, 'A', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          quoteId,
          state,
          JSON.stringify(content),
          content.title,
          priced.totalFen,
          content.validUntil,
          settings.preparedBy,
          today(now),
          iso,
          iso,
        ).lastInsertRowid,
    );
    addEvent(db, revisionId, 'create', { to: state, at: iso, actor: settings.preparedBy });
    return revisionId;
  })();
  return getQuote(db, id, t);
}

function requireLatest(db: Database, row: RevisionRow, t: TFunction): void {
  if (latestRevisionId(db, row.quote_id) !== row.id) {
    throw new AppError('REFUSED', t('err.quotes.notLatest', { number: row.number, revision: row.revision }));
  }
}

/** Replaces the content of an editable revision. Editing an approved quote withdraws the approval. */
export function saveQuote(db: Database, revisionId: number, content: QuoteContent, t: TFunction): QuoteDetail {
  db.transaction(() => {
    const row = revisionRow(db, revisionId, t);
    requireLatest(db, row, t);
    if (!isEditable(row.state)) {
      throw new AppError('REFUSED', t('err.quotes.locked', { number: `${row.number}-${row.revision}` }));
    }
    requireCustomer(db, content.customerId, t);
    const priced = priceOrRefuse(content, t);
    const reasons = approvalReasons(content, priced, approvalRulesOf(readQuoteSettings(db)));
    const same = row.content_json === JSON.stringify(content);
    const state = same ? row.state : stateAfterEdit(reasons.length > 0);
    const iso = new Date().toISOString();
    db.prepare(
      `UPDATE quote_revisions SET content_json = ?, title = ?, total_fen = ?, valid_until = ?, state = ?,
         approved_by = CASE WHEN ? THEN approved_by END, approved_at = CASE WHEN ? THEN approved_at END,
         approval_comment = CASE WHEN ? THEN approval_comment END, updated_at = ? WHERE id = ?`,
    ).run(
      JSON.stringify(content),
      content.title,
      priced.totalFen,
      content.validUntil,
      state,
      same ? 1 : 0,
      same ? 1 : 0,
      same ? 1 : 0,
      iso,
      revisionId,
    );
    db.prepare('UPDATE quotes SET customer_id = ? WHERE id = ?').run(content.customerId, row.quote_id);
    if (state !== row.state) {
      addEvent(db, revisionId, row.state === 'approved' ? 'approvalWithdrawn' : 'edit', {
        from: row.state,
        to: state,
        at: iso,
      });
    }
  })();
  return getQuote(db, revisionId, t);
}

export function approveQuote(db: Database, revisionId: number, by: string, comment: string, t: TFunction): QuoteDetail {
  db.transaction(() => {
    const row = revisionRow(db, revisionId, t);
    requireLatest(db, row, t);
    const to = nextState(row.state, 'approve');
    if (to === null) throw refusedTransition(row, 'approve', t);
    const iso = new Date().toISOString();
    db.prepare(
      `UPDATE quote_revisions SET state = ?, approved_by = ?, approved_at = ?, approval_comment = ?, updated_at = ?
       WHERE id = ?`,
    ).run(to, by, iso, comment, iso, revisionId);
    addEvent(db, revisionId, 'approve', { actor: by, comment, from: row.state, to, at: iso });
  })();
  return getQuote(db, revisionId, t);
}

function refusedTransition(row: RevisionRow, action: QuoteAction, t: TFunction): AppError {
  return new AppError(
    'REFUSED',
    t('err.quotes.transition', {
      number: `${row.number}-${row.revision}`,
      action: t(`quotes.actions.${action}`),
      state: t(`quotes.states.${row.state}`),
    }),
  );
}

/**
 * send / accept / lose / expire. Sending freezes the parties (company and customer as they are
 * now) into the revision, so its documents never change afterwards.
 */
export function actOnQuote(
  db: Database,
  revisionId: number,
  action: Exclude<QuoteAction, 'approve'>,
  by: string,
  comment: string,
  t: TFunction,
  freezeParties: () => string,
): QuoteDetail {
  db.transaction(() => {
    const row = revisionRow(db, revisionId, t);
    requireLatest(db, row, t);
    const to = nextState(row.state, action);
    if (to === null) throw refusedTransition(row, action, t);
    const iso = new Date().toISOString();
    if (action === 'send') {
      db.prepare(
        'UPDATE quote_revisions SET state = ?, parties_json = ?, issue_date = ?, updated_at = ? WHERE id = ?',
      ).run(to, freezeParties(), today(), iso, revisionId);
    } else {
      db.prepare('UPDATE quote_revisions SET state = ?, updated_at = ? WHERE id = ?').run(to, iso, revisionId);
    }
    addEvent(db, revisionId, action, { actor: by, comment, from: row.state, to, at: iso });
  })();
  return getQuote(db, revisionId, t);
}

/** The next revision (A → B) of a sent or closed quote: an editable copy, state by the rules. */
export function reviseQuote(db: Database, revisionId: number, t: TFunction): QuoteDetail {
  const newId = db.transaction(() => {
    const row = revisionRow(db, revisionId, t);
    requireLatest(db, row, t);
    if (!canRevise(row.state)) {
      throw new AppError('REFUSED', t('err.quotes.cannotRevise', { state: t(`quotes.states.${row.state}`) }));
    }
    const content = parseContent(row, t);
    const priced = priceOrRefuse(content, t);
    const settings = readQuoteSettings(db);
    const state = stateAfterEdit(approvalReasons(content, priced, approvalRulesOf(settings)).length > 0);
    const iso = new Date().toISOString();
    const revision = nextRevision(row.revision);
    const id = Number(
      db
        .prepare(
          `INSERT INTO quote_revisions (quote_id, revision, state, content_json, title, total_fen, valid_until,
             prepared_by, issue_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          row.quote_id,
          revision,
          state,
          row.content_json,
          content.title,
          priced.totalFen,
          content.validUntil,
          settings.preparedBy || row.prepared_by,
          today(),
          iso,
          iso,
        ).lastInsertRowid,
    );
    addEvent(db, id, 'revise', { from: null, to: state, at: iso, comment: `${row.revision} → ${revision}` });
    return id;
  })();
  return getQuote(db, newId, t);
}

export function deleteQuote(db: Database, quoteId: number, t: TFunction): void {
  const states = db.prepare('SELECT state FROM quote_revisions WHERE quote_id = ?').pluck().all(quoteId) as string[];
  if (states.length === 0) throw new AppError('NOT_FOUND', t('err.quotes.notFound', { id: quoteId }));
  if (states.some((s) => s !== 'draft' && s !== 'pending')) {
    throw new AppError('REFUSED', t('err.quotes.cannotDelete'));
  }
  db.prepare('DELETE FROM quotes WHERE id = ?').run(quoteId);
}

/** Content and frozen parties of a revision, for diffs and documents. */
export function revisionSource(db: Database, revisionId: number, t: TFunction) {
  const row = revisionRow(db, revisionId, t);
  return { row, content: parseContent(row, t) };
}
