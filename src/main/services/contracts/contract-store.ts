import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { contractMergeValues, mergeProblems, type MergeProblem } from '../../../shared/contract-drafts/merge';
import type {
  ContractContent,
  ContractDeal,
  ContractState,
  LibraryClause,
} from '../../../shared/contract-drafts/types';
import {
  ContractContent as ContractContentSchema,
  ContractDeal as ContractDealSchema,
} from '../../../shared/api/contract-drafts';
import type { Locale } from '../../../shared/locale';
import { AppError } from '../../../shared/result';
import { clauseVersions } from './clause-repository';

/**
 * How contracts are stored: the rows, their validated JSON, events, and the merge-field problems
 * of a revision. The reads, the creation from a quote and the edits build on these.
 */

export interface ContractRow {
  id: number;
  number: string;
  quote_id: number;
  quote_revision_id: number;
  template_id: number;
  lang: Locale;
  deal_json: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
  template_key: string;
  template_name: string;
  template_kind: 'licence' | 'trial';
}

export interface RevisionRow {
  id: number;
  contract_id: number;
  revision: number;
  state: ContractState;
  content_json: string;
  created_at: string;
  updated_at: string;
}

export const CONTRACT_SELECT = `SELECT c.*, t.key AS template_key, t.name AS template_name, t.kind AS template_kind
  FROM contracts c JOIN contract_templates t ON t.id = c.template_id`;

export function contractRow(db: Database, id: number, t: TFunction): ContractRow {
  const row = db.prepare(`${CONTRACT_SELECT} WHERE c.id = ?`).get(id) as ContractRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.contracts.notFound', { id }));
  return row;
}

/** A contract by its id or its number ("HT-2026-0001"). */
export function findContractId(db: Database, ref: string, t: TFunction): number {
  const byNumber = db.prepare('SELECT id FROM contracts WHERE number = ?').pluck().get(ref.trim()) as
    number | undefined;
  if (byNumber !== undefined) return byNumber;
  if (/^\d+$/.test(ref.trim())) return contractRow(db, Number(ref), t).id;
  throw new AppError('NOT_FOUND', t('err.contracts.notFound', { id: ref }));
}

export function revisionRow(db: Database, contractId: number, revision: number | undefined, t: TFunction): RevisionRow {
  const row = (
    revision === undefined
      ? db
          .prepare('SELECT * FROM contract_revisions WHERE contract_id = ? ORDER BY revision DESC LIMIT 1')
          .get(contractId)
      : db.prepare('SELECT * FROM contract_revisions WHERE contract_id = ? AND revision = ?').get(contractId, revision)
  ) as RevisionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.contracts.notFound', { id: `${contractId}/${revision ?? ''}` }));
  return row;
}

export function latestRevision(db: Database, contractId: number): number {
  return db
    .prepare('SELECT MAX(revision) FROM contract_revisions WHERE contract_id = ?')
    .pluck()
    .get(contractId) as number;
}

export function parseDeal(row: ContractRow): ContractDeal {
  const parsed = ContractDealSchema.safeParse(JSON.parse(row.deal_json));
  if (!parsed.success)
    throw new Error(`Stored figures of contract ${row.number} are not valid: ${parsed.error.message}`);
  return parsed.data;
}

export function parseContent(row: RevisionRow, number: string): ContractContent {
  const parsed = ContractContentSchema.safeParse(JSON.parse(row.content_json));
  if (!parsed.success) {
    throw new Error(
      `Stored clauses of contract ${number} revision ${row.revision} are not valid: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

/** The library versions a content refers to (its standard clauses and the ones it removed). */
export function versionsFor(db: Database, content: ContractContent): Map<string, LibraryClause> {
  const refs = [
    ...content.clauses.flatMap((c) =>
      c.clauseId !== null && c.clauseVersion !== null ? [{ clauseId: c.clauseId, version: c.clauseVersion }] : [],
    ),
    ...content.removed.map((r) => ({ clauseId: r.clauseId, version: r.clauseVersion })),
  ];
  return clauseVersions(db, refs);
}

export function addEvent(
  db: Database,
  contractId: number,
  revision: number,
  kind: string,
  event: { from: ContractState | null; to: ContractState | null; actor: string; comment?: string; at: string },
): void {
  db.prepare(
    `INSERT INTO contract_events (contract_id, revision, kind, from_state, to_state, actor, comment, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(contractId, revision, kind, event.from, event.to, event.actor, event.comment ?? '', event.at);
}

export function problemsOf(number: string, content: ContractContent, deal: ContractDeal, lang: Locale): MergeProblem[] {
  const values = contractMergeValues({ locale: lang, number, title: content.title, terms: content.terms, deal });
  return mergeProblems(content.clauses, values);
}

/** One sentence naming every unresolved field, for refusals. */
export function describeProblems(problems: readonly MergeProblem[], t: TFunction): string {
  const list = problems
    .map((p) =>
      p.problem === 'unknown'
        ? t('err.contracts.unknownField', { field: `{{${p.field}}}`, heading: p.heading })
        : t('err.contracts.unresolvedField', {
            field: `{{${p.field}}}`,
            heading: p.heading,
            label: t(`contracts.fields.${p.field}`),
          }),
    )
    .join('；');
  return t('err.contracts.unresolvedFields', { list });
}

export function contractSource(db: Database, id: number, revision: number | undefined, t: TFunction) {
  const row = contractRow(db, id, t);
  const rev = revisionRow(db, id, revision, t);
  const content = parseContent(rev, row.number);
  return {
    number: row.number,
    lang: row.lang,
    revision: rev.revision,
    state: rev.state,
    content,
    deal: parseDeal(row),
    versions: versionsFor(db, content),
  };
}
