import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../../helpers/must';
import { passwordOf, startTeamServer, type TeamServer } from '../../helpers/team-server';
import { tempDir } from '../../helpers/temp-dir';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * A rep's deal work reaches the team: opportunities (with where each stands and why),
 * proposals and demo scripts are pushed with the rep's sync, and the manager's team view reads
 * them from the server — their own team's only, as the database decides. Demo data never leaves
 * the machine; a second sync with nothing new pushes nothing; two copies of one database editing
 * the same deal end in a conflict the user resolves.
 */

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer('deals');
}, 60_000);
afterAll(() => server?.stop());

async function workbench(user: string, options: { seedDemo?: boolean; dbPath?: string } = {}): Promise<TestApp> {
  const app = await openTestApp(options);
  await app.call('team.connect', { url: server.url, user, password: passwordOf(user) });
  return app;
}

async function dealFor(app: TestApp, customer: string, name: string, amountFen: number) {
  const c = await app.call('customers.save', {
    name: customer,
    shortName: customer.slice(2, 6),
    industry: '日用品批发',
    contact: '',
    phone: '',
    email: '',
    address: '',
    taxId: '',
    bankName: '',
    bankAccount: '',
    representative: '',
    notes: '',
  });
  return app.call('opportunities.create', { customerId: c.id, name, owner: '李娜', amountFen });
}

describe('team deals', () => {
  it('pushes a rep’s opportunities, proposals and demo scripts; the manager sees the team’s deals and why', async () => {
    const repA = await workbench('rep_a', { seedDemo: true });
    const deal = await dealFor(repA, '嘉兴新禾贸易有限公司', '新禾贸易 进销存', 12_345_678);
    const solution = must((await repA.call('library.solutions', {})).find((s) => s.code === 'SOL-DIST'));
    await repA.call('proposals.create', {
      customerId: null,
      solutionId: solution.id,
      quoteRevisionId: null,
      opportunityId: deal.id,
    });
    await repA.call('demoScripts.create', {
      title: '新禾演示',
      customerId: null,
      solutionId: solution.id,
      moduleIds: solution.modules.slice(0, 2).map((m) => m.id),
      roles: ['gm'],
      totalMinutes: 60,
      similarCustomers: [],
      locale: 'zh-CN',
      opportunityId: deal.id,
    });
    await repA.call('opportunities.advance', { id: deal.id, to: 4, by: '李娜' });
    expect((await repA.call('team.status', {})).pending.deals).toBe(3);
    const first = await repA.call('team.sync', {});
    expect(first.refused).toEqual([]);
    // The deal, its proposal and its demo script; the demo database's own deals stay here.
    expect(first.pushed).toBe(3);
    expect((await repA.call('team.status', {})).pending.deals).toBe(0);
    expect((await repA.call('team.sync', {})).pushed).toBe(0);

    const onServer = await server.as('rep_a');
    const kinds = await onServer.query<{ kind: string; label: string }>(
      "SELECT kind, label FROM presales.records WHERE kind IN ('opportunity', 'proposal', 'demo_script') ORDER BY kind",
    );
    expect(kinds.rows).toEqual([
      { kind: 'demo_script', label: '新禾演示' },
      { kind: 'opportunity', label: '新禾贸易 进销存' },
      { kind: 'proposal', label: '{{customer.shortName}} 分销行业解决方案建议书' },
    ]);

    // Rep E, in the same team, has a deal of their own.
    const repE = await workbench('rep_e');
    await dealFor(repE, '杭州万家超市有限公司', '万家超市 门店管理', 50_000_000);
    await repE.call('team.sync', {});

    const mgrB = await workbench('mgr_b');
    const view = await mgrB.call('team.deals', {});
    expect(view.deals.map((d) => [d.user, d.name, d.stage, d.stageName])).toEqual([
      ['rep_a', '新禾贸易 进销存', 4, '方案演示与技术交流'],
      ['rep_e', '万家超市 门店管理', 1, '客户规划与邀约'],
    ]);
    const a = must(view.deals.find((d) => d.user === 'rep_a'));
    expect(a).toMatchObject({
      customerName: '嘉兴新禾贸易有限公司',
      owner: '李娜',
      amountFen: 12_345_678,
      documents: { proposals: ['新禾贸易 分销行业解决方案建议书'], demoScripts: 1, quotes: [], contracts: [] },
    });
    // Why it is where it is: what the next gate still misses, worded as on the rep's own page.
    const onRepsPage = await repA.call('opportunities.get', { id: deal.id });
    expect(a.missing).toEqual(must(onRepsPage.nextGate).missing.map((m) => m.message));
    expect(a.missing.length).toBeGreaterThan(0);
    expect(a.probability).toBe(onRepsPage.probability.percent);
    expect(a.weightedFen).toBe(Math.round((12_345_678 * a.probability) / 100));
    expect(view.totals).toEqual({
      count: 2,
      amountFen: 62_345_678,
      weightedFen: view.deals.reduce((s, d) => s + d.weightedFen, 0),
    });
    expect(view.users.map((u) => [u.user, u.count])).toEqual([
      ['rep_a', 1],
      ['rep_e', 1],
    ]);

    // Another team's manager and a fellow rep see none of rep A's deals.
    const mgrC = await workbench('mgr_c');
    expect((await mgrC.call('team.deals', {})).deals).toEqual([]);
    expect((await repE.call('team.deals', {})).deals.map((d) => d.user)).toEqual(['rep_e']);

    // A move is pushed with the next sync; archiving takes the deal off the manager's view.
    await repA.call('opportunities.advance', { id: deal.id, to: 5, override: '客户高层已认可', by: '李娜' });
    expect((await repA.call('team.sync', {})).pushed).toBe(1);
    const moved = must((await mgrB.call('team.deals', {})).deals.find((d) => d.user === 'rep_a'));
    expect(moved.stage).toBe(5);
    await repA.call('opportunities.archive', { id: deal.id, archived: true, by: '李娜' });
    expect((await repA.call('team.sync', {})).pushed).toBe(1);
    expect((await mgrB.call('team.deals', {})).deals.map((d) => d.user)).toEqual(['rep_e']);
  });

  it('two copies of one database editing one deal end in a conflict, and “keep theirs” takes the server’s', async () => {
    const one = await workbench('rep_d');
    const deal = await dealFor(one, '宁波海曙百货有限公司', '海曙百货 会员系统', 8_000_000);
    await one.call('team.sync', {});
    // The same database copied to a second machine.
    one.ctx.db().pragma('wal_checkpoint(TRUNCATE)');
    const copy = path.join(tempDir(), 'copy.db');
    copyFileSync(one.dbPath, copy);
    const two = await openTestApp({ dbPath: copy });

    const onOne = await one.call('opportunities.get', { id: deal.id });
    await one.call('opportunities.save', { id: deal.id, record: { ...onOne.record, nextStep: '周五约 CFO 演示' } });
    await one.call('team.sync', {});
    const onTwo = await two.call('opportunities.get', { id: deal.id });
    await two.call('opportunities.save', { id: deal.id, record: { ...onTwo.record, nextStep: '先发报价' } });
    const clash = await two.call('team.sync', {});
    expect(clash.conflicts).toEqual(['海曙百货 会员系统']);
    const status = await two.call('team.status', {});
    const conflict = must(status.conflicts[0]);
    expect(conflict).toMatchObject({ label: '海曙百货 会员系统', serverBy: 'rep_d' });

    await two.call('team.resolve', { uid: conflict.uid, keep: 'theirs' });
    expect((await two.call('opportunities.get', { id: deal.id })).record.nextStep).toBe('周五约 CFO 演示');
    expect((await two.call('team.status', {})).conflicts).toEqual([]);
    // Nothing was lost: the server has the first machine's edit, the second machine took it.
    const mgrC = await workbench('mgr_c');
    const seen = must((await mgrC.call('team.deals', {})).deals[0]);
    expect(seen.nextStep).toBe('周五约 CFO 演示');
  });
});
