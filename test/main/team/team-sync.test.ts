import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../../helpers/must';
import { freePort } from '../../helpers/pg-cluster';
import { publishPriceList, quoteAt } from '../../helpers/team-fixtures';
import { passwordOf, startTeamServer, type TeamServer } from '../../helpers/team-server';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Team mode end to end through the services, as separate workbenches (each its own SQLite
 * database) syncing through one server: an admin publishes the price list, rep A quotes below
 * the floor, the approval is refused to A and to a manager for their own quote, manager B
 * approves, and A gets the decision with the next sync; an edit after the approval voids it; two
 * machines of the same rep editing one draft end in a conflict, not a lost edit.
 */

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server?.stop());

/** A workbench joined as `user`, the password typed once as in Settings → 团队. */
async function workbench(user: string): Promise<TestApp> {
  const app = await openTestApp();
  await app.call('team.connect', { url: server.url, user, password: passwordOf(user) });
  return app;
}

describe('team mode across machines', () => {
  it('shares one price list, and a discount below the floor goes out only after the manager approves', async () => {
    const admin = await workbench('admin1');
    await publishPriceList(admin.call);
    const adminSync = await admin.call('team.sync', {});
    // The price list, the first admin's approval rules and playbook as the team's, and the
    // standard clause library and contract templates every database starts with.
    expect(adminSync.pushed).toBe(5);

    const repA = await workbench('rep_a');
    const first = await repA.call('team.sync', {});
    expect(first.priceVersions).toBe(1);
    const [item] = await repA.call('prices.search', { text: 'ERP-001', limit: 1 });
    expect(item).toMatchObject({ code: 'ERP-001', name: '销售管理', priceFen: 10_000_000, floorDiscountBp: 2000 });

    const quote = await quoteAt(repA.call, 3000);
    expect(quote.state).toBe('pending');
    expect((await repA.call('team.sync', {})).pushed).toBe(1);

    // The rep cannot approve it, here or on the server.
    const own = await repA.fail('quotes.approve', { revisionId: quote.revisionId, by: 'rep_a' });
    expect(own.message).toBe('只有主管能审批报价；rep_a 的角色是销售');

    // A manager's own quote is not theirs to approve either.
    const mgrB = await workbench('mgr_b');
    await mgrB.call('team.sync', {});
    const mine = await quoteAt(mgrB.call, 3000, { title: '主管自己的报价' });
    await mgrB.call('team.sync', {});
    const refusedOwn = await mgrB.fail('quotes.approve', { revisionId: mine.revisionId, by: 'mgr_b' });
    expect(refusedOwn.message).toBe(`不能审批自己编写的报价 ${mine.number}-A`);

    // Manager B sees A's quote with the reasons, and approves it.
    const pending = await mgrB.call('team.approvals', {});
    expect(pending.map((p) => p.label)).toEqual([`${quote.number}-A`]);
    expect(pending[0]).toMatchObject({
      owner: 'rep_a',
      totalFen: quote.priced.totalFen,
      marginBp: quote.priced.marginBp,
    });
    expect(pending[0]?.reasons).toEqual(['ERP-001 销售管理：折扣 30% 超过最低折扣 20%']);
    const decided = await mgrB.call('team.decide', {
      quote: quote.number,
      decision: 'approved',
      comment: '同意，战略客户',
    });
    expect(decided).toMatchObject({ label: `${quote.number}-A`, decision: 'approved', decidedBy: 'mgr_b' });
    expect(await mgrB.call('team.approvals', {})).toEqual([]);

    // A gets the decision with the next sync; the quote can go out.
    const back = await repA.call('team.sync', {});
    expect(back.decisions).toBe(1);
    const approved = await repA.call('quotes.get', { revisionId: quote.revisionId });
    expect(approved.state).toBe('approved');
    expect(approved.approval).toMatchObject({ by: 'mgr_b', comment: '同意，战略客户' });
    const sent = await repA.call('quotes.act', { revisionId: quote.revisionId, action: 'send' });
    expect(sent.state).toBe('sent');
    expect((await repA.call('team.sync', {})).refused).toEqual([]);
    const onServer = await (
      await server.as('mgr_b')
    ).query(`SELECT state, final FROM presales.records WHERE label = $1 AND owner = 'rep_a'`, [`${quote.number}-A`]);
    expect(onServer.rows).toEqual([{ state: 'sent', final: true }]);
    expect((await repA.call('team.status', {})).pending.quotes).toBe(0);
  });

  it('the team’s approval rules and playbook come from the admin, on every machine', async () => {
    // Joining a team takes the team's rules; the admin then changes them.
    const admin = await workbench('admin1');
    await admin.call('team.sync', {});
    const rules = await admin.call('quoteSettings.get', {});
    await admin.call('quoteSettings.save', { ...rules, minMarginBp: 4500, maxWholeDiscountBp: 300 });
    const playbook = await admin.call('opportunities.settings', {});
    await admin.call('opportunities.saveSettings', { ...playbook, confirmationThreshold: 90 });
    expect((await admin.call('team.status', {})).pending.rules).toBe(2);
    await admin.call('team.sync', {});
    expect((await admin.call('team.status', {})).pending.rules).toBe(0);

    const rep = await workbench('rep_d');
    const synced = await rep.call('team.sync', {});
    expect(synced.rules).toBe(2);
    expect(await rep.call('quoteSettings.get', {})).toMatchObject({ minMarginBp: 4500, maxWholeDiscountBp: 300 });
    expect((await rep.call('opportunities.settings', {})).confirmationThreshold).toBe(90);
    // A rep's own change of the team's rules does not stick: the next change from the team wins.
    await rep.call('quoteSettings.save', { ...(await rep.call('quoteSettings.get', {})), minMarginBp: 0 });
    await admin.call('quoteSettings.save', { ...rules, minMarginBp: 4000, maxWholeDiscountBp: 300 });
    await admin.call('team.sync', {});
    await rep.call('team.sync', {});
    expect((await rep.call('quoteSettings.get', {})).minMarginBp).toBe(4000);
    // Put the defaults back for the other tests.
    await admin.call('quoteSettings.save', rules);
    await admin.call('opportunities.saveSettings', playbook);
    await admin.call('team.sync', {});
  });

  it('offline, a sync says the server cannot be reached and the work stays here', async () => {
    const rep = await workbench('rep_e');
    await rep.call('team.sync', {});
    const quote = await quoteAt(rep.call, 1000, { title: '离线时写的报价' });
    const port = await freePort();
    rep.ctx.db().prepare('UPDATE team_link SET url = ?').run(`postgres://127.0.0.1:${port}/team?sslmode=disable`);
    const error = await rep.fail('team.sync', {});
    expect(error.code).toBe('OFFLINE');
    expect(error.message).toMatch(
      new RegExp(`^连不上团队服务器 127\\.0\\.0\\.1:${port}/team：.*离线时照常工作，联网后再同步$`),
    );
    const status = await rep.call('team.status', {});
    expect(status.lastSync).toMatchObject({ ok: false });
    expect(status.pending.quotes).toBe(1);
    expect((await rep.call('quotes.get', { revisionId: quote.revisionId })).content.title).toBe('离线时写的报价');
  });

  it('an approval of content that changed before it arrived is void', async () => {
    const repA = await workbench('rep_a');
    await repA.call('team.sync', {});
    const quote = await quoteAt(repA.call, 3000, { title: '会被改的报价' });
    await repA.call('team.sync', {});
    const mgrB = await workbench('mgr_b');
    await mgrB.call('team.decide', { quote: `${quote.number}-A`, decision: 'approved', comment: '' });
    // The rep changes the discount before syncing: the approval was for 30 %, not 35 %.
    await repA.call('quotes.save', {
      revisionId: quote.revisionId,
      content: { ...quote.content, lines: quote.content.lines.map((l) => ({ ...l, discountBp: 3500 })) },
    });
    const sync = await repA.call('team.sync', {});
    expect(sync.decisions).toBe(0);
    expect((await repA.call('quotes.get', { revisionId: quote.revisionId })).state).toBe('pending');
    const again = await mgrB.call('team.approvals', {});
    expect(again.find((p) => p.label === `${quote.number}-A`)?.reasons).toEqual([
      'ERP-001 销售管理：折扣 35% 超过最低折扣 20%',
    ]);
  });

  it('a draft edited on two machines is a conflict the user resolves, not a lost edit', async () => {
    const laptop = await workbench('rep_e');
    const desktop = await workbench('rep_e');
    await laptop.call('team.sync', {});
    const quote = await quoteAt(laptop.call, 1000, { title: '两台电脑上的报价' });
    await laptop.call('team.sync', {});
    const pulled = await desktop.call('team.sync', {});
    expect(pulled.pulled).toBe(1);
    const there = await desktop.call('quotes.byNumber', { number: quote.number });
    expect(there.content.lines[0]?.discountBp).toBe(1000);

    await laptop.call('quotes.save', {
      revisionId: quote.revisionId,
      content: { ...quote.content, title: '笔记本改的' },
    });
    await laptop.call('team.sync', {});
    await desktop.call('quotes.save', {
      revisionId: there.revisionId,
      content: { ...there.content, title: '台式机改的' },
    });
    const clash = await desktop.call('team.sync', {});
    expect(clash.conflicts).toEqual([`${quote.number}-A`]);
    // Neither edit is lost: the desktop keeps its own, the server the laptop's.
    expect((await desktop.call('quotes.get', { revisionId: there.revisionId })).content.title).toBe('台式机改的');
    const status = await desktop.call('team.status', {});
    expect(status.conflicts).toMatchObject([{ label: `${quote.number}-A`, serverBy: 'rep_e' }]);

    // The user keeps the desktop's version: it becomes the next version on the server.
    await desktop.call('team.resolve', { uid: must(status.conflicts[0]).uid, keep: 'mine' });
    expect((await desktop.call('team.sync', {})).conflicts).toEqual([]);
    await laptop.call('team.sync', {});
    expect((await laptop.call('quotes.get', { revisionId: quote.revisionId })).content.title).toBe('台式机改的');
  });
});
