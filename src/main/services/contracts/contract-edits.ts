import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { versionKey } from '../../../shared/contract-drafts/clause-diff';
import { contractTransition, isContractEditable } from '../../../shared/contract-drafts/lifecycle';
import type { ContractAction, ContractClause, ContractContent } from '../../../shared/contract-drafts/types';
import type { ContractDetail } from '../../../shared/api/contract-drafts';
import { AppError } from '../../../shared/result';
import {
  contractRow,
  revisionRow,
  parseDeal,
  parseContent,
  versionsFor,
  addEvent,
  problemsOf,
  describeProblems,
} from './contract-store';
import { getContract } from './contract-repository';

/** Editing a draft and moving a contract through legal review. */

/**
 * Checks an edited content against the library: standard clauses take their category and
 * mandatory flag from the version they cite (never from the caller); mandatory clauses stay.
 */
function checkedContent(
  db: Database,
  before: ContractContent,
  content: ContractContent,
  t: TFunction,
): ContractContent {
  const versions = versionsFor(db, content);
  const clauses = content.clauses.map((clause): ContractClause => {
    if (clause.origin === 'added') {
      return { ...clause, clauseId: null, clauseVersion: null, wording: null, mandatory: false };
    }
    const library =
      clause.clauseId !== null && clause.clauseVersion !== null
        ? versions.get(versionKey(clause.clauseId, clause.clauseVersion))
        : undefined;
    if (!library || !library.wordings.some((w) => w.key === clause.wording)) {
      throw new AppError('INVALID_INPUT', t('err.contracts.unknownClauseVersion', { heading: clause.heading }));
    }
    return { ...clause, category: library.category, mandatory: library.mandatory };
  });
  const kept = new Set(clauses.map((c) => c.clauseId));
  for (const previous of before.clauses) {
    if (previous.origin === 'standard' && previous.mandatory && !kept.has(previous.clauseId)) {
      throw new AppError('REFUSED', t('err.contracts.mandatoryRemoved', { heading: previous.heading }));
    }
  }
  const removed = content.removed.filter((r) => !kept.has(r.clauseId));
  for (const r of removed) {
    const library = versions.get(versionKey(r.clauseId, r.clauseVersion));
    if (!library) throw new AppError('INVALID_INPUT', t('err.contracts.unknownClauseVersion', { heading: r.heading }));
    if (library.mandatory) throw new AppError('REFUSED', t('err.contracts.mandatoryRemoved', { heading: r.heading }));
  }
  return { ...content, clauses, removed };
}

export function saveContract(
  db: Database,
  id: number,
  content: ContractContent,
  t: TFunction,
  now = new Date(),
): ContractDetail {
  const row = contractRow(db, id, t);
  const rev = revisionRow(db, id, undefined, t);
  if (!isContractEditable(rev.state)) {
    throw new AppError(
      'REFUSED',
      t('err.contracts.notEditable', {
        number: row.number,
        revision: rev.revision,
        state: t(`contracts.states.${rev.state}`),
      }),
    );
  }
  const checked = checkedContent(db, parseContent(rev, row.number), content, t);
  const at = now.toISOString();
  db.transaction(() => {
    db.prepare('UPDATE contract_revisions SET content_json = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(checked),
      at,
      rev.id,
    );
    db.prepare('UPDATE contracts SET updated_at = ? WHERE id = ?').run(at, id);
  })();
  return getContract(db, id, undefined, t);
}

export function actOnContract(
  db: Database,
  id: number,
  action: ContractAction,
  by: string,
  comment: string,
  t: TFunction,
  now = new Date(),
): ContractDetail {
  const row = contractRow(db, id, t);
  const rev = revisionRow(db, id, undefined, t);
  const transition = contractTransition(rev.state, action);
  if (!transition) {
    throw new AppError(
      'REFUSED',
      t('err.contracts.actionNotAllowed', {
        state: t(`contracts.states.${rev.state}`),
        action: t(`contracts.actions.${action}`),
      }),
    );
  }
  const content = parseContent(rev, row.number);
  // A draft goes to legal the day it is written, with its missing details as marked blanks; only a
  // field no contract knows (a typo in a clause) stops it. The version for signing needs everything.
  const problems =
    action === 'submit' || action === 'approve' ? problemsOf(row.number, content, parseDeal(row), row.lang) : [];
  const blocking = action === 'submit' ? problems.filter((p) => p.problem === 'unknown') : problems;
  if (blocking.length > 0) throw new AppError('REFUSED', describeProblems(blocking, t));
  const at = now.toISOString();
  db.transaction(() => {
    if (transition.newRevision) {
      const revision = rev.revision + 1;
      db.prepare(
        `INSERT INTO contract_revisions (contract_id, revision, state, content_json, created_at, updated_at)
         VALUES (?, ?, 'draft', ?, ?, ?)`,
      ).run(id, revision, rev.content_json, at, at);
      addEvent(db, id, revision, action, { from: rev.state, to: transition.to, actor: by, comment, at });
    } else {
      db.prepare('UPDATE contract_revisions SET state = ?, updated_at = ? WHERE id = ?').run(transition.to, at, rev.id);
      addEvent(db, id, rev.revision, action, { from: rev.state, to: transition.to, actor: by, comment, at });
    }
    db.prepare('UPDATE contracts SET updated_at = ? WHERE id = ?').run(at, id);
  })();
  return getContract(db, id, undefined, t);
}

export function deleteContract(db: Database, id: number, t: TFunction): void {
  const row = contractRow(db, id, t);
  const leftDraft = db
    .prepare("SELECT COUNT(*) FROM contract_revisions WHERE contract_id = ? AND (state <> 'draft' OR revision > 1)")
    .pluck()
    .get(id) as number;
  if (leftDraft > 0) throw new AppError('REFUSED', t('err.contracts.cannotDelete', { number: row.number }));
  db.prepare('DELETE FROM contracts WHERE id = ?').run(id);
}

/** What a document of one revision is built from. */
