import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { versionKey } from '../../../shared/contract-drafts/clause-diff';
import { dealFromQuote } from '../../../shared/contract-drafts/deal';
import {
  allowedContractActions,
  contractTransition,
  isContractEditable,
} from '../../../shared/contract-drafts/lifecycle';
import { contractMergeValues, mergeProblems, type MergeProblem } from '../../../shared/contract-drafts/merge';
import { reviewContract } from '../../../shared/contract-drafts/review';
import type {
  ContractAction,
  ContractClause,
  ContractContent,
  ContractDeal,
  ContractParty,
  ContractState,
  LibraryClause,
} from '../../../shared/contract-drafts/types';
import {
  ContractContent as ContractContentSchema,
  ContractDeal as ContractDealSchema,
  type ContractDetail,
  type ContractSummary,
} from '../../../shared/contract/contract-drafts';
import type { Locale } from '../../../shared/locale';
import { reasonText } from '../../../shared/quotes/approval';
import { AppError } from '../../../shared/result';
import { getCompany } from '../company/company-repository';
import { quoteDocumentFor } from '../quotes/quote-export';
import { findRevisionByNumber, getQuote } from '../quotes/quote-repository';
import { clauseVersions, currentLibrary, findTemplate } from './clause-repository';

/**
 * Contracts: drafted from an approved quote through a template, edited clause by clause, reviewed
 * by legal and signed. The quote's figures and both parties are frozen into deal_json when the
 * contract is created; each revision's clauses are locked once it leaves draft.
 */

interface ContractRow {
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

interface RevisionRow {
  id: number;
  contract_id: number;
  revision: number;
  state: ContractState;
  content_json: string;
  created_at: string;
  updated_at: string;
}

const CONTRACT_SELECT = `SELECT c.*, t.key AS template_key, t.name AS template_name, t.kind AS template_kind
  FROM contracts c JOIN contract_templates t ON t.id = c.template_id`;

function contractRow(db: Database, id: number, t: TFunction): ContractRow {
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

function revisionRow(db: Database, contractId: number, revision: number | undefined, t: TFunction): RevisionRow {
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

function latestRevision(db: Database, contractId: number): number {
  return db
    .prepare('SELECT MAX(revision) FROM contract_revisions WHERE contract_id = ?')
    .pluck()
    .get(contractId) as number;
}

function parseDeal(row: ContractRow): ContractDeal {
  const parsed = ContractDealSchema.safeParse(JSON.parse(row.deal_json));
  if (!parsed.success)
    throw new Error(`Stored figures of contract ${row.number} are not valid: ${parsed.error.message}`);
  return parsed.data;
}

function parseContent(row: RevisionRow, number: string): ContractContent {
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

function addEvent(
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

function nextNumber(db: Database, year: number): string {
  for (;;) {
    db.prepare(
      `INSERT INTO contract_sequences (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1`,
    ).run(year);
    const last = db.prepare('SELECT last FROM contract_sequences WHERE year = ?').pluck().get(year) as number;
    const number = `HT-${year}-${String(last).padStart(4, '0')}`;
    if (db.prepare('SELECT 1 FROM contracts WHERE number = ?').get(number) === undefined) return number;
  }
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Creating from a quote
// ---------------------------------------------------------------------------

const CONTRACTABLE = new Set(['approved', 'sent', 'accepted']);

export function createContract(
  db: Database,
  input: { quoteNumber: string; template?: number | string; by?: string },
  t: TFunction,
  options: { isDemo?: boolean; now?: Date } = {},
): ContractDetail {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const revisionId = findRevisionByNumber(db, input.quoteNumber, t);
  const quote = getQuote(db, revisionId, t);
  const quoteNumber = `${quote.number}-${quote.revision}`;
  if (quote.state === 'draft' || quote.state === 'pending') {
    const reasons = quote.approvalReasons.map((r) => reasonText(r, t)).join('；');
    throw new AppError(
      'REFUSED',
      t('err.contracts.quoteNotApproved', { number: quoteNumber, state: t(`quotes.states.${quote.state}`), reasons }),
    );
  }
  if (!CONTRACTABLE.has(quote.state)) {
    throw new AppError(
      'REFUSED',
      t('err.contracts.quoteClosed', { number: quoteNumber, state: t(`quotes.states.${quote.state}`) }),
    );
  }
  const customer = quote.customer;
  if (!customer) throw new AppError('REFUSED', t('err.contracts.quoteNoCustomer', { number: quoteNumber }));
  const company = getCompany(db);
  if (!company || company.name === '') throw new AppError('REFUSED', t('err.contracts.noCompany'));

  const template = findTemplate(db, input.template, company.defaultLanguage, t);
  const quoteDocument = quoteDocumentFor(db, revisionId, template.lang, t);
  const party = (
    p: Omit<ContractParty, 'contact' | 'phone'> & { contact?: string; phone?: string },
  ): ContractParty => ({
    name: p.name,
    address: p.address,
    taxId: p.taxId,
    bankName: p.bankName,
    bankAccount: p.bankAccount,
    representative: p.representative,
    contact: p.contact ?? '',
    phone: p.phone ?? '',
  });
  const deal = dealFromQuote(
    quoteDocument,
    { quoteId: quote.quoteId, quoteRevisionId: revisionId },
    { customer: party(customer), company: party({ ...company, contact: quoteDocument.quote.preparedBy }) },
  );
  const library = new Map(currentLibrary(db, template.lang).map((c) => [c.id, c]));
  const clauses: ContractClause[] = template.clauses.flatMap((ref, index) => {
    const clause = library.get(ref.clauseId);
    const wording = clause?.wordings.find((w) => w.key === ref.wording) ?? clause?.wordings[0];
    if (!clause || !wording) return [];
    return [
      {
        id: `c${index + 1}-${clause.key}`,
        origin: 'standard',
        clauseId: clause.id,
        clauseVersion: clause.version,
        wording: wording.key,
        category: clause.category,
        mandatory: clause.mandatory,
        heading: wording.heading,
        body: wording.body,
      },
    ];
  });
  const content: ContractContent = {
    title: template.name,
    terms: { ...template.terms },
    clauses,
    removed: [],
  };
  const id = db.transaction(() => {
    const number = nextNumber(db, now.getFullYear());
    const contractId = Number(
      db
        .prepare(
          `INSERT INTO contracts (number, quote_id, quote_revision_id, template_id, lang, deal_json, is_demo, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          number,
          quote.quoteId,
          revisionId,
          template.id,
          template.lang,
          JSON.stringify(deal),
          options.isDemo ? 1 : 0,
          at,
          at,
        ).lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO contract_revisions (contract_id, revision, state, content_json, created_at, updated_at)
       VALUES (?, 1, 'draft', ?, ?, ?)`,
    ).run(contractId, JSON.stringify(content), at, at);
    addEvent(db, contractId, 1, 'create', {
      from: null,
      to: 'draft',
      actor: quote.preparedBy,
      comment: quoteNumber,
      at,
    });
    return contractId;
  })();
  return getContract(db, id, undefined, t);
}

// ---------------------------------------------------------------------------
// Editing and the lifecycle
// ---------------------------------------------------------------------------

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
  if (action === 'submit') {
    const problems = problemsOf(row.number, content, parseDeal(row), row.lang);
    if (problems.length > 0) throw new AppError('REFUSED', describeProblems(problems, t));
  }
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
