import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { QuoteDetail } from '../../../shared/api/quotes';
import { approvalReasons } from '../../../shared/quotes/approval';
import {
  canRevise,
  isEditable,
  nextRevision,
  nextState,
  stateAfterEdit,
  type QuoteAction,
} from '../../../shared/quotes/lifecycle';
import type { QuoteContent } from '../../../shared/quotes/quote';
import { AppError } from '../../../shared/result';
import { today } from '../prices/price-list-repository';
import { approvalRulesOf, readQuoteSettings } from './quote-settings';
import {
  type RevisionRow,
  revisionRow,
  parseContent,
  priceOrRefuse,
  addEvent,
  latestRevisionId,
  requireCustomer,
} from './quote-store';
import { getQuote } from './quote-repository';

/** Changing quotes: saving a draft, approval, the lifecycle actions, revisions, deletion. */

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
