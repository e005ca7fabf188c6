import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { allowedContractActions, isContractEditable } from '../../../shared/contract-drafts/lifecycle';
import { reviewContract } from '../../../shared/contract-drafts/review';
import type { ContractState } from '../../../shared/contract-drafts/types';
import type { ContractDetail, ContractSummary } from '../../../shared/api/contract-drafts';
import { currentLibrary } from './clause-repository';
import {
  CONTRACT_SELECT,
  contractRow,
  revisionRow,
  latestRevision,
  parseDeal,
  parseContent,
  versionsFor,
  problemsOf,
  type ContractRow,
} from './contract-store';
import { opportunityOf } from '../opportunities/opportunity-links';

/**
 * Reading contracts: one revision in full, each clause reviewed against the library version it came
 * from, and the list. Contracts are drafted in contract-create.ts, edited and moved through legal
 * review in contract-edits.ts; the quote's figures and both parties are frozen into deal_json when
 * the contract is created, and each revision's clauses are locked once it leaves draft.
 */

export function getContract(db: Database, id: number, revision: number | undefined, t: TFunction): ContractDetail {
  const row = contractRow(db, id, t);
  const rev = revisionRow(db, id, revision, t);
  const deal = parseDeal(row);
  const content = parseContent(rev, row.number);
  const versions = versionsFor(db, content);
  const review = reviewContract(content, versions, row.lang);
  const isLatest = rev.revision === latestRevision(db, id);
  const inContract = new Set(content.clauses.map((c) => c.clauseId));
  const revisions = (
    db
      .prepare('SELECT revision, state, created_at FROM contract_revisions WHERE contract_id = ? ORDER BY revision')
      .all(id) as { revision: number; state: ContractState; created_at: string }[]
  ).map((r) => ({ revision: r.revision, state: r.state, createdAt: r.created_at }));
  const events = (
    db.prepare('SELECT * FROM contract_events WHERE contract_id = ? ORDER BY id').all(id) as {
      at: string;
      kind: string;
      actor: string;
      comment: string;
      from_state: ContractState | null;
      to_state: ContractState | null;
      revision: number;
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
  return {
    id: row.id,
    opportunity: opportunityOf(db, 'contracts', row.id),
    number: row.number,
    revision: rev.revision,
    state: rev.state,
    editable: isLatest && isContractEditable(rev.state),
    allowedActions: isLatest ? allowedContractActions(rev.state) : [],
    template: { id: row.template_id, key: row.template_key, name: row.template_name, kind: row.template_kind },
    lang: row.lang,
    quote: { id: row.quote_id, revisionId: row.quote_revision_id, number: deal.quoteNumber },
    deal,
    content,
    clauses: review.clauses,
    nonStandard: review.nonStandard,
    problems: problemsOf(row.number, content, deal, row.lang),
    library: [...versions.values()],
    available: currentLibrary(db, row.lang).filter(
      (c) => !inContract.has(c.id) && !c.mandatory && c.category !== 'parties' && c.category !== 'signatures',
    ),
    revisions,
    events,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listContracts(db: Database, t: TFunction): ContractSummary[] {
  const rows = db.prepare(`${CONTRACT_SELECT} ORDER BY c.updated_at DESC, c.id DESC`).all() as ContractRow[];
  return rows.map((row) => {
    const rev = revisionRow(db, row.id, undefined, t);
    const deal = parseDeal(row);
    const content = parseContent(rev, row.number);
    const review = reviewContract(content, versionsFor(db, content), row.lang);
    return {
      id: row.id,
      number: row.number,
      title: content.title,
      customerName: deal.customer.name,
      quoteNumber: deal.quoteNumber,
      templateName: row.template_name,
      state: rev.state,
      revision: rev.revision,
      totalFen: deal.totalFen,
      nonStandard: review.nonStandard.length,
      updatedAt: row.updated_at,
    };
  });
}
