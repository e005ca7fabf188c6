import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { dealFromQuote } from '../../../shared/contract-drafts/deal';
import type { ContractClause, ContractContent, ContractParty } from '../../../shared/contract-drafts/types';
import type { ContractDetail } from '../../../shared/api/contract-drafts';
import { reasonText } from '../../../shared/quotes/approval';
import { AppError } from '../../../shared/result';
import { getCompany } from '../company/company-repository';
import { quoteDocumentFor } from '../quotes/quote-export';
import { findRevisionByNumber, getQuote } from '../quotes/quote-repository';
import { currentLibrary } from './clause-repository';
import { findTemplate } from './template-repository';
import { addEvent } from './contract-store';
import { getContract } from './contract-repository';

/** A contract drafted from an approved quote through a template; the figures are frozen here. */

export function nextNumber(db: Database, year: number): string {
  for (;;) {
    db.prepare(
      `INSERT INTO contract_sequences (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1`,
    ).run(year);
    const last = db.prepare('SELECT last FROM contract_sequences WHERE year = ?').pluck().get(year) as number;
    const number = `HT-${year}-${String(last).padStart(4, '0')}`;
    if (db.prepare('SELECT 1 FROM contracts WHERE number = ?').get(number) === undefined) return number;
  }
}

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
          `INSERT INTO contracts (number, quote_id, quote_revision_id, template_id, lang, deal_json, is_demo, created_at,
             updated_at, opportunity_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT opportunity_id FROM quotes WHERE id = ?))`,
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
          quote.quoteId,
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
