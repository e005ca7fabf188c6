import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppContext } from '../src/main/app-context';
import { invoke } from '../src/main/dispatch';
import type { OpportunityRecordInput } from '../src/shared/api/opportunities';
import { CONFIRMATION_QUESTIONS } from '../src/shared/opportunities/confirmation';

const OPPORTUNITIES = 5_000;
const EVENTS_PER_DEAL = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The manager's dashboard at a real size: 5,000 filled-in opportunities over every stage and
 * outcome, 50,000 timeline entries. Rows are copied in SQL from one saved through the service.
 */
export async function benchFunnel(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-funnel-'));
  const ctx = await AppContext.open({ dbPath: path.join(dir, 'presales.db'), seedDemoOnCreate: true });
  const customers = await invoke(ctx, 'customers.list', {});
  if (!customers.ok) throw new Error(customers.error.message);
  const created = await invoke(ctx, 'opportunities.create', { customerId: customers.data[0]?.id ?? 1, name: '模板' });
  if (!created.ok) throw new Error(created.error.message);
  const record: OpportunityRecordInput = {
    name: '模板',
    owner: '销售 0',
    amountFen: 10_000_000,
    expectedClose: '2027-01-15',
    people: Array.from({ length: 12 }, (_, p) => ({
      id: `p${p}`,
      name: `联系人 ${p}`,
      role: p === 0 ? 'decisionMaker' : p === 1 ? 'insider' : 'participant',
    })),
    events: Array.from({ length: 6 }, (_, e) => ({ id: `e${e}`, kind: 'fastGrowth', evidence: '证据'.repeat(20) })),
    confirmation: Object.fromEntries(CONFIRMATION_QUESTIONS.map((q) => [q, '已确认的回答'.repeat(10)])),
    qualification: { headcount: 100, salesWan: 5_000, grossProfitWan: 500, nature: 'private', business: 'trading' },
  };
  const saved = await invoke(ctx, 'opportunities.save', { id: created.data.id, record });
  if (!saved.ok) throw new Error(saved.error.message);
  const db = ctx.db();
  const customerCount = customers.data.length;
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO opportunities (customer_id, name, owner, stage, status, archived, amount_fen, expected_close,
                                  record_json, closing_json, is_demo, created_at, updated_at)
       SELECT (SELECT min(id) FROM customers) + (i % ?), '商机 ' || i, '销售 ' || (i % 12),
              1 + (i % 8),
              CASE WHEN i % 10 = 7 THEN 'won' WHEN i % 10 = 8 THEN 'lost' WHEN i % 20 = 9 THEN 'abandoned' ELSE 'open' END,
              0, 10000000 + i * 100, printf('2027-%02d-15', 1 + (i % 12)), t.record_json,
              CASE WHEN i % 10 IN (7, 8) OR i % 20 = 9
                THEN json_object('outcome', CASE WHEN i % 10 = 7 THEN 'won' WHEN i % 10 = 8 THEN 'lost' ELSE 'abandoned' END,
                       'at', printf('2026-%02d-10T08:00:00.000Z', 1 + (i % 11)), 'category',
                       CASE i % 3 WHEN 0 THEN 'price' WHEN 1 THEN 'competitor' ELSE 'timing' END, 'reason', '原因',
                       'by', '销售 0')
              END, 0, '2026-01-05T08:00:00.000Z', '2026-06-01T08:00:00.000Z'
       FROM n, (SELECT record_json FROM opportunities WHERE id = ?) t`,
    ).run(OPPORTUNITIES - 1, customerCount, created.data.id);
    db.prepare(
      `WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < ?)
       INSERT INTO opportunity_events (opportunity_id, at, kind, actor, from_stage, to_stage, text, data_json)
       SELECT o.id, printf('2026-%02d-%02dT09:00:00.000Z', 1 + (k.j % 11), 1 + (o.id % 27)),
              CASE WHEN k.j = 1 THEN 'created' ELSE 'note' END, '', NULL, CASE WHEN k.j = 1 THEN 1 END, '跟进', '{}'
       FROM opportunities o, k WHERE o.name LIKE '商机 %'`,
    ).run(EVENTS_PER_DEAL);
  })();
  const deals = Number(db.prepare('SELECT count(*) FROM opportunities WHERE is_demo = 0').pluck().get());
  const events = Number(db.prepare('SELECT count(*) FROM opportunity_events').pluck().get());
  const first = performance.now();
  const cold = await invoke(ctx, 'funnel.get', {});
  if (!cold.ok) throw new Error(cold.error.message);
  const firstMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const report = await invoke(ctx, 'funnel.get', {});
    if (!report.ok) throw new Error(report.error.message);
    times.push(performance.now() - start);
  }
  ctx.close();
  if (process.env.KEEP) console.log(dir);
  else fs.rmSync(dir, { recursive: true, force: true });
  return [
    `funnel.get (stages, conversion, owners, forecast, attention, won/lost) over ${deals.toLocaleString('en-US')} opportunities, ${events.toLocaleString('en-US')} timeline entries: ${median(times).toFixed(0)} ms (median of 15; the first read after opening, which fills the facts cache: ${firstMs.toFixed(0)} ms)`,
  ];
}

if (process.argv[1]?.endsWith('funnel-bench.ts')) for (const line of await benchFunnel()) console.log(line);
