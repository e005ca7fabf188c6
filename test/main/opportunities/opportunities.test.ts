import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/main/db/backups';
import type { OpportunityDetail } from '../../../src/shared/api/opportunities';
import { must } from '../../helpers/must';
import { openTestApp, type TestApp } from '../../helpers/test-app';
import { tempDir } from '../../helpers/temp-dir';

/** Opportunities through the real dispatcher: gates against real documents, overrides, closing, migration. */

const SCHEMA_5_DEMO = path.resolve(__dirname, '../../fixtures/databases/schema-5-demo.db');

async function newCustomer(app: TestApp, name = '嘉兴新禾贸易有限公司') {
  return app.call('customers.save', {
    name,
    shortName: '新禾贸易',
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
}

async function newOpportunity(app: TestApp): Promise<OpportunityDetail> {
  const customer = await newCustomer(app);
  return app.call('opportunities.create', {
    customerId: customer.id,
    name: '新禾贸易 进销存',
    owner: '张伟',
    amountFen: 12_345_678,
  });
}

async function save(app: TestApp, o: OpportunityDetail, change: Partial<OpportunityDetail['record']>) {
  return app.call('opportunities.save', { id: o.id, record: { ...o.record, ...change } });
}

const demoOpportunity = async (app: TestApp, name: string) => {
  const { rows } = await app.call('opportunities.list', { status: 'all' });
  return app.call('opportunities.get', { id: must(rows.find((r) => r.name.startsWith(name))).id });
};

describe('an opportunity from first call', () => {
  it('starts at stage 1 for its customer, qualifies from the customer’s industry, and logs who created it', async () => {
    const app = await openTestApp();
    const o = await newOpportunity(app);
    expect(o).toMatchObject({ stage: 1, status: 'open', customer: { name: '嘉兴新禾贸易有限公司' } });
    expect(o.record).toMatchObject({ name: '新禾贸易 进销存', owner: '张伟', amountFen: 12_345_678 });
    expect(o.record.qualification.industry).toBe('日用品批发');
    expect(o.stages.map((s) => s.name)).toEqual([
      '客户规划与邀约',
      '客户拜访与初步调研',
      '提交初步方案',
      '方案演示与技术交流',
      '需求分析与正式方案设计',
      '项目评估',
      '商务谈判',
      '签约成交',
    ]);
    expect(o.timeline.map((e) => [e.kind, e.actor, e.summary])).toEqual([['created', '张伟', '创建商机']]);
    expect(o.peopleWarnings.map((w) => w.message)).toEqual(['还不知道谁是决策者', '还没有发展内线']);
    // The probability is never bare: its factors add up to it.
    expect(o.probability.percent).toBe(o.probability.factors.reduce((s, f) => s + f.points, 0));
    expect(o.probability.factors[0]?.label).toBe('阶段 1「客户规划与邀约」基础概率');
  });

  it('names every bad field of the record and changes nothing', async () => {
    const app = await openTestApp();
    const o = await newOpportunity(app);
    const error = await app.fail('opportunities.save', {
      id: o.id,
      record: {
        ...o.record,
        expectedClose: '2027/01/31',
        people: [{ id: 'p1', name: '', role: 'boss' }],
        qualification: { ...o.record.qualification, headcount: -3 },
        amountFen: 1.5,
      },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toMatchObject({
      'record.expectedClose': '日期格式应为 2026-12-31',
      'record.people.0.name': '必填',
      'record.people.0.role': '不是可选的值',
      'record.qualification.headcount': '不能小于 0',
      'record.amountFen': '金额应为不小于 0 的数字，最多两位小数',
    });
    expect((await app.call('opportunities.get', { id: o.id })).record).toEqual(o.record);
    const duplicate = await app.fail('opportunities.save', {
      id: o.id,
      record: {
        ...o.record,
        events: [
          { id: 'e1', kind: 'fastGrowth' },
          { id: 'e1', kind: 'limitedOffer' },
        ],
      },
    });
    expect(duplicate.fields['record.events.1.id']).toBe('列表中的编号 e1 重复');
    expect(await app.fail('opportunities.create', { customerId: 999, name: 'x' })).toMatchObject({
      fields: { customerId: '找不到客户 #999' },
    });
  });

  it('qualifies, warns about people, shows the strongest event', async () => {
    const app = await openTestApp();
    let o = await newOpportunity(app);
    o = await save(app, o, {
      qualification: {
        ...o.record.qualification,
        headcount: 60,
        salesWan: 8_000,
        grossProfitWan: 600,
        nature: 'private',
        business: 'trading',
        purchasePlan: 'withinQuarter',
      },
      people: [
        {
          id: 'p1',
          name: '赵总',
          title: '总经理',
          role: 'decisionMaker',
          stance: 'supporter',
          influence: 'high',
          audienceRole: 'gm',
          phone: '',
          lastContact: '',
          notes: '',
        },
        {
          id: 'p2',
          name: '小钱',
          title: '网管',
          role: 'insider',
          stance: 'supporter',
          influence: 'low',
          audienceRole: 'cio',
          phone: '',
          lastContact: '',
          notes: '',
        },
      ],
      events: [
        { id: 'e1', kind: 'limitedOffer', title: '', evidence: '年底优惠', date: '2026-12-01', strength: 'weak' },
        {
          id: 'e2',
          kind: 'legacyFailing',
          title: '',
          evidence: '旧系统月底崩溃',
          date: '2026-11-20',
          strength: 'strong',
        },
      ],
    });
    expect(o.qualification).toMatchObject({ score: 80, verdict: 'focus' });
    expect(o.peopleWarnings).toEqual([]);
    expect(o.audienceRoles).toEqual(['gm', 'cio']);
    expect(o.strongestEvent).toEqual({ id: 'e2', label: '原有系统技术落后、BUG 多，服务跟不上', strength: 'strong' });
    expect(o.probability.factors.map((f) => f.label)).toContain('最强的强迫事件：强');
  });
});

describe('stage gates', () => {
  it('refuse a move without the deliverable, name what is missing, and change nothing', async () => {
    const app = await openTestApp({ seedDemo: true });
    const o = await newOpportunity(app);
    await app.call('opportunities.advance', { id: o.id, to: 2 });
    const refused = await app.fail('opportunities.advance', { id: o.id, to: 4 });
    expect(refused.code).toBe('GATE_NOT_MET');
    expect(refused.message).toContain('不能进入阶段 4「方案演示与技术交流」');
    expect(refused.message).toContain('· 3 提交初步方案 — 还没有本商机的方案书');
    expect(refused.message).toContain('· 4 方案演示与技术交流 — 还没有本商机的演示脚本');
    const after = await app.call('opportunities.get', { id: o.id });
    expect(after.stage).toBe(2);
    expect(after.nextGate?.missing.map((m) => [m.message, m.link])).toEqual([
      ['还没有本商机的方案书', { kind: 'newProposal' }],
    ]);
  });

  it('pass once the documents made from the opportunity exist; each is listed on it and in the timeline', async () => {
    const app = await openTestApp({ seedDemo: true });
    let o = await newOpportunity(app);
    o = await save(app, o, {
      needs: ['多仓库存'],
      painPoints: ['盘点差异大'],
      events: [{ id: 'e1', kind: 'fastGrowth', title: '', evidence: '门店翻倍', date: '', strength: 'strong' }],
    });
    const solution = must((await app.call('library.solutions', {})).find((x) => x.code === 'SOL-DIST'));
    const proposal = await app.call('proposals.create', {
      customerId: null,
      solutionId: solution.id,
      quoteRevisionId: null,
      opportunityId: o.id,
    });
    // The proposal takes the opportunity's customer, needs, pain points and compelling events.
    expect(proposal.content.customerId).toBe(o.customer.id);
    expect(proposal.opportunity).toEqual({ id: o.id, name: '新禾贸易 进销存', stage: 1 });
    const situation = proposal.content.sections.find((s) => s.kind === 'situation');
    expect(situation).toMatchObject({
      needs: ['多仓库存'],
      painPoints: ['盘点差异大', '企业高速成长，现有管理办法和工具跟不上：门店翻倍'],
    });
    await app.call('demoScripts.create', {
      title: '新禾演示',
      customerId: null,
      solutionId: solution.id,
      moduleIds: solution.modules.slice(0, 2).map((m) => m.id),
      roles: ['gm'],
      totalMinutes: 60,
      similarCustomers: [],
      locale: 'zh-CN',
      opportunityId: o.id,
    });
    o = await app.call('opportunities.advance', { id: o.id, to: 4, by: '李娜' });
    expect(o.stage).toBe(4);
    expect(o.documents.proposals.map((p) => p.title)).toEqual(['新禾贸易 分销行业解决方案建议书']);
    expect(o.documents.demoScripts.map((s) => s.title)).toEqual(['新禾演示']);
    expect(o.timeline.slice(0, 3).map((e) => [e.kind, e.actor, e.summary])).toEqual([
      ['stage', '李娜', '阶段 1 → 4「方案演示与技术交流」'],
      ['document', '', '演示脚本「新禾演示」：已创建'],
      ['document', '', '方案书「新禾贸易 分销行业解决方案建议书」：已创建'],
    ]);
  });

  it('can be passed with a written reason, logged as an override with what was missing', async () => {
    const app = await openTestApp();
    const o = await newOpportunity(app);
    const short = await app.fail('opportunities.advance', { id: o.id, to: 3, override: '急' });
    expect(short.fields.override).toBe('请写明原因（至少 4 个字）');
    const moved = await app.call('opportunities.advance', {
      id: o.id,
      to: 3,
      override: '客户要求先看演示再给方案',
      by: '张伟',
    });
    expect(moved.stage).toBe(3);
    const override = must(moved.timeline.find((e) => e.kind === 'override'));
    expect(override).toMatchObject({ actor: '张伟', text: '客户要求先看演示再给方案', fromStage: 1, toStage: 3 });
    expect(override.summary).toContain('越过未满足的关口进入阶段 3「提交初步方案」');
    // Going back needs no gate, and is logged too.
    const back = await app.call('opportunities.advance', { id: o.id, to: 2 });
    expect(back.timeline[0]?.summary).toBe('退回阶段 3 → 2「客户拜访与初步调研」');
    expect((await app.fail('opportunities.advance', { id: o.id, to: 2 })).message).toBe(
      '商机已经在阶段 2「客户拜访与初步调研」',
    );
    expect((await app.fail('opportunities.advance', { id: o.id, to: 9 })).fields.to).toBe('阶段应为 1–8');
  });

  it('follow the company’s stage definitions', async () => {
    const app = await openTestApp();
    const settings = await app.call('opportunities.settings', {});
    const stages = settings.stages.map((s) =>
      s.number === 3 ? { ...s, gates: [], name: { ...s.name, 'zh-CN': '方案初稿' } } : s,
    );
    await app.call('opportunities.saveSettings', { ...settings, stages });
    const o = await newOpportunity(app);
    const moved = await app.call('opportunities.advance', { id: o.id, to: 3 });
    expect(moved.stages[2]?.name).toBe('方案初稿');
    const bad = await app.fail('opportunities.saveSettings', {
      ...settings,
      qualification: { ...settings.qualification, followScore: 90, focusScore: 70 },
      confirmationThreshold: 120,
    });
    expect(bad.fields).toMatchObject({
      'qualification.followScore': '“可跟进”的分数线不能高于“重点”',
      confirmationThreshold: '百分比应为 0–100 的整数',
    });
    expect((await app.call('opportunities.resetSettings', {})).stages[2]?.name['zh-CN']).toBe('提交初步方案');
  });
});

describe('closing, archiving, deleting', () => {
  it('lost needs a reason; won needs the 签约成交 gate or an override', async () => {
    const app = await openTestApp();
    const o = await newOpportunity(app);
    expect((await app.fail('opportunities.close', { id: o.id, outcome: 'lost', reason: '' })).fields.reason).toBe(
      '请写明原因（至少 4 个字）',
    );
    const won = await app.fail('opportunities.close', { id: o.id, outcome: 'won', reason: '客户签字了' });
    expect(won.code).toBe('GATE_NOT_MET');
    expect(won.message).toContain('购买条件未确认：明确没有竞争对手参与竞争');
    expect(won.message).toContain('还没有本商机的合同草稿');
    const lost = await app.call('opportunities.close', {
      id: o.id,
      outcome: 'lost',
      category: 'price',
      reason: '对手报价低 30%',
    });
    expect(lost).toMatchObject({
      status: 'lost',
      closing: { outcome: 'lost', category: 'price', reason: '对手报价低 30%' },
    });
    expect(lost.probability.percent).toBe(0);
    expect(lost.timeline[0]?.summary).toBe('丢单（价格）');
    expect((await app.fail('opportunities.advance', { id: o.id, to: 2 })).message).toBe(
      '商机已关闭（丢单），请先重新打开',
    );
    expect((await app.call('opportunities.list', {})).rows).toEqual([]);
    expect((await app.call('opportunities.list', { status: 'lost' })).rows.map((r) => r.name)).toEqual([
      '新禾贸易 进销存',
    ]);
    const reopened = await app.call('opportunities.reopen', { id: o.id, reason: '对手交付不了' });
    expect(reopened).toMatchObject({ status: 'open', closing: null });
  });

  it('an opportunity with a sent quote cannot be deleted, only archived; without, its drafts stay unattached', async () => {
    const app = await openTestApp({ seedDemo: true });
    const sihai = await demoOpportunity(app, '四海商贸');
    const quote = must(sihai.documents.quotes[0]);
    await app.call('quotes.act', { revisionId: quote.revisionId, action: 'send' });
    expect((await app.call('opportunities.get', { id: sihai.id })).deletable).toBe(false);
    expect((await app.fail('opportunities.delete', { id: sihai.id })).message).toBe(
      '商机“四海商贸 ERP 一期（进销存 + 财务）”已有发送给客户的报价或合同，不能删除。请改为归档。',
    );
    const archived = await app.call('opportunities.archive', { id: sihai.id, archived: true });
    expect(archived.archived).toBe(true);
    expect((await app.call('opportunities.list', {})).rows.map((r) => r.id)).not.toContain(sihai.id);
    expect((await app.call('opportunities.list', { status: 'archived' })).rows.map((r) => r.id)).toEqual([sihai.id]);

    const o = await newOpportunity(app);
    expect((await app.fail('customers.delete', { id: o.customer.id })).message).toBe(
      '客户“嘉兴新禾贸易有限公司”有 1 个商机，不能删除。',
    );
    const draft = await app.call('quotes.create', { opportunityId: o.id, title: '草稿' });
    expect(draft.content.customerId).toBe(o.customer.id);
    await app.call('opportunities.delete', { id: o.id });
    expect((await app.call('quotes.get', { revisionId: draft.revisionId })).content.title).toBe('草稿');
  });

  it('a note and a contact go into the timeline; the contact dates the person', async () => {
    const app = await openTestApp({ seedDemo: true });
    const o = await demoOpportunity(app, '精工机电');
    const logged = await app.call('opportunities.log', {
      id: o.id,
      kind: 'contact',
      personId: 'p1',
      date: '2026-12-20',
      text: '电话确认下周调研',
      by: '张伟',
    });
    expect(logged.timeline[0]).toMatchObject({
      kind: 'contact',
      actor: '张伟',
      summary: '联系 刘建国',
      text: '电话确认下周调研',
    });
    expect(logged.record.people[0]?.lastContact).toBe('2026-12-20');
    expect(
      (await app.fail('opportunities.log', { id: o.id, kind: 'contact', personId: 'nobody', text: 'x' })).fields
        .personId,
    ).toBe('商机中没有这位关键人（nobody）');
  });
});

describe('the list', () => {
  it('shows the four demo opportunities; filters by stage, owner, close month and search; sorts', async () => {
    const app = await openTestApp({ seedDemo: true });
    const { rows, owners } = await app.call('opportunities.list', { sort: 'stage' });
    expect(rows.map((r) => [r.stage, r.stageName, r.customerName])).toEqual([
      [7, '商务谈判', '宁波四海商贸有限公司'],
      [3, '提交初步方案', '温州瓯江五金批发有限公司'],
      [2, '客户拜访与初步调研', '苏州精工机电设备有限公司'],
      [1, '客户规划与邀约', '杭州禾丰服饰有限公司'],
    ]);
    expect(owners).toEqual(['张伟', '李娜'].sort());
    expect((await app.call('opportunities.list', { stage: 2 })).rows.map((r) => r.customerName)).toEqual([
      '苏州精工机电设备有限公司',
    ]);
    expect((await app.call('opportunities.list', { owner: '李娜', sort: 'name' })).rows.length).toBe(2);
    expect((await app.call('opportunities.list', { closeMonth: '2027-01' })).rows.map((r) => r.name)).toEqual([
      '四海商贸 ERP 一期（进销存 + 财务）',
    ]);
    expect((await app.call('opportunities.list', { query: '五金' })).rows.map((r) => r.customerName)).toEqual([
      '温州瓯江五金批发有限公司',
    ]);
    const byAmount = (await app.call('opportunities.list', { sort: 'amount' })).rows.map((r) => r.amountFen);
    expect(byAmount).toEqual([...byAmount].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect((await app.fail('opportunities.list', { closeMonth: '2027-1' })).fields.closeMonth).toBe(
      '月份格式应为 2027-01',
    );
  });

  it('the demo 四海商贸 deal owns the demo documents and is ready for 签约 but for one purchase condition', async () => {
    const app = await openTestApp({ seedDemo: true });
    const o = await demoOpportunity(app, '四海商贸');
    expect([o.stage, o.stages[o.stage - 1]?.name]).toEqual([7, '商务谈判']);
    expect(o.documents.quotes.map((q) => [q.number, q.state])).toEqual([['BJ-2026-0001', 'approved']]);
    expect(o.documents.contracts.map((c) => [c.number, c.state])).toEqual([
      [expect.stringMatching(/^HT-\d{4}-0001$/), 'approved'],
    ]);
    expect(o.documents.proposals).toHaveLength(1);
    expect(o.documents.demoScripts).toHaveLength(1);
    expect(o.confirmation).toMatchObject({ answered: 11, total: 13, percent: 84 });
    expect(o.conditionsMet).toBe(5);
    expect(o.winGate.missing.map((m) => m.message)).toEqual(['购买条件未确认：明确没有竞争对手参与竞争']);
    const refused = await app.fail('opportunities.advance', { id: o.id, to: 8 });
    expect(refused.message).toContain('明确没有竞争对手参与竞争');
    // The competitor drops out: the deal can be signed.
    const record = {
      ...o.record,
      competitors: o.record.competitors.map((c) => ({ ...c, active: false })),
      conditions: { ...o.record.conditions, noCompetitor: true },
    };
    const saved = await app.call('opportunities.save', { id: o.id, record });
    expect(saved.winGate.missing).toEqual([]);
    expect((await app.call('opportunities.advance', { id: o.id, to: 8 })).stage).toBe(8);
    const ojiang = await demoOpportunity(app, '瓯江五金');
    expect(ojiang.timeline.find((e) => e.kind === 'override')?.text).toContain('直接约了演示');
    const hefeng = await demoOpportunity(app, '禾丰服饰');
    expect(hefeng.qualification.verdict).toBe('notRecommended');
    expect(hefeng.qualification.excludedBy?.key).toBe('industryExcluded');
    // Clearing the demo data removes the demo opportunities, but not the one the user has worked on.
    await app.call('demo.clear', {});
    expect((await app.call('opportunities.list', { status: 'all' })).rows.map((r) => [r.name, r.stage])).toEqual([
      ['四海商贸 ERP 一期（进销存 + 财务）', 8],
    ]);
  });

  it('answers in English with English stage names and messages', async () => {
    const app = await openTestApp({ seedDemo: true });
    await app.call('settings.setLocale', { locale: 'en' });
    const o = await demoOpportunity(app, '精工机电');
    expect(o.stages[1]?.name).toBe('Visit and first survey');
    expect(o.peopleWarnings.map((w) => w.message)).toEqual(['No insider (内线) yet']);
    expect(o.probability.factors[0]?.label).toBe('Stage 2 “Visit and first survey” base');
  });
});

describe('migration from schema 5', () => {
  it('backs up first, then attaches every document to one opportunity per customer, losing nothing', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'presales.db');
    fs.copyFileSync(SCHEMA_5_DEMO, dbPath);
    const before = new Database(dbPath, { readonly: true });
    const counts = (db: Database.Database) =>
      ['customers', 'quotes', 'quote_revisions', 'proposals', 'demo_scripts', 'contracts'].map((table) =>
        Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()),
      );
    const countsBefore = counts(before);
    expect(before.pragma('user_version', { simple: true })).toBe(5);
    before.close();

    const app = await openTestApp({ dbPath });
    const db = app.ctx.db();
    expect(counts(db)).toEqual(countsBefore);
    expect(
      listBackups(app.ctx.backupsDir)
        .map((b) => b.name)
        .some((n) => n.includes('before-migration')),
    ).toBe(true);
    const { rows } = await app.call('opportunities.list', { status: 'all' });
    // The fixture's second customer has no documents, so it gets no opportunity.
    expect(rows.map((r) => [r.name, r.stage])).toEqual([['宁波四海商贸有限公司 项目', 7]]);
    const o = await app.call('opportunities.get', { id: must(rows[0]).id });
    expect(o.documents.quotes.map((q) => `${q.number}-${q.revision} ${q.state}`)).toEqual(['BJ-2026-0001-A sent']);
    expect(o.documents.contracts.map((c) => c.number)).toEqual(['HT-2026-0001']);
    expect(o.documents.proposals).toHaveLength(1);
    expect(o.documents.demoScripts).toHaveLength(1);
    expect(o.record.qualification.industry).toBe('分销/商贸');
    expect(o.timeline.at(0)).toMatchObject({
      kind: 'migrated',
      summary: '由升级自动创建，挂接了该客户已有的 4 份文档',
    });
    // Documents made since belong to the customer's one open opportunity.
    const quote = await app.call('quotes.create', { customerId: o.customer.id, title: '二期' });
    expect((await app.call('opportunities.get', { id: o.id })).documents.quotes.map((q) => q.title)).toContain('二期');
    expect(quote.content.customerId).toBe(o.customer.id);
    const unattached = Number(db.prepare('SELECT count(*) FROM quotes WHERE opportunity_id IS NULL').pluck().get());
    expect(unattached).toBe(0);
  });
});
