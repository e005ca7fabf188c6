import type { Database } from 'better-sqlite3';
import { OpportunityRecordSchema } from '../../../shared/api/opportunities';
import { addOpportunityEvent } from '../opportunities/opportunity-store';
import { demoOpportunities, demoProspects } from './demo-opportunities-data';

export { type DemoCustomerRow, demoProspects } from './demo-opportunities-data';

/** Writes the demo prospects and opportunities (demo-opportunities-data.ts) with their timelines. */

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** Seeds the prospects and the four opportunities; part of loadDemoData's transaction. */
export function insertDemoOpportunities(db: Database, now: Date): void {
  // Listed after the demo customer (lists show the most recently changed first).
  const iso = daysAgo(now, 60);
  const addCustomer = db.prepare(
    `INSERT INTO customers (name, short_name, industry, contact, phone, address, representative, notes, is_demo,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  for (const c of demoProspects) {
    addCustomer.run(
      c.name,
      c.shortName,
      c.industry,
      c.contact,
      c.phone,
      c.address,
      c.representative ?? '',
      c.notes,
      iso,
      iso,
    );
  }
  const customerId = db.prepare('SELECT id FROM customers WHERE name = ? ORDER BY id DESC LIMIT 1').pluck();
  for (const o of demoOpportunities) {
    const id = customerId.get(o.customer) as number | undefined;
    if (id === undefined) continue;
    const record = OpportunityRecordSchema.parse(o.record);
    const created = daysAgo(now, o.daysAgo);
    const last = daysAgo(now, Math.min(o.daysAgo, ...o.moves.map((m) => m[1]), ...o.notes.map((n) => n[1])));
    const oppId = Number(
      db
        .prepare(
          `INSERT INTO opportunities (customer_id, name, owner, stage, status, amount_fen, expected_close, record_json,
             is_demo, created_at, updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, 1, ?, ?)`,
        )
        .run(
          id,
          record.name,
          record.owner,
          o.stage,
          record.amountFen,
          record.expectedClose,
          JSON.stringify(record),
          created,
          last,
        ).lastInsertRowid,
    );
    const events: { at: string; add: () => void }[] = [
      {
        at: created,
        add: () => addOpportunityEvent(db, oppId, { kind: 'created', actor: record.owner, to: 1, at: created }),
      },
    ];
    let from = 1;
    for (const [to, ago, override] of o.moves) {
      const at = daysAgo(now, ago);
      const stageFrom = from;
      if (override) {
        events.push({
          at,
          add: () =>
            addOpportunityEvent(db, oppId, {
              kind: 'override',
              actor: record.owner,
              from: stageFrom,
              to,
              text: override,
              data: {
                missing: `${to}·proposal`,
                items: [{ stage: to, gate: 'proposal', key: 'proposal', params: {}, link: { kind: 'newProposal' } }],
              },
              at,
            }),
        });
      }
      events.push({
        at,
        add: () =>
          addOpportunityEvent(db, oppId, {
            kind: 'stage',
            actor: record.owner,
            from: stageFrom,
            to,
            text: override ?? '',
            at,
          }),
      });
      from = to;
    }
    for (const [kind, ago, text] of o.notes) {
      const at = daysAgo(now, ago);
      events.push({ at, add: () => addOpportunityEvent(db, oppId, { kind, actor: record.owner, text, at }) });
    }
    for (const e of events.sort((a, b) => a.at.localeCompare(b.at))) e.add();
    if (o.attachDocuments) {
      for (const table of ['quotes', 'proposals', 'demo_scripts']) {
        db.prepare(`UPDATE ${table} SET opportunity_id = ? WHERE customer_id = ? AND is_demo = 1`).run(oppId, id);
      }
      db.prepare(
        'UPDATE contracts SET opportunity_id = ? WHERE is_demo = 1 AND quote_id IN (SELECT id FROM quotes WHERE customer_id = ?)',
      ).run(oppId, id);
    }
  }
}
