import type { Database } from 'better-sqlite3';
import { translator } from '../../../shared/i18n';
import { lineFromItem } from '../../../shared/quotes/catalogue-line';
import { ITEM_SELECT, toItem, type ItemRow } from '../prices/item-repository';
import { currentVersionId, today } from '../prices/price-list-repository';
import { blankContent, createQuote } from '../quotes/quote-create';
import { demoQuoteTemplates, type DemoQuoteLine } from './demo-data';

/** What a demo quote says: its lines by catalogue code, sections, terms template and notes. */
export interface DemoQuoteSpec {
  title: string;
  sections: readonly string[];
  lines: readonly DemoQuoteLine[];
  termsTemplate: string;
  notes: string;
}

/**
 * Creates a demo quote for `customerId`, priced from the current (demo) price list; null when
 * there is no current price list. Returns the new revision's id.
 */
export function createDemoQuote(
  db: Database,
  spec: DemoQuoteSpec,
  customerId: number,
  now: Date,
  opportunityId?: number,
): number | null {
  const versionId = currentVersionId(db, today(now));
  if (versionId === null) return null;
  const versionLabel = db
    .prepare('SELECT label FROM price_list_versions WHERE id = ?')
    .pluck()
    .get(versionId) as string;
  const findItem = db.prepare(`${ITEM_SELECT} WHERE i.version_id = ? AND i.code = ?`);
  const sections = spec.sections.map((title, i) => ({ id: `s${i + 1}`, title }));
  const lines = spec.lines.flatMap((line, i) => {
    const row = findItem.get(versionId, line.code) as ItemRow | undefined;
    if (!row) return [];
    const item = lineFromItem(toItem(row), {
      id: `l${i + 1}`,
      sectionId: `s${line.section + 1}`,
      versionLabel,
      quantity: line.quantity,
      listVatMode: 'inclusive',
      quoteVatMode: 'inclusive',
    });
    return [{ ...item, discountBp: line.discountBp ?? 0 }];
  });
  const terms = demoQuoteTemplates.find((tpl) => tpl.name === spec.termsTemplate)?.body ?? '';
  const t = translator('zh-CN');
  const content = {
    ...blankContent(db, { customerId, title: spec.title, vatMode: 'inclusive', sectionTitle: '' }, now),
    sections,
    lines,
    terms,
    notes: spec.notes,
  };
  return createQuote(db, content, t, { isDemo: true, now, opportunityId: opportunityId ?? null }).revisionId;
}
