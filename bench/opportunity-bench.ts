import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppContext } from '../src/main/app-context';
import { invoke } from '../src/main/dispatch';
import type { OpportunityRecordInput } from '../src/shared/api/opportunities';
import { CONFIRMATION_QUESTIONS } from '../src/shared/opportunities/confirmation';

const OPPORTUNITIES = 2_000;
const PEOPLE = 12;
const EVENTS = 6;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(run: () => Promise<unknown>, repeat: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A pipeline of 2,000 filled-in opportunities: the list (every row's gate and probability), one page, a refused move. */
export async function benchOpportunities(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-opp-'));
  const ctx = await AppContext.open({ dbPath: path.join(dir, 'presales.db'), seedDemoOnCreate: true });
  const customers = await invoke(ctx, 'customers.list', {});
  if (!customers.ok) throw new Error(customers.error.message);
  const customerIds = customers.data.map((c) => c.id);
  const record = (i: number): OpportunityRecordInput => ({
    name: `商机 ${i}`,
    owner: `销售 ${i % 12}`,
    amountFen: 10_000_000 + i * 100,
    expectedClose: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    people: Array.from({ length: PEOPLE }, (_, p) => ({
      id: `p${p}`,
      name: `联系人 ${p}`,
      role: p === 0 ? 'decisionMaker' : p === 1 ? 'insider' : 'participant',
    })),
    events: Array.from({ length: EVENTS }, (_, e) => ({
      id: `e${e}`,
      kind: 'fastGrowth',
      evidence: '证据'.repeat(20),
    })),
    confirmation: Object.fromEntries(CONFIRMATION_QUESTIONS.map((q) => [q, '已确认的回答'.repeat(10)])),
    qualification: { headcount: 100, salesWan: 5_000, grossProfitWan: 500, nature: 'private', business: 'trading' },
  });
  const fillStart = performance.now();
  for (let i = 0; i < OPPORTUNITIES; i++) {
    const created = await invoke(ctx, 'opportunities.create', {
      customerId: customerIds[i % customerIds.length] ?? 1,
      name: `商机 ${i}`,
    });
    if (!created.ok) throw new Error(created.error.message);
    const saved = await invoke(ctx, 'opportunities.save', { id: created.data.id, record: record(i) });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  const fillMs = performance.now() - fillStart;
  const listMs = await timed(() => invoke(ctx, 'opportunities.list', { sort: 'probability' }), 5);
  const filteredMs = await timed(() => invoke(ctx, 'opportunities.list', { stage: 1, owner: '销售 3' }), 5);
  const getMs = await timed(() => invoke(ctx, 'opportunities.get', { id: 1 }), 20);
  const refusedMs = await timed(() => invoke(ctx, 'opportunities.advance', { id: 1, to: 8 }), 20);
  const funnelMs = await timed(() => invoke(ctx, 'funnel.get', {}), 5);
  ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const size = `${OPPORTUNITIES.toLocaleString('en-US')} opportunities × ${PEOPLE} key persons, ${EVENTS} events, 13 answers`;
  return [
    `create + save ${size}: ${(fillMs / 1000).toFixed(1)} s (${(fillMs / OPPORTUNITIES).toFixed(1)} ms each)`,
    `opportunities.list, all ${OPPORTUNITIES.toLocaleString('en-US')} with gate, probability and warnings, by probability: ${listMs.toFixed(0)} ms (median of 5)`,
    `opportunities.list filtered by stage and owner: ${filteredMs.toFixed(0)} ms; opportunities.get (one page): ${getMs.toFixed(1)} ms; a refused advance: ${refusedMs.toFixed(1)} ms (medians)`,
    `funnel.get over the ${OPPORTUNITIES.toLocaleString('en-US')} (stages, conversion, owners, forecast, attention, won/lost): ${funnelMs.toFixed(0)} ms (median of 5)`,
  ];
}
