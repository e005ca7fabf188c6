import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { OpportunityDocumentsSchema, OpportunityRecord } from '../../../shared/api/opportunities';
import type { ContractState } from '../../../shared/contract-drafts/types';
import { confirmationProgress } from '../../../shared/opportunities/confirmation';
import type { GateFacts } from '../../../shared/opportunities/gates';
import type { ProposalContent } from '../../../shared/proposals/proposal';
import type { QuoteState } from '../../../shared/quotes/lifecycle';
import { proposalTitle } from '../proposals/proposal-repository';

/** The documents that belong to an opportunity, and what of them the stage gates look at. */

export type OpportunityDocuments = z.infer<typeof OpportunityDocumentsSchema>;

const APPROVED_QUOTE: readonly QuoteState[] = ['approved', 'sent', 'accepted'];
const APPROVED_CONTRACT: readonly ContractState[] = ['approved', 'signed'];

/** The ids a proposal's title takes its merge values from; nothing when the JSON is unreadable. */
function parseContent(contentJson: string): Partial<ProposalContent> {
  try {
    return JSON.parse(contentJson) as Partial<ProposalContent>;
  } catch {
    return {};
  }
}

function deviationRows(contentJson: string): number {
  try {
    const content = JSON.parse(contentJson) as { sections?: { kind?: string; rows?: unknown[] }[] };
    return (content.sections ?? [])
      .filter((s) => s.kind === 'requirements')
      .reduce((sum, s) => sum + (Array.isArray(s.rows) ? s.rows.length : 0), 0);
  } catch {
    return 0;
  }
}

export function opportunityDocuments(db: Database, opportunityId: number): OpportunityDocuments {
  const quotes = db
    .prepare(
      `SELECT q.id AS quoteId, r.id AS revisionId, q.number, r.revision, r.title, r.state, r.total_fen AS totalFen,
              r.updated_at AS updatedAt
       FROM quotes q JOIN quote_revisions r ON r.id = (SELECT max(id) FROM quote_revisions WHERE quote_id = q.id)
       WHERE q.opportunity_id = ? ORDER BY r.updated_at DESC, q.id DESC`,
    )
    .all(opportunityId) as OpportunityDocuments['quotes'];
  const proposals = (
    db
      .prepare(
        'SELECT id, title, content_json, updated_at FROM proposals WHERE opportunity_id = ? ORDER BY updated_at DESC, id DESC',
      )
      .all(opportunityId) as { id: number; title: string; content_json: string; updated_at: string }[]
  ).map((p) => ({
    id: p.id,
    // As the customer reads it: "{{customer.shortName}} 建议书" → "四海商贸 建议书".
    title: proposalTitle(db, { ...parseContent(p.content_json), title: p.title }).title,
    deviationRows: deviationRows(p.content_json),
    updatedAt: p.updated_at,
  }));
  const demoScripts = (
    db
      .prepare(
        'SELECT id, title, script_json, updated_at FROM demo_scripts WHERE opportunity_id = ? ORDER BY updated_at DESC, id DESC',
      )
      .all(opportunityId) as { id: number; title: string; script_json: string; updated_at: string }[]
  ).map((s) => ({
    id: s.id,
    title: s.title,
    totalMinutes: (JSON.parse(s.script_json) as { totalMinutes?: number }).totalMinutes ?? 0,
    updatedAt: s.updated_at,
  }));
  const contracts = (
    db
      .prepare(
        `SELECT c.id, c.number, c.deal_json, r.content_json, r.state, r.updated_at
         FROM contracts c JOIN contract_revisions r
           ON r.contract_id = c.id AND r.revision = (SELECT max(revision) FROM contract_revisions WHERE contract_id = c.id)
         WHERE c.opportunity_id = ? ORDER BY r.updated_at DESC, c.id DESC`,
      )
      .all(opportunityId) as {
      id: number;
      number: string;
      deal_json: string;
      content_json: string;
      state: ContractState;
      updated_at: string;
    }[]
  ).map((c) => {
    const deal = JSON.parse(c.deal_json) as { totalFen?: number };
    const content = JSON.parse(c.content_json) as { title?: string };
    return {
      id: c.id,
      number: c.number,
      title: content.title ?? '',
      state: c.state,
      totalFen: deal.totalFen ?? 0,
      updatedAt: c.updated_at,
    };
  });
  return { quotes, proposals, demoScripts, contracts };
}

/** Any revision of any quote approved (or sent / accepted), not only the latest. */
function approvedQuoteCount(db: Database, opportunityId: number): number {
  return Number(
    db
      .prepare(
        `SELECT count(DISTINCT q.id) FROM quotes q JOIN quote_revisions r ON r.quote_id = q.id
         WHERE q.opportunity_id = ? AND r.state IN (${APPROVED_QUOTE.map(() => '?').join(', ')})`,
      )
      .pluck()
      .get(opportunityId, ...APPROVED_QUOTE),
  );
}

export function gateFacts(
  db: Database,
  opportunityId: number,
  record: OpportunityRecord,
  documents: OpportunityDocuments,
): GateFacts {
  return {
    proposals: documents.proposals.map((p) => ({ id: p.id, deviationRows: p.deviationRows })),
    demoScripts: documents.demoScripts.length,
    approvedQuotes: approvedQuoteCount(db, opportunityId),
    quotes: documents.quotes.map((q) => ({ revisionId: q.revisionId, state: q.state })),
    approvedContracts: documents.contracts.filter((c) => APPROVED_CONTRACT.includes(c.state)).length,
    contracts: documents.contracts.map((c) => ({ id: c.id, state: c.state })),
    confirmationPercent: confirmationProgress(record.confirmation).percent,
    conditionsMet: record.conditions,
  };
}

/** Quotes sent to the customer (or closed after sending) and contracts: what makes a deal undeletable. */
export function hasIssuedDocuments(db: Database, opportunityId: number): boolean {
  const sent = db
    .prepare(
      `SELECT 1 FROM quotes q JOIN quote_revisions r ON r.quote_id = q.id
       WHERE q.opportunity_id = ? AND r.state IN ('sent', 'accepted', 'lost', 'expired') LIMIT 1`,
    )
    .get(opportunityId);
  const contract = db.prepare('SELECT 1 FROM contracts WHERE opportunity_id = ? LIMIT 1').get(opportunityId);
  return sent !== undefined || contract !== undefined;
}

/**
 * The document side of the gate facts for many opportunities at once (the funnel over the whole
 * pipeline): one grouped query per document kind instead of several per opportunity. Ordering
 * matches opportunityDocuments, so the first quote and contract named in a gate are the same.
 */
export interface DocumentFacts {
  proposals: { id: number; deviationRows: number }[];
  demoScripts: number;
  approvedQuotes: number;
  quotes: { revisionId: number; state: string }[];
  approvedContracts: number;
  contracts: { id: number; state: string }[];
}

export function documentFactsByOpportunity(db: Database): Map<number, DocumentFacts> {
  const facts = new Map<number, DocumentFacts>();
  const of = (id: number): DocumentFacts => {
    let f = facts.get(id);
    if (!f) {
      f = { proposals: [], demoScripts: 0, approvedQuotes: 0, quotes: [], approvedContracts: 0, contracts: [] };
      facts.set(id, f);
    }
    return f;
  };
  const proposals = db
    .prepare(
      `SELECT p.opportunity_id AS opp, p.id,
              CASE WHEN json_valid(p.content_json) THEN
                (SELECT coalesce(sum(json_array_length(s.value, '$.rows')), 0) FROM json_each(p.content_json, '$.sections') s
                 WHERE json_type(s.value) = 'object' AND s.value ->> 'kind' = 'requirements')
              ELSE 0 END AS deviationRows
       FROM proposals p WHERE p.opportunity_id IS NOT NULL ORDER BY p.updated_at DESC, p.id DESC`,
    )
    .all() as { opp: number; id: number; deviationRows: number }[];
  for (const p of proposals) of(p.opp).proposals.push({ id: p.id, deviationRows: p.deviationRows });
  const scripts = db
    .prepare(
      'SELECT opportunity_id AS opp, count(*) AS n FROM demo_scripts WHERE opportunity_id IS NOT NULL GROUP BY 1',
    )
    .all() as { opp: number; n: number }[];
  for (const s of scripts) of(s.opp).demoScripts = s.n;
  const approved = db
    .prepare(
      `SELECT q.opportunity_id AS opp, count(DISTINCT q.id) AS n FROM quotes q JOIN quote_revisions r ON r.quote_id = q.id
       WHERE q.opportunity_id IS NOT NULL AND r.state IN (${APPROVED_QUOTE.map(() => '?').join(', ')}) GROUP BY 1`,
    )
    .all(...APPROVED_QUOTE) as { opp: number; n: number }[];
  for (const a of approved) of(a.opp).approvedQuotes = a.n;
  const quotes = db
    .prepare(
      `SELECT q.opportunity_id AS opp, r.id AS revisionId, r.state
       FROM quotes q JOIN quote_revisions r ON r.id = (SELECT max(id) FROM quote_revisions WHERE quote_id = q.id)
       WHERE q.opportunity_id IS NOT NULL ORDER BY r.updated_at DESC, q.id DESC`,
    )
    .all() as { opp: number; revisionId: number; state: string }[];
  for (const q of quotes) of(q.opp).quotes.push({ revisionId: q.revisionId, state: q.state });
  const contracts = db
    .prepare(
      `SELECT c.opportunity_id AS opp, c.id, r.state
       FROM contracts c JOIN contract_revisions r
         ON r.contract_id = c.id AND r.revision = (SELECT max(revision) FROM contract_revisions WHERE contract_id = c.id)
       WHERE c.opportunity_id IS NOT NULL ORDER BY r.updated_at DESC, c.id DESC`,
    )
    .all() as { opp: number; id: number; state: ContractState }[];
  for (const c of contracts) {
    const f = of(c.opp);
    f.contracts.push({ id: c.id, state: c.state });
    if (APPROVED_CONTRACT.includes(c.state)) f.approvedContracts += 1;
  }
  return facts;
}
