import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/main';
import { pdfText } from '../../helpers/document-tools';
import { startPgCluster, type PgCluster } from '../../helpers/pg-cluster';
import { EXAMPLE_QUOTE_FILE } from '../../helpers/quote-app';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The team set-up and the approval across machines exactly as an admin, a rep and a manager type
 * it: `team init` (twice), `team add-user`, `team connect`, `team sync --json`, `team status
 * --json`, `quote approve` refused to the rep and done by the manager on the server. Passwords
 * only ever come from the environment.
 */

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
  await cluster.createDatabase('sales');
}, 60_000);
afterAll(() => cluster?.stop());

async function presales(env: Record<string, string>, ...argv: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.env = saved;
  }
}

describe('presales team …', () => {
  it('sets up a server, joins two databases and approves across them', async () => {
    const adminUrl = `postgres://postgres@127.0.0.1:${cluster.port}/sales`;
    const teamUrl = cluster.url('sales');
    const asSuper = { PGPASSWORD: cluster.superPassword, PRESALES_TEAM_PASSWORD: cluster.superPassword };

    const init = await presales(asSuper, 'team', 'init', '--url', adminUrl);
    expect(init.code, init.err).toBe(0);
    expect(init.out).toBe('团队服务器已初始化：应用迁移 1 foundation，结构版本 1');
    const again = await presales(asSuper, 'team', 'init', '--url', adminUrl, '--json');
    expect(JSON.parse(again.out)).toEqual({ applied: [], schemaVersion: 1 });

    const add = (name: string, password: string, ...rest: string[]) =>
      presales(
        { PGPASSWORD: cluster.superPassword, PRESALES_TEAM_PASSWORD: password },
        'team',
        'add-user',
        name,
        '--url',
        adminUrl,
        ...rest,
      );
    expect((await add('zhang', 'manager-pass-1', '--role', 'manager', '--display-name', '张经理')).out).toBe(
      '已添加用户 zhang（主管）',
    );
    expect((await add('li', 'rep-pass-1', '--role', 'rep', '--manager', 'zhang')).out).toBe('已添加用户 li（销售）');
    const badRole = await add('wang', 'rep-pass-2', '--role', 'boss');
    expect(badRole.code).toBe(1);
    expect(badRole.err).toBe('角色“boss”不存在：应为 rep, manager, legal, admin 之一');
    expect((await add('wang', 'short', '--role', 'rep')).err).toBe(
      '密码至少 8 个字符（从环境变量 PRESALES_TEAM_PASSWORD 读取）',
    );

    // The rep's database joins; a wrong password is refused with a message, not a stack trace.
    const repDb = path.join(tempDir(), 'li.db');
    expect((await presales({}, '--db', repDb, 'demo', 'load')).code).toBe(0);
    const wrong = await presales(
      { PRESALES_TEAM_PASSWORD: 'not-the-password' },
      '--db',
      repDb,
      'team',
      'connect',
      '--url',
      teamUrl,
      '--user',
      'li',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe(`团队服务器拒绝了用户 li 的登录（127.0.0.1:${cluster.port}/sales）：请检查用户名和密码`);
    const rep = (...argv: string[]) => presales({ PRESALES_TEAM_PASSWORD: 'rep-pass-1' }, '--db', repDb, ...argv);
    expect((await rep('team', 'connect', '--url', teamUrl, '--user', 'li')).out).toContain(
      '已加入团队 postgres://127.0.0.1:',
    );
    const status = JSON.parse((await rep('team', 'status', '--json')).out);
    expect(status).toMatchObject({ connected: true, user: 'li', role: 'rep', pending: { quotes: 0 } });

    // 抹零 on the example quote is beyond what a rep may give: it waits for approval.
    const number = (await rep('quote', 'create', '--from', EXAMPLE_QUOTE_FILE)).out.trim();
    expect(JSON.parse((await rep('team', 'status', '--json')).out).pending.quotes).toBe(1);
    const pushed = JSON.parse((await rep('team', 'sync', '--json')).out);
    expect(pushed).toMatchObject({ pushed: 1, conflicts: [], refused: [] });
    const refused = await rep('quote', 'approve', number);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('只有主管能审批报价；li 的角色是销售');

    // The manager, on another machine, sees it and approves it on the server.
    const mgrDb = path.join(tempDir(), 'zhang.db');
    const mgr = (...argv: string[]) => presales({ PRESALES_TEAM_PASSWORD: 'manager-pass-1' }, '--db', mgrDb, ...argv);
    expect((await mgr('team', 'connect', '--url', teamUrl, '--user', 'zhang')).code).toBe(0);
    const pending = JSON.parse((await mgr('team', 'approvals', '--json')).out);
    expect(pending).toMatchObject([{ label: `${number}-A`, owner: 'li', customerName: expect.any(String) }]);
    expect(pending[0].reasons.join('\n')).toContain('整单优惠');
    const approved = await mgr('quote', 'approve', number, '--comment', '同意');
    expect(approved.code, approved.err).toBe(0);
    expect(approved.out).toMatch(new RegExp(`^${number}-A 已由 张经理 于 .* 在团队服务器上审批通过`));

    const back = JSON.parse((await rep('team', 'sync', '--json')).out);
    expect(back.decisions).toBe(1);
    const shown = JSON.parse((await rep('quote', 'show', number, '--json')).out);
    expect(shown).toMatchObject({ state: 'approved', approval: { by: '张经理', comment: '同意' } });
    // The contract goes to legal, who reviews it on the server; the rep may not.
    // (Legal reviews a contract whose parties are complete.)
    const local = new Database(repDb);
    local
      .prepare(
        `UPDATE customers SET representative = '李明', bank_name = '工商银行杭州分行', bank_account = '1202 0000 1111'`,
      )
      .run();
    local.close();
    const contract = JSON.parse((await rep('contract', 'create', '--from-quote', number, '--json')).out).number;
    const submitted = await rep('contract', 'act', contract, 'submit', '--by', 'li');
    expect(submitted.code, submitted.err).toBe(0);
    expect(JSON.parse((await rep('team', 'sync', '--json')).out).refused).toEqual([]);
    const selfReview = await rep('contract', 'act', contract, 'approve', '--by', 'li');
    expect(selfReview.code).toBe(1);
    expect(selfReview.err).toBe('只有法务能审核合同；li 的角色是销售');
    expect((await add('chen', 'legal-pass-1', '--role', 'legal', '--display-name', '陈律师')).code).toBe(0);
    const legalDb = path.join(tempDir(), 'chen.db');
    const legal = (...argv: string[]) => presales({ PRESALES_TEAM_PASSWORD: 'legal-pass-1' }, '--db', legalDb, ...argv);
    expect((await legal('team', 'connect', '--url', teamUrl, '--user', 'chen')).code).toBe(0);
    const reviews = JSON.parse((await legal('team', 'reviews', '--json')).out);
    expect(reviews).toMatchObject([{ number: contract, revision: 1, owner: 'li' }]);
    const reviewed = await legal('team', 'review', contract, '--approve', '--comment', '条款无误');
    expect(reviewed.code, reviewed.err).toBe(0);
    expect((await mgr('team', 'review', contract, '--approve')).err).toBe('只有法务能审核合同；zhang 的角色是主管');
    expect(JSON.parse((await rep('team', 'sync', '--json')).out).decisions).toBe(1);
    const approvedContract = JSON.parse((await rep('contract', 'show', contract, '--json')).out);
    expect(approvedContract.state).toBe('approved');

    // The document says who approved it and when.
    const out = tempDir();
    expect((await rep('quote', 'export', number, '--format', 'pdf', '--out', out)).code).toBe(0);
    const pdf = fs.readdirSync(out).find((f) => f.endsWith('.pdf'));
    const day = new Date(shown.approval.at);
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(pdfText(path.join(out, String(pdf)))).toMatch(new RegExp(`审批\\s+张经理 ${date}`));
  });
});
