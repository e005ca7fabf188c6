import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideItem } from '../../../src/main/team/sync/library-reference';
import { plainText, rich } from '../../../src/shared/rich-text';
import { must } from '../../helpers/must';
import { passwordOf, startTeamServer, type TeamServer } from '../../helpers/team-server';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * The solution library, clause library and contract and quote templates as team reference
 * data: an admin's changes go up with the admin's sync, every member's sync takes the team's
 * version down (a changed clause wording as a new version, the old one kept for the contracts
 * drafted from it), the server refuses anyone but an admin, a rep's local edit stays until the
 * team changes that item, and a record that does not read changes nothing.
 */

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server?.stop());

async function workbench(user: string, seedDemo = false): Promise<TestApp> {
  const app = await openTestApp({ seedDemo });
  await app.call('team.connect', { url: server.url, user, password: passwordOf(user) });
  return app;
}

const LIBRARY_TABLES = [
  'solutions',
  'solution_modules',
  'solution_features',
  'library_sections',
  'clauses',
  'clause_versions',
  'contract_templates',
  'quote_templates',
];

/** Every row of the library's tables. */
function libraryRows(db: Database): Record<string, unknown[]> {
  return Object.fromEntries(
    LIBRARY_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]),
  );
}

const METHOD_BODY = rich.doc(rich.h(2, '实施九步法'), rich.p('需求调研、蓝图设计、系统配置、数据准备、上线切换。'));
const CONFIDENTIAL_BODY = '双方对在合作中知悉的对方商业秘密承担保密义务，保密期限为合同终止后五年。';

async function zhClause(app: TestApp, key: string) {
  const summary = must(
    (await app.call('clauses.list', { lang: 'zh-CN' })).find((c) => c.key === key),
    `clause ${key}`,
  );
  return app.call('clauses.get', { id: summary.id });
}

async function sectionTitled(app: TestApp, title: string) {
  return (await app.call('library.sections', { query: '', includeArchived: true })).find((s) => s.title === title);
}

async function solutionCoded(app: TestApp, code: string) {
  return (await app.call('library.solutions', { query: '', includeArchived: true })).find((s) => s.code === code);
}

describe('what a pull does with one team item', () => {
  const team = 'T2';
  it.each([
    ['a row in step with the team', { localHash: 'T2', syncedHash: 'T1', isAdmin: false }, 'in-step'],
    ['a row never synced (joining takes the team’s)', { localHash: 'L', syncedHash: null, isAdmin: true }, 'take'],
    ['a rep’s edit, the team changed the item', { localHash: 'L', syncedHash: 'T1', isAdmin: false }, 'take'],
    ['a rep’s edit, the team did not change it', { localHash: 'L', syncedHash: 'T2', isAdmin: false }, 'keep'],
    ['an admin’s edit not pushed yet', { localHash: 'L', syncedHash: 'T1', isAdmin: true }, 'keep'],
    ['an admin’s row in step with an older team version', { localHash: 'T1', syncedHash: 'T1', isAdmin: true }, 'take'],
    ['a row deleted here, the team changed it', { localHash: null, syncedHash: 'T1', isAdmin: false }, 'take'],
    ['a row deleted here, the team did not change it', { localHash: null, syncedHash: 'T2', isAdmin: false }, 'keep'],
  ] as const)('%s', (_what, input, decision) => {
    expect(decideItem({ teamHash: team, ...input })).toBe(decision);
  });
});

describe('the team’s library, clauses and templates', () => {
  it('go up with the admin’s sync and reach a rep’s empty workbench; an existing contract keeps its wording', async () => {
    const admin = await workbench('admin1');
    // The first admin's sync publishes the standard clauses and templates every database starts with.
    const first = await admin.call('team.sync', {});
    expect(first.refused).toEqual([]);
    expect((await admin.call('team.status', {})).pending.library).toBe(0);

    // A rep with a contract drafted before the team changed anything (the demo deal's).
    const repE = await workbench('rep_e', true);
    await repE.call('team.sync', {});
    const [demoContract] = await repE.call('contracts.list', {});
    const before = await repE.call('contracts.get', { id: must(demoContract, 'the demo contract').id });
    const oldClause = must(
      before.content.clauses.find((c) => c.heading.includes('保密')),
      'the confidentiality article',
    );
    expect(oldClause.clauseVersion).toBe(1);

    // The admin adds a section and a solution, rewords a clause, renames a template, adds a quote term.
    await admin.call('library.saveSection', { kind: 'method', title: '实施方法论', tags: ['实施'], body: METHOD_BODY });
    await admin.call('library.saveSolution', {
      code: 'RETAIL-TEAM',
      name: '零售连锁解决方案',
      industry: '零售',
      summary: '门店、会员与供应链一体化',
      tags: ['零售'],
      modules: [
        {
          name: '门店管理',
          itemCode: 'ERP-001',
          description: '门店日常经营',
          features: [
            { name: '门店要货', description: '按安全库存自动生成要货单' },
            { name: '日结', description: '' },
          ],
        },
      ],
    });
    const confidentiality = await zhClause(admin, 'confidentiality');
    const [wording, ...others] = confidentiality.clause.wordings;
    await admin.call('clauses.save', {
      id: confidentiality.clause.id,
      key: 'confidentiality',
      lang: 'zh-CN',
      category: confidentiality.clause.category,
      mandatory: confidentiality.clause.mandatory,
      wordings: [{ ...must(wording), body: CONFIDENTIAL_BODY }, ...others],
      note: '保密期限延长为五年',
      by: '王管理员',
    });
    const licence = must((await admin.call('contractTemplates.list', {})).find((t) => t.key === 'licence-zh'));
    admin.ctx
      .db()
      .prepare('UPDATE contract_templates SET name = ?, description = ? WHERE id = ?')
      .run('软件许可及实施服务合同（2027 版）', '团队统一的许可合同', licence.id);
    await admin.call('quoteTemplates.save', { kind: 'terms', name: '团队标准条款', body: '报价有效期 30 天。' });
    expect((await admin.call('team.status', {})).pending).toMatchObject({ library: 5, rules: 0 });

    const pushed = await admin.call('team.sync', {});
    expect(pushed.pushed).toBe(5);
    expect((await admin.call('team.status', {})).pending.library).toBe(0);
    // Nothing to do the next time.
    expect((await admin.call('team.sync', {})).pushed).toBe(0);

    // A rep's empty workbench gets all of it with the first sync.
    const repA = await workbench('rep_a');
    const synced = await repA.call('team.sync', {});
    expect(synced.rules).toBe(5);
    const section = must(await sectionTitled(repA, '实施方法论'), 'the team section');
    expect(section).toMatchObject({ kind: 'method', tags: ['实施'], archived: false, isDemo: false });
    expect(plainText(section.body)).toBe(plainText(METHOD_BODY));
    const solution = must(await solutionCoded(repA, 'RETAIL-TEAM'), 'the team solution');
    expect(solution).toMatchObject({ name: '零售连锁解决方案', industry: '零售', summary: '门店、会员与供应链一体化' });
    expect(solution.modules.map((m) => [m.name, m.itemCode, m.features.map((f) => f.name)])).toEqual([
      ['门店管理', 'ERP-001', ['门店要货', '日结']],
    ]);
    const clause = await zhClause(repA, 'confidentiality');
    expect(clause.clause.version).toBe(2);
    expect(clause.clause.wordings[0]?.body).toBe(CONFIDENTIAL_BODY);
    expect(clause.history.map((v) => [v.version, v.createdBy])).toEqual([
      [2, 'admin1'],
      [1, ''],
    ]);
    expect(clause.history[1]?.wordings[0]?.body).toBe(oldClause.body);
    const templates = await repA.call('contractTemplates.list', {});
    expect(templates.find((t) => t.key === 'licence-zh')).toMatchObject({
      name: '软件许可及实施服务合同（2027 版）',
      description: '团队统一的许可合同',
    });
    // The template lists the library's current clauses: the team's wording.
    expect(templates.find((t) => t.key === 'licence-zh')?.clauses.map((c) => c.key)).toContain('confidentiality');
    expect((await repA.call('quoteTemplates.list', {})).map((t) => [t.kind, t.name, t.body])).toEqual([
      ['terms', '团队标准条款', '报价有效期 30 天。'],
    ]);
    expect((await repA.call('team.status', {})).pending.library).toBe(0);

    // The rep with the contract: the library moves to the team's wording, the contract keeps its own.
    expect((await repE.call('team.sync', {})).rules).toBe(5);
    expect((await zhClause(repE, 'confidentiality')).clause.version).toBe(2);
    const after = await repE.call('contracts.get', { id: before.id });
    expect(after.content.clauses.find((c) => c.id === oldClause.id)).toEqual(oldClause);
    expect(after.clauses.find((c) => c.id === oldClause.id)?.status).toBe('standard');
    // A contract drafted now takes the new version.
    const drafted = await repE.call('contracts.create', { quoteNumber: before.quote.number });
    expect(drafted.content.clauses.find((c) => c.heading.includes('保密'))).toMatchObject({
      clauseVersion: 2,
      body: CONFIDENTIAL_BODY,
    });

    // Another machine of an admin joining takes the team's library and has nothing to push.
    const second = await workbench('admin1');
    const joined = await second.call('team.sync', {});
    expect(joined.pushed).toBe(0);
    expect((await second.call('team.status', {})).pending.library).toBe(0);
    expect(await solutionCoded(second, 'RETAIL-TEAM')).toBeDefined();
  });

  it('is written only by admins: the server refuses a rep, and nobody deletes a record', async () => {
    const rep = await server.as('rep_a');
    const refused = (sql: string) =>
      rep.query(sql).then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      );
    expect(
      await refused(
        `INSERT INTO presales.reference_records (kind, key, data, hash) VALUES ('library', 'rep-own', '{}', 'x')`,
      ),
    ).toBe('42501');
    expect(await refused(`UPDATE presales.reference_records SET data = '{"items":[]}' WHERE kind = 'library'`)).toBe(
      '42501',
    );
    expect(await refused(`DELETE FROM presales.reference_records WHERE kind = 'clauses'`)).toBe('42501');
    const admin = await server.as('admin1');
    expect(
      await admin.query(`DELETE FROM presales.reference_records WHERE kind = 'clauses'`).then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      ),
    ).toBe('42501');
    // The rep can read the team's library.
    const rows = await rep.query<{ kind: string; key: string; published_by: string }>(
      `SELECT kind, key, published_by FROM presales.reference_records WHERE kind <> 'rules' ORDER BY kind, key`,
    );
    expect(rows.rows.map((r) => `${r.kind}/${r.key} ${r.published_by}`)).toEqual([
      'clauses/all admin1',
      'library/sections admin1',
      'library/solutions admin1',
      'templates/contract admin1',
      'templates/quote admin1',
    ]);
  });

  it('a rep’s local edit is not pushed and stays until the team changes that item; then the team’s wins', async () => {
    const admin = await workbench('admin1');
    await admin.call('team.sync', {});
    const rep = await workbench('rep_d');
    await rep.call('team.sync', {});
    const serverRows = async () =>
      (
        await (
          await server.as('admin1')
        ).query<{ key: string; hash: string }>(
          `SELECT key, hash FROM presales.reference_records WHERE kind = 'library' ORDER BY key`,
        )
      ).rows;
    const onServer = await serverRows();

    // The rep rewrites the team's section and solution here.
    const section = must(await sectionTitled(rep, '实施方法论'));
    await rep.call('library.saveSection', { ...section, title: '实施方法论', body: rich.doc(rich.p('我的版本')) });
    const solution = must(await solutionCoded(rep, 'RETAIL-TEAM'));
    await rep.call('library.saveSolution', { ...solution, name: '我改的零售方案' });
    const repSync = await rep.call('team.sync', {});
    expect(repSync.pushed).toBe(0);
    expect(await serverRows()).toEqual(onServer);
    expect((await rep.call('team.status', {})).pending.library).toBe(0);

    // The team changes the section only: the rep's section becomes the team's, the solution stays the rep's.
    const adminSection = must(await sectionTitled(admin, '实施方法论'));
    const newBody = rich.doc(rich.p('团队修订：实施九步法第二版。'));
    await admin.call('library.saveSection', { ...adminSection, body: newBody });
    expect((await admin.call('team.sync', {})).pushed).toBe(1);
    const pulled = await rep.call('team.sync', {});
    expect(pulled.rules).toBe(1);
    expect(plainText(must(await sectionTitled(rep, '实施方法论')).body)).toBe('团队修订：实施九步法第二版。');
    expect(must(await solutionCoded(rep, 'RETAIL-TEAM')).name).toBe('我改的零售方案');

    // Then the team changes the solution: the rep's edit gives way.
    const adminSolution = must(await solutionCoded(admin, 'RETAIL-TEAM'));
    await admin.call('library.saveSolution', { ...adminSolution, summary: '门店、会员、供应链与财务一体化' });
    await admin.call('team.sync', {});
    await rep.call('team.sync', {});
    expect(must(await solutionCoded(rep, 'RETAIL-TEAM'))).toMatchObject({
      name: '零售连锁解决方案',
      summary: '门店、会员、供应链与财务一体化',
    });

    // Archiving travels as the flag; the team dropping a quote term removes it here.
    await admin.call('library.archiveSolution', { id: adminSolution.id, archived: true });
    const term = must((await admin.call('quoteTemplates.list', {})).find((t) => t.name === '团队标准条款'));
    await admin.call('quoteTemplates.delete', { id: term.id });
    expect((await admin.call('team.status', {})).pending.library).toBe(2);
    await admin.call('team.sync', {});
    await rep.call('team.sync', {});
    expect(must(await solutionCoded(rep, 'RETAIL-TEAM')).archived).toBe(true);
    expect((await rep.call('quoteTemplates.list', {})).map((t) => t.name)).not.toContain('团队标准条款');
  });

  it('two admin machines: each one’s unpushed change survives the other’s push, item by item', async () => {
    const a = await workbench('admin1');
    const b = await workbench('admin1');
    await a.call('team.sync', {});
    await b.call('team.sync', {});
    // A changes the section and pushes; B, not yet synced, changed the same section and a clause.
    const sectionA = must(await sectionTitled(a, '实施方法论'));
    await a.call('library.saveSection', { ...sectionA, tags: ['实施', 'A'] });
    await a.call('team.sync', {});
    const sectionB = must(await sectionTitled(b, '实施方法论'));
    await b.call('library.saveSection', { ...sectionB, tags: ['实施', 'B'] });
    await b.call('library.saveSection', { kind: 'case', title: 'B 的案例', tags: [], body: rich.doc(rich.p('案例')) });
    const synced = await b.call('team.sync', {});
    // B's section wins (its change was not pushed yet), and B's new case goes up beside it.
    expect(synced.pushed).toBe(1);
    expect(must(await sectionTitled(b, '实施方法论')).tags).toEqual(['实施', 'B']);
    await a.call('team.sync', {});
    expect(must(await sectionTitled(a, '实施方法论')).tags).toEqual(['实施', 'B']);
    expect(await sectionTitled(a, 'B 的案例')).toBeDefined();
    expect((await a.call('team.status', {})).pending.library).toBe(0);
    expect((await b.call('team.status', {})).pending.library).toBe(0);
  });

  it('a team record that does not read, or cannot be written here, is skipped with nothing changed', async () => {
    const rep = await workbench('rep_a');
    await rep.call('team.sync', {});
    const admin = await server.as('admin1');
    const saved = (
      await admin.query<{ key: string; data: unknown; hash: string }>(
        `SELECT key, data, hash FROM presales.reference_records WHERE kind = 'templates' AND key = 'contract'`,
      )
    ).rows[0];
    const record = must(saved, 'the contract templates record') as {
      data: { items: { uid: string; data: { key: string; name: string; clauses: { key: string }[] } }[] };
    };
    // Sections: one good new section beside one of an unknown kind. Templates: the first renamed,
    // the second naming a clause no database has (the rename must not stay behind).
    const sections = {
      items: [
        { uid: randomUUID(), data: { kind: 'case', title: '好的章节', tags: [], body: rich.doc(), archived: false } },
        { uid: randomUUID(), data: { kind: 'poem', title: '坏的章节', tags: [], body: rich.doc(), archived: false } },
      ],
    };
    const [firstTemplate, secondTemplate, ...rest] = record.data.items;
    const templates = {
      items: [
        { ...must(firstTemplate), data: { ...must(firstTemplate).data, name: '改了名的模板' } },
        {
          ...must(secondTemplate),
          data: { ...must(secondTemplate).data, clauses: [{ key: 'no-such-clause', wording: 'default' }] },
        },
        ...rest,
      ],
    };
    const sectionsBefore = must(
      (
        await admin.query<{ data: unknown; hash: string }>(
          `SELECT data, hash FROM presales.reference_records WHERE kind = 'library' AND key = 'sections'`,
        )
      ).rows[0],
    );
    const rowsBefore = libraryRows(rep.ctx.db());
    await admin.query(
      `UPDATE presales.reference_records SET data = $1, hash = 'bad-1' WHERE kind = 'library' AND key = 'sections'`,
      [JSON.stringify(sections)],
    );
    await admin.query(
      `UPDATE presales.reference_records SET data = $1, hash = 'bad-2' WHERE kind = 'templates' AND key = 'contract'`,
      [JSON.stringify(templates)],
    );
    const result = await rep.call('team.sync', {});
    expect(result.rules).toBe(0);
    expect(libraryRows(rep.ctx.db())).toEqual(rowsBefore);

    // An admin machine that cannot read the team's record does not overwrite it either.
    const adminApp = await workbench('admin1');
    await adminApp.call('library.saveSection', { kind: 'case', title: '管理员的案例', tags: [], body: rich.doc() });
    await adminApp.call('team.sync', {});
    const hashes = await admin.query<{ key: string; hash: string }>(
      `SELECT key, hash FROM presales.reference_records WHERE kind IN ('library', 'templates') ORDER BY kind, key`,
    );
    expect(hashes.rows.filter((r) => r.hash.startsWith('bad-')).map((r) => r.key)).toEqual(['sections', 'contract']);
    expect((await adminApp.call('team.status', {})).pending.library).toBeGreaterThan(0);

    // Once the team's records read again, nothing here changes.
    await admin.query(
      `UPDATE presales.reference_records SET data = $1, hash = $2 WHERE kind = 'templates' AND key = 'contract'`,
      [JSON.stringify(record.data), must(saved).hash],
    );
    await admin.query(
      `UPDATE presales.reference_records SET data = $1, hash = $2 WHERE kind = 'library' AND key = 'sections'`,
      [JSON.stringify(sectionsBefore.data), sectionsBefore.hash],
    );
    expect((await rep.call('team.sync', {})).rules).toBe(0);
    expect(libraryRows(rep.ctx.db())).toEqual(rowsBefore);
  });
});
