import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { QuoteDetail } from '../../../shared/api/quotes';
import { approvalReasons } from '../../../shared/quotes/approval';
import { formatQuoteNumber, stateAfterEdit } from '../../../shared/quotes/lifecycle';
import type { QuoteContent } from '../../../shared/quotes/quote';
import { today } from '../prices/price-list-repository';
import { approvalRulesOf, readQuoteSettings } from './quote-settings';
import { priceOrRefuse, addEvent, requireCustomer } from './quote-store';
import { getQuote } from './quote-repository';
import { documentOwner } from '../opportunities/opportunity-links';

/** New quotes: numbering, the blank content a quote starts from, and creating revision A. */

/** The next free number for the configured prefix in `year`, reserved in the same transaction. */
export function reserveNumber(db: Database, prefix: string, year: number): string {
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

/** Creates a quote (revision A) with `content`; state follows the approval rules. */
export function createQuote(
  db: Database,
  content: QuoteContent,
  t: TFunction,
  options: { isDemo?: boolean; now?: Date; opportunityId?: number | null } = {},
): QuoteDetail {
  const now = options.now ?? new Date();
  const id = db.transaction(() => {
    const owner = documentOwner(db, options.opportunityId, content.customerId, t);
    content = { ...content, customerId: owner.customerId };
    requireCustomer(db, content.customerId, t);
    const priced = priceOrRefuse(content, t);
    const settings = readQuoteSettings(db);
    const state = stateAfterEdit(approvalReasons(content, priced, approvalRulesOf(settings)).length > 0);
    const iso = now.toISOString();
    const number = reserveNumber(db, settings.numberPrefix, now.getFullYear());
    const quoteId = Number(
      db
        .prepare('INSERT INTO quotes (number, customer_id, opportunity_id, is_demo, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(number, content.customerId, owner.opportunityId, options.isDemo ? 1 : 0, iso).lastInsertRowid,
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
