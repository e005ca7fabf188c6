import type { Database } from 'better-sqlite3';
import { translator } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import { createContract } from '../contracts/contract-create';
import { saveContract } from '../contracts/contract-edits';
import { approveQuote } from '../quotes/quote-edits';
import { createDemoQuote, type DemoQuoteSpec } from './demo-quote-builder';

/**
 * The second demo contract: a draft still being written, for 瓯江五金. 林总 wants to move fast
 * (he booked the demo before the first proposal) and asked to see the payment and acceptance
 * terms before the demo, so 李娜 drafted the contract from the quote the sales manager approved.
 * The customer has sent its legal representative but not yet its 统一社会信用代码 and bank
 * account, so the draft shows those blanks (named, with their clause) and cannot go to legal yet;
 * the acceptance clause is switched to 一次性终验 and the signing place is filled.
 */

export const OUJIANG_CUSTOMER = '温州瓯江五金批发有限公司';

export const oujiangQuote: DemoQuoteSpec = {
  title: '瓯江五金 分销与门店订货（一期）报价',
  sections: ['软件许可', '实施与培训服务'],
  lines: [
    { code: 'ERP-SD-001', quantity: '1', discountBp: 800, section: 0 },
    { code: 'ERP-IV-001', quantity: '1', discountBp: 800, section: 0 },
    { code: 'ERP-DRP-001', quantity: '1', discountBp: 800, section: 0 },
    { code: 'ERP-AR-001', quantity: '1', discountBp: 800, section: 0 },
    { code: 'LIC-U-001', quantity: '10', section: 0 },
    { code: 'SVC-IMP-001', quantity: '12', section: 1 },
    { code: 'TRN-001', quantity: '1', section: 1 },
  ],
  termsTemplate: '标准商务条款',
  notes: '异地实施差旅费按实际发生另行结算，不含在本报价内。',
};

const daysAgo = (now: Date, days: number, hours = 0) =>
  new Date(now.getTime() - (days * 24 + hours) * 3_600_000).toISOString();

/**
 * Seeds the quote (approved) and the contract draft for 瓯江五金; part of loadDemoData's
 * transaction, after the opportunities. Dated over the last two weeks: the quote is older than
 * 四海商贸's, so that one stays the first in the quote list.
 */
export function insertDemoContractDraft(db: Database, now: Date): void {
  const t = translator('zh-CN');
  const customerId = db
    .prepare('SELECT id FROM customers WHERE name = ? AND is_demo = 1 ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(OUJIANG_CUSTOMER) as number | undefined;
  if (customerId === undefined) return;
  const opportunityId = db
    .prepare('SELECT id FROM opportunities WHERE customer_id = ? AND is_demo = 1 ORDER BY id LIMIT 1')
    .pluck()
    .get(customerId) as number | undefined;
  const revisionId = createDemoQuote(db, oujiangQuote, customerId, now, opportunityId);
  if (revisionId === null) return;
  const quote = approveQuote(db, revisionId, '李经理', '首期按门店订货范围报价，折扣在授权范围内', t);
  let contractId: number;
  try {
    const draft = createContract(db, { quoteNumber: `${quote.number}-${quote.revision}` }, t, { isDemo: true, now });
    const content = {
      ...draft.content,
      terms: { ...draft.content.terms, signingPlace: '浙江省温州市' },
      clauses: draft.content.clauses.map((c) => {
        const wording = draft.library.find((l) => l.id === c.clauseId)?.wordings.find((w) => w.key === 'final');
        return c.category === 'acceptance' && wording
          ? { ...c, wording: wording.key, heading: wording.heading, body: wording.body }
          : c;
      }),
    };
    contractId = saveContract(db, draft.id, content, t, now).id;
  } catch (error) {
    // With the user's own company profile, details a contract needs may be missing: no draft then.
    if (error instanceof AppError && error.code === 'REFUSED') return;
    throw error;
  }
  dateDraft(db, revisionId, contractId, now);
}

function dateDraft(db: Database, revisionId: number, contractId: number, now: Date): void {
  db.prepare('UPDATE quotes SET created_at = ? WHERE id = (SELECT quote_id FROM quote_revisions WHERE id = ?)').run(
    daysAgo(now, 13),
    revisionId,
  );
  db.prepare('UPDATE quote_revisions SET created_at = ?, updated_at = ?, approved_at = ? WHERE id = ?').run(
    daysAgo(now, 13),
    daysAgo(now, 9),
    daysAgo(now, 9),
    revisionId,
  );
  db.prepare(`UPDATE quote_events SET at = CASE kind WHEN 'approve' THEN ? ELSE ? END WHERE revision_id = ?`).run(
    daysAgo(now, 9),
    daysAgo(now, 13),
    revisionId,
  );
  db.prepare('UPDATE contracts SET created_at = ?, updated_at = ? WHERE id = ?').run(
    daysAgo(now, 1, 6),
    daysAgo(now, 1, 2),
    contractId,
  );
  db.prepare('UPDATE contract_revisions SET created_at = ?, updated_at = ? WHERE contract_id = ?').run(
    daysAgo(now, 1, 6),
    daysAgo(now, 1, 2),
    contractId,
  );
  db.prepare('UPDATE contract_events SET at = ?, actor = ? WHERE contract_id = ?').run(
    daysAgo(now, 1, 6),
    '李娜',
    contractId,
  );
}
