import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { AppError } from '../../../shared/result';
import { opportunityRow, parseRecord } from './opportunity-store';

/**
 * Which opportunity a new document belongs to. Documents are created from an opportunity (its
 * id given) or, made elsewhere for a customer, belong to that customer's one open opportunity
 * when there is exactly one. A closed opportunity takes no new documents.
 */
export function documentOwner(
  db: Database,
  opportunityId: number | null | undefined,
  customerId: number | null,
  t: TFunction,
): { opportunityId: number | null; customerId: number | null } {
  if (opportunityId === null || opportunityId === undefined) {
    if (customerId === null) return { opportunityId: null, customerId };
    const open = db
      .prepare("SELECT id FROM opportunities WHERE customer_id = ? AND status = 'open' AND archived = 0 LIMIT 2")
      .pluck()
      .all(customerId) as number[];
    return { opportunityId: open.length === 1 ? (open[0] ?? null) : null, customerId };
  }
  const row = opportunityRow(db, opportunityId, t);
  if (row.status !== 'open')
    throw new AppError('REFUSED', t('err.opportunities.opportunityClosed', { name: row.name }));
  if (customerId !== null && customerId !== row.customer_id) {
    const name = (id: number) => String(db.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(id) ?? id);
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      customerId: t('err.opportunities.documentCustomer', {
        document: name(customerId),
        opportunity: name(row.customer_id),
      }),
    });
  }
  return { opportunityId: row.id, customerId: row.customer_id };
}

/** What a proposal written for this opportunity starts from: its needs, and its pain points with the compelling events. */
export function proposalStart(
  db: Database,
  opportunityId: number,
  t: TFunction,
): { needs: string[]; painPoints: string[] } {
  const record = parseRecord(opportunityRow(db, opportunityId, t), t);
  const events = record.events.map((e) => {
    const label = e.title !== '' ? e.title : t(`opportunities.events.${e.kind}`);
    return (e.evidence === '' ? label : `${label}：${e.evidence}`).slice(0, 300);
  });
  const needs = [...record.needs];
  if (needs.length === 0 && record.confirmation.needs !== '') needs.push(record.confirmation.needs.slice(0, 300));
  return { needs: needs.slice(0, 50), painPoints: [...record.painPoints, ...events].slice(0, 50) };
}

/** The opportunity a document belongs to, for its editor's link back ("所属商机"). */
export function opportunityOf(
  db: Database,
  table: 'quotes' | 'proposals' | 'demo_scripts' | 'contracts',
  id: number,
): { id: number; name: string; stage: number } | null {
  const row = db
    .prepare(
      `SELECT o.id, o.name, o.stage FROM ${table} d JOIN opportunities o ON o.id = d.opportunity_id WHERE d.id = ?`,
    )
    .get(id) as { id: number; name: string; stage: number } | undefined;
  return row ?? null;
}
