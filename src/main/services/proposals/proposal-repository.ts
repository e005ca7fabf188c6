import type { Database } from 'better-sqlite3';
import Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import type { Proposal, ProposalSummary } from '../../../shared/api/library';
import { translator } from '../../../shared/i18n';
import type { Locale } from '../../../shared/locale';
import {
  assembleProposal,
  mergeValues,
  type AssembledProposal,
  type ProposalSources,
} from '../../../shared/proposals/assemble';
import { proposalLabels } from '../../../shared/proposals/labels';
import { fieldsIn, MergeFieldError } from '../../../shared/proposals/merge-fields';
import { defaultSections, ProposalContentSchema, type ProposalContent } from '../../../shared/proposals/proposal';
import { resolveTitle } from '../../../shared/proposals/title';
import { ValueInputError } from '../../../shared/proposals/value';
import { AppError } from '../../../shared/result';
import { getCompany } from '../company/company-repository';
import { findCustomer } from '../customers/customer-repository';
import { listSections, getSolution } from '../library/library-repository';
import { today } from '../prices/price-list-repository';
import { getQuote } from '../quotes/quote-repository';
import { documentOwner, opportunityOf, proposalStart } from '../opportunities/opportunity-links';

/** Proposals (方案书) in SQLite, and the sources a proposal is assembled from. */

interface ProposalRow {
  id: number;
  title: string;
  content_json: string;
  is_demo: number;
  updated_at: string;
}

export function parseProposal(row: ProposalRow, t: TFunction): ProposalContent {
  const parsed = ProposalContentSchema.safeParse(JSON.parse(row.content_json));
  if (!parsed.success) {
    throw new AppError(
      'INTERNAL',
      t('err.proposals.corrupt', { title: row.title, field: parsed.error.issues[0]?.path.join('.') ?? '—' }),
    );
  }
  return parsed.data;
}

function proposalRow(db: Database, id: number, t: TFunction): ProposalRow {
  const row = db.prepare('SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.proposals.notFound', { id }));
  return row;
}

/**
 * Everything the assembler needs, read from the database now. A title alone needs neither the
 * library sections nor — unless it names a quote field — the priced quote: `parts` leaves them out.
 */
export function proposalSources(
  db: Database,
  content: ProposalContent,
  locale: Locale,
  t: TFunction,
  parts: { library: boolean; quote: boolean } = { library: true, quote: true },
): ProposalSources {
  const company = getCompany(db);
  const customer = content.customerId === null ? null : findCustomer(db, content.customerId);
  // A solution or quote deleted since (e.g. with the demo data) leaves the chapter out, not the proposal broken.
  const solutionExists = db.prepare('SELECT 1 FROM solutions WHERE id = ?').get(content.solutionId ?? 0) !== undefined;
  const quoteExists =
    db.prepare('SELECT 1 FROM quote_revisions WHERE id = ?').get(content.quoteRevisionId ?? 0) !== undefined;
  const solution = content.solutionId !== null && solutionExists ? getSolution(db, content.solutionId, t) : null;
  const quote =
    parts.quote && content.quoteRevisionId !== null && quoteExists ? getQuote(db, content.quoteRevisionId, t) : null;
  const librarySectionIds = new Set(
    content.sections.flatMap((s) => (s.kind === 'library' ? [s.librarySectionId] : [])),
  );
  const library = new Map(
    (parts.library ? listSections(db, '', true, t) : [])
      .filter((s) => librarySectionIds.has(s.id))
      .map((s) => [s.id, { title: s.title, body: s.body }] as const),
  );
  return {
    locale,
    content,
    today: today(),
    company: {
      name: company?.name ?? '',
      shortName: company?.shortName ?? '',
      address: company?.address ?? '',
      phone: company?.phone ?? '',
      website: company?.website ?? '',
      logo: company?.logo
        ? { mime: company.logo.mime, bytes: new Uint8Array(Buffer.from(company.logo.dataBase64, 'base64')) }
        : null,
    },
    customer: customer
      ? {
          name: customer.name,
          shortName: customer.shortName,
          contact: customer.contact,
          industry: customer.industry,
          address: customer.address,
        }
      : null,
    solution,
    quote: quote
      ? {
          number: quote.number,
          revision: quote.revision,
          validUntil: quote.content.validUntil,
          sections: quote.priced.sections,
          vatSummary: quote.priced.vatSummary,
          totalNetFen: quote.priced.totalNetFen,
          totalTaxFen: quote.priced.totalTaxFen,
          totalFen: quote.priced.totalFen,
          totalCapital: quote.totalCapital,
          personDays: quote.content.lines
            .filter((l) => !l.optional && l.unit === '人天')
            .reduce((sum, l) => sum.plus(l.quantity), new Decimal(0))
            .toString(),
        }
      : null,
    library,
  };
}

/** Assembles, turning a merge-field or value-input problem into a message that names it. */
export function assembleOrExplain(sources: ProposalSources, t: TFunction): AssembledProposal {
  try {
    return assembleProposal(sources);
  } catch (error) {
    if (error instanceof MergeFieldError) {
      throw new AppError(
        'REFUSED',
        t(`err.proposals.mergeField.${error.problem}`, { field: error.field, where: error.where }),
      );
    }
    if (error instanceof ValueInputError) {
      throw new AppError('INVALID_INPUT', t('err.invalidInput'), { [error.field]: t('err.proposals.number') });
    }
    throw error;
  }
}

function toProposal(db: Database, row: ProposalRow, locale: Locale, t: TFunction): Proposal {
  const content = parseProposal(row, t);
  const sources = proposalSources(db, content, locale, t);
  let warnings: string[] = [];
  let blocker: string | null = null;
  try {
    warnings = assembleOrExplain(sources, t).warnings;
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'INTERNAL') throw error;
    blocker = error.message;
  }
  return {
    id: row.id,
    title: resolveTitle(content.title, mergeValues(sources)),
    opportunity: opportunityOf(db, 'proposals', row.id),
    content,
    warnings,
    blocker,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
  };
}

export function getProposal(db: Database, id: number, locale: Locale, t: TFunction): Proposal {
  return toProposal(db, proposalRow(db, id, t), locale, t);
}

/**
 * A proposal's title as lists show it ("四海商贸 分销行业解决方案建议书", resolveTitle) and as it is
 * stored ("{{customer.shortName}} 分销行业解决方案建议书"), with the values the export would use.
 * The values do not depend on the language (amounts are ¥, dates ISO), so neither does the title.
 */
export function proposalTitle(
  db: Database,
  stored: Pick<Partial<ProposalContent>, 'customerId' | 'solutionId' | 'quoteRevisionId'> & { title: string },
): { title: string; titleTemplate: string } {
  const fields = fieldsIn(stored.title);
  if (fields.length === 0) return { title: stored.title, titleTemplate: stored.title };
  const content: ProposalContent = {
    title: stored.title,
    customerId: stored.customerId ?? null,
    solutionId: stored.solutionId ?? null,
    quoteRevisionId: stored.quoteRevisionId ?? null,
    moduleIds: [],
    sections: [],
  };
  const parts = { library: false, quote: fields.some((f) => f.startsWith('quote.')) };
  const values = mergeValues(proposalSources(db, content, 'zh-CN', translator('zh-CN'), parts));
  return { title: resolveTitle(stored.title, values), titleTemplate: stored.title };
}

export function listProposals(db: Database): ProposalSummary[] {
  const rows = db
    .prepare('SELECT id, title, content_json, updated_at FROM proposals ORDER BY updated_at DESC, id DESC')
    .all() as { id: number; title: string; content_json: string; updated_at: string }[];
  return rows.map((row) => {
    const content = JSON.parse(row.content_json) as Partial<ProposalContent>;
    const { title, titleTemplate } = proposalTitle(db, { ...content, title: row.title });
    const name = (sql: string, id: number | null | undefined) =>
      id == null ? '' : ((db.prepare(sql).pluck().get(id) as string | undefined) ?? '');
    const quote =
      content.quoteRevisionId == null
        ? ''
        : ((db
            .prepare(
              `SELECT q.number || '-' || r.revision FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id WHERE r.id = ?`,
            )
            .pluck()
            .get(content.quoteRevisionId) as string | undefined) ?? '');
    return {
      id: row.id,
      title,
      titleTemplate,
      customerName: name('SELECT name FROM customers WHERE id = ?', content.customerId),
      solutionName: name('SELECT name FROM solutions WHERE id = ?', content.solutionId),
      quoteNumber: quote,
      updatedAt: row.updated_at,
    };
  });
}

/** "{{customer.shortName}} 分销行业解决方案建议书": what the solution name and the suffix share is said once. */
function defaultTitle(solutionName: string, suffix: string): string {
  let title = solutionName === '' ? suffix : '';
  for (let n = Math.min(solutionName.length, suffix.length); n > 0 && title === ''; n -= 1) {
    if (solutionName.endsWith(suffix.slice(0, n))) title = `${solutionName}${suffix.slice(n)}`;
  }
  if (title === '') title = `${solutionName}${/[A-Za-z0-9]$/.test(solutionName) ? ' ' : ''}${suffix}`;
  return `{{customer.shortName}} ${title}`;
}

export function createProposal(
  db: Database,
  input: {
    customerId: number | null;
    solutionId: number | null;
    quoteRevisionId: number | null;
    title: string;
    opportunityId?: number | null;
  },
  locale: Locale,
  t: TFunction,
  options: { isDemo?: boolean } = {},
): Proposal {
  const L = proposalLabels(locale);
  const owner = documentOwner(db, input.opportunityId, input.customerId, t);
  // Written for an opportunity, the situation chapter starts from its needs, pain points and compelling events.
  const start = owner.opportunityId ? proposalStart(db, owner.opportunityId, t) : null;
  const solution = input.solutionId === null ? null : getSolution(db, input.solutionId, t);
  if (input.quoteRevisionId !== null) getQuote(db, input.quoteRevisionId, t);
  // Service commitments and references come from the library, in that order, when it has them.
  const library = listSections(db, '', false, t).filter((s) => s.kind === 'service' || s.kind === 'case');
  const sections = [
    ...defaultSections(L.sectionTitles, []).map((section) =>
      section.kind === 'situation' && start
        ? { ...section, needs: start.needs, painPoints: start.painPoints }
        : section,
    ),
    ...library.map((s) => ({ id: `lib-${s.id}`, kind: 'library' as const, title: s.title, librarySectionId: s.id })),
  ];
  const content: ProposalContent = {
    // "四海商贸 分销行业解决方案建议书": a solution named …解决方案 takes only 建议书, not the suffix twice.
    title: input.title || defaultTitle(solution?.name ?? '', L.documentSuffix),
    customerId: owner.customerId,
    solutionId: input.solutionId,
    moduleIds: solution?.modules.map((m) => m.id) ?? [],
    quoteRevisionId: input.quoteRevisionId,
    sections,
  };
  const iso = new Date().toISOString();
  const id = db
    .prepare(
      `INSERT INTO proposals (title, customer_id, opportunity_id, content_json, is_demo, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      content.title,
      content.customerId,
      owner.opportunityId,
      JSON.stringify(content),
      options.isDemo ? 1 : 0,
      iso,
      iso,
    ).lastInsertRowid;
  return getProposal(db, Number(id), locale, t);
}

export function saveProposal(
  db: Database,
  id: number,
  content: ProposalContent,
  locale: Locale,
  t: TFunction,
): Proposal {
  proposalRow(db, id, t);
  if (content.customerId !== null && !findCustomer(db, content.customerId)) {
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      'content.customerId': t('err.customers.notFound', { id: content.customerId }),
    });
  }
  db.prepare(
    'UPDATE proposals SET title = ?, customer_id = ?, content_json = ?, is_demo = 0, updated_at = ? WHERE id = ?',
  ).run(content.title, content.customerId, JSON.stringify(content), new Date().toISOString(), id);
  return getProposal(db, id, locale, t);
}

export function deleteProposal(db: Database, id: number, t: TFunction): void {
  proposalRow(db, id, t);
  db.prepare('DELETE FROM proposals WHERE id = ?').run(id);
}

export function proposalContent(db: Database, id: number, t: TFunction): ProposalContent {
  return parseProposal(proposalRow(db, id, t), t);
}
