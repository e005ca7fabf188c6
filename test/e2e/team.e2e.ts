import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { InputOf, Method, OutputOf } from '../../src/shared/api';
import { formatPercentBp, formatYuan } from '../../src/shared/money';
import { must } from '../helpers/must';
import { publishPriceList, quoteAt, type Call } from '../helpers/team-fixtures';
import { passwordOf, startTeamServer, type TeamServer } from '../helpers/team-server';
import { TeamPage } from './pages/team-page';
import { startAppServer, type AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

/**
 * Team mode in the browser, against a real PostgreSQL team server: a rep joins through
 * Settings → 团队 (a wrong password is refused with the server's words) and 立即同步 brings the
 * price list the admin published; a manager sees a rep's quote below the floor under 待审批 with
 * its reasons and margin, approves it with a comment, and the rep's next sync brings the decision.
 */

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let team: TeamPage;
let teamServer: TeamServer;
/** The admin's workbench: publishes the team's price list once, before the tests. */
let admin: AppServer;

async function call<M extends Method>(app: AppServer, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const got = await invoke(app.ctx, method, input);
  if (!got.ok) throw new Error(`${method}: ${got.error.message}`);
  return got.data;
}

/** Joins a workbench to the team as `user`, the password typed once as in Settings → 团队. */
async function join(app: AppServer, user: string): Promise<void> {
  await call(app, 'team.connect', { url: teamServer.url, user, password: passwordOf(user) });
}

/** The fixtures' caller for one app server. */
const on =
  (app: AppServer): Call =>
  (method, input) =>
    call(app, method, input);

/** host:port/database of the team server, as its messages name it. */
function where(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port}${parsed.pathname}`;
}

beforeAll(async () => {
  teamServer = await startTeamServer();
}, 60_000);

beforeAll(async () => {
  admin = await startAppServer({ seedDemo: false });
  await join(admin, 'admin1');
  await publishPriceList(on(admin));
  const published = await call(admin, 'team.sync', {});
  expect(published.pushed).toBeGreaterThanOrEqual(1);
  expect(published.refused).toEqual([]);
}, 60_000);

afterAll(async () => {
  await admin?.stop();
  teamServer?.stop();
});

beforeEach(() => {
  ({ page, server } = session);
  team = new TeamPage(page, server.url);
});

describe('设置 → 团队', () => {
  it('joins the team as a rep and 立即同步 brings the admin’s price list; a wrong password is refused', async () => {
    await team.openSettings();
    expect(await team.singleMode().innerText()).toBe('单机模式：这个数据库还没有加入团队。');
    expect(await team.passwordHint().innerText()).toContain('PRESALES_TEAM_PASSWORD');

    // A user name the server could not have is said on the field.
    await team.fill({ url: teamServer.url, user: 'Rep A', password: 'x' });
    await team.testConnection();
    await expect
      .poll(() => team.fieldError('user'))
      .toBe('用户名：小写字母开头，只含小写字母、数字和下划线，最多 40 个字符');

    // A wrong password: the server's refusal, next to the form.
    await team.fill({ url: teamServer.url, user: 'rep_a', password: 'not-the-password' });
    await team.testConnection();
    await expect
      .poll(() => team.formError().innerText())
      .toBe(`团队服务器拒绝了用户 rep_a 的登录（${where(teamServer.url)}）：请检查用户名和密码`);
    expect(await team.fieldError('user')).toBeNull();
    await saveScreenshot(page, 'team-join-refused');

    await team.field('password').fill(passwordOf('rep_a'));
    await team.testConnection();
    await expect.poll(() => team.testResult().innerText()).toContain('连接成功：以 rep_a（销售）的身份登录');
    expect(await team.formError().count()).toBe(0);
    await saveScreenshot(page, 'team-join');

    await team.join();
    expect(await team.status('user').innerText()).toBe('rep_a');
    expect(await team.status('role').innerText()).toBe('销售');
    expect(await team.status('url').innerText()).toBe(`${teamServer.url}?sslmode=disable`);
    expect(await team.lastSync().innerText()).toBe('尚未同步');

    await team.syncNow();
    expect(await team.syncCounts().innerText()).toBe('上传 0，下载报价 0，价格体系版本 1，团队规则 0，审批结果 0');
    await expect.poll(() => team.lastSyncState().innerText()).toBe('成功');
    expect(await team.pending().innerText()).toBe('商机与文档 0 个，报价版本 0 个，合同版本 0 个，价格体系版本 0 个');
    const versions = await call(server, 'prices.versions', {});
    expect(versions.map((v) => v.label)).toContain('2027 版');
    await saveScreenshot(page, 'team-settings');
  });
});

describe('待审批', () => {
  it('shows a manager the rep’s quote below the floor with its reasons; 批准 reaches the rep with the next sync', async () => {
    // Not in team mode, the page says where approvals happen.
    await team.openApprovals();
    expect(await team.notManager().innerText()).toContain('报价审批在团队模式下由主管完成');

    // Rep A, on their own machine, quotes 30 % off (the floor is 20 %) and syncs.
    const rep = await startAppServer({ seedDemo: false });
    try {
      await join(rep, 'rep_a');
      expect((await call(rep, 'team.sync', {})).priceVersions).toBe(1);
      const quote = await quoteAt(on(rep), 3000, { customerName: '宁波分销有限公司' });
      expect(quote.state).toBe('pending');
      expect((await call(rep, 'team.sync', {})).pushed).toBe(1);
      const label = `${quote.number}-A`;

      // Manager B opens 待审批 in the browser.
      await join(server, 'mgr_b');
      await team.reload();
      await team.row(label).waitFor();
      expect(await team.reasons(label)).toEqual(['ERP-001 销售管理：折扣 30% 超过最低折扣 20%']);
      expect(await team.cell(label, 'margin').innerText()).toBe(formatPercentBp(must(quote.priced.marginBp), 2));
      expect(await team.cell(label, 'total').innerText()).toBe(formatYuan(quote.priced.totalFen));
      expect(await team.cell(label, 'owner').innerText()).toBe('rep_a');
      expect(await team.cell(label, 'customer').innerText()).toBe('宁波分销有限公司');
      await team.row(label).getByTestId('approval-comment').fill('同意，战略客户');
      await saveScreenshot(page, 'team-approvals');

      await team.decide(label, 'approve', '同意，战略客户');
      await team.row(label).waitFor({ state: 'detached' });
      await team.empty().waitFor();
      expect(await session.app.notification(`已批准 ${label}`).count()).toBe(1);

      // The rep's next sync brings the decision: the quote is approved, with the manager's words.
      const back = await call(rep, 'team.sync', {});
      expect(back.decisions).toBe(1);
      const approved = await call(rep, 'quotes.get', { revisionId: quote.revisionId });
      expect(approved.state).toBe('approved');
      expect(approved.approval).toMatchObject({ by: 'mgr_b', comment: '同意，战略客户' });

      // Sent, then revised to 35 % off: revision B waits again, shown with what changed since A.
      await call(rep, 'quotes.act', { revisionId: quote.revisionId, action: 'send', by: '', comment: '' });
      const revised = await call(rep, 'quotes.revise', { revisionId: quote.revisionId });
      const b = await call(rep, 'quotes.save', {
        revisionId: revised.revisionId,
        content: { ...revised.content, lines: revised.content.lines.map((l) => ({ ...l, discountBp: 3500 })) },
      });
      expect(b.state).toBe('pending');
      await call(rep, 'team.sync', {});
      const labelB = `${quote.number}-B`;
      await team.refresh();
      await team.row(labelB).waitFor();
      expect(await team.reasons(labelB)).toEqual(['ERP-001 销售管理：折扣 35% 超过最低折扣 20%']);
      expect(await team.diff(labelB)).toEqual({
        from: '与 A 版相比：',
        before: formatYuan(quote.priced.totalFen),
        after: formatYuan(b.priced.totalFen),
        lines: '明细：修改 1 行，新增 0 行，删除 0 行',
      });
      await team.row(labelB).getByTestId('approval-comment').fill('折扣超出授权，请回到 30%');
      await saveScreenshot(page, 'team-approvals-revision');
      await team.decide(labelB, 'reject', '折扣超出授权，请回到 30%');
      await team.row(labelB).waitFor({ state: 'detached' });
      expect(await session.app.notification(`已驳回 ${labelB}`).count()).toBe(1);
      expect((await call(rep, 'team.sync', {})).decisions).toBe(1);
      expect((await call(rep, 'quotes.get', { revisionId: b.revisionId })).state).toBe('pending');
    } finally {
      await rep.stop();
    }
  });
});

describe('团队商机', () => {
  it('shows a manager the team’s open deals with the stage, the amount and what the next gate misses', async () => {
    const rep = await startAppServer({ seedDemo: false });
    try {
      await join(rep, 'rep_e');
      const customer = await call(rep, 'customers.save', {
        name: '杭州万家超市有限公司',
        shortName: '万家超市',
        industry: '零售',
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
      const deal = await call(rep, 'opportunities.create', {
        customerId: customer.id,
        name: '万家超市 门店管理',
        owner: '王芳',
        amountFen: 50_000_000,
      });
      // At 客户拜访与初步调研, the gate to 提交初步方案 wants a proposal.
      await call(rep, 'opportunities.advance', { id: deal.id, to: 2, by: '王芳' });
      expect((await call(rep, 'team.sync', {})).refused).toEqual([]);

      await join(server, 'mgr_b');
      await team.openTeamDeals();
      const row = team.dealRow('万家超市 门店管理');
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('rep_e');
      expect(text).toContain('杭州万家超市有限公司');
      expect(text).toContain('2 客户拜访与初步调研');
      expect(text).toContain(formatYuan(50_000_000));
      const report = await call(server, 'team.deals', {});
      const shown = must(report.deals.find((d) => d.name === '万家超市 门店管理'));
      expect(shown.missing).toEqual(['还没有本商机的方案书']);
      for (const missing of shown.missing) expect(text).toContain(missing);
      expect(await team.dealFigure('weighted').innerText()).toContain(formatYuan(report.totals.weightedFen));
      await saveScreenshot(page, 'team-deals');
    } finally {
      await rep.stop();
    }
  });
});
