import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ContractDetail } from '../../../src/shared/api/contract-drafts';
import { rmbCapital } from '../../../src/shared/rmb-capital';
import { must } from '../../helpers/must';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Contracts through the real dispatcher, on the demo database: the demo quote is approved and
 * legal has approved the contract HT-…-0001 drafted from it (the demo deal is in 商务谈判); the
 * second demo contract, HT-…-0002, is 瓯江五金's draft.
 */

async function demoQuote(app: TestApp) {
  const [summary] = await app.call('quotes.list', {});
  return app.call('quotes.get', { revisionId: must(summary).revisionId });
}

async function approvedDemoQuote(app: TestApp) {
  const quote = await demoQuote(app);
  if (quote.state === 'approved') return quote;
  return app.call('quotes.approve', { revisionId: quote.revisionId, by: '张经理', comment: '同意' });
}

async function draftContract(app: TestApp, template?: string): Promise<ContractDetail> {
  const quote = await approvedDemoQuote(app);
  return app.call('contracts.create', { quoteNumber: quote.number, template });
}

function clause(detail: ContractDetail, category: string) {
  return must(detail.content.clauses.find((c) => c.category === category));
}

describe('the clause library and templates', () => {
  it('are seeded into every database: the licence and trial contracts in Chinese, the licence in English', async () => {
    const app = await openTestApp();
    const templates = await app.call('contractTemplates.list', {});
    expect(templates.map((t) => [t.key, t.lang, t.kind])).toEqual([
      ['licence-zh', 'zh-CN', 'licence'],
      ['trial-zh', 'zh-CN', 'trial'],
      ['licence-en', 'en', 'licence'],
    ]);
    const clauses = await app.call('clauses.list', { lang: 'zh-CN' });
    const disputes = must(clauses.find((c) => c.key === 'disputes'));
    expect(disputes.wordings.map((w) => w.key)).toEqual(['arbitration', 'court']);
    expect(disputes.version).toBe(1);
  });

  it('saves an edited clause as a new version and keeps the old one', async () => {
    const app = await openTestApp();
    const warranty = must((await app.call('clauses.list', { lang: 'zh-CN' })).find((c) => c.key === 'warranty'));
    const wording = must(warranty.wordings[0]);
    const saved = await app.call('clauses.save', {
      ...warranty,
      wordings: [{ ...wording, body: `${wording.body}\n维护期内每年提供一次免费巡检。` }],
      note: '增加巡检',
      by: '法务部 刘律师',
    });
    expect(saved.version).toBe(2);
    const { history } = await app.call('clauses.get', { id: warranty.id });
    expect(history.map((h) => [h.version, h.note, h.createdBy])).toEqual([
      [2, '增加巡检', '法务部 刘律师'],
      [1, '', ''],
    ]);
    expect(history[1]?.wordings[0]?.body).toBe(wording.body);
    const unchanged = await app.call('clauses.save', { ...saved, note: '' });
    expect(unchanged.version).toBe(2);
    const db = new Database(app.dbPath);
    expect(() => db.prepare("UPDATE clause_versions SET note = 'x' WHERE clause_id = ?").run(warranty.id)).toThrow(
      /cannot be changed/,
    );
    db.close();
  });
});

describe('a contract from a quote', () => {
  it('is refused while the quote is not approved, with the reason', async () => {
    const app = await openTestApp({ seedDemo: true });
    const approved = await demoQuote(app);
    // Editing an approved quote withdraws its approval.
    const quote = await app.call('quotes.save', {
      revisionId: approved.revisionId,
      content: { ...approved.content, notes: `${approved.content.notes}\n客户要求补充培训` },
    });
    expect(quote.state).toBe('draft');
    const error = await app.fail('contracts.create', { quoteNumber: quote.number });
    expect(error.code).toBe('REFUSED');
    expect(error.message).toBe(`报价 ${quote.number}-A 尚未审批（当前状态：草稿），不能起草合同。`);
  });

  it('states the parties, schedule, total, 大写 and milestones exactly as the quote', async () => {
    const app = await openTestApp({ seedDemo: true });
    const quote = await approvedDemoQuote(app);
    const contract = await app.call('contracts.create', { quoteNumber: quote.number });
    // The demo contracts are HT-…-0001 and HT-…-0002.
    expect(contract.number).toMatch(/^HT-\d{4}-0003$/);
    expect(contract.state).toBe('draft');
    expect(contract.template.key).toBe('licence-zh');
    const { deal } = contract;
    expect(deal.totalFen).toBe(quote.priced.totalFen);
    expect(deal.totalCapital).toBe(quote.totalCapital);
    expect(deal.milestones.map((m) => [m.label, m.amountFen])).toEqual(
      quote.priced.milestones.map((m) => [m.label, m.amountFen]),
    );
    expect(deal.milestones.map((m) => m.trigger)).toEqual(['signing', 'goLive', 'acceptance']);
    for (const m of deal.milestones) expect(m.capital).toBe(rmbCapital(m.amountFen));
    expect(deal.lines.reduce((sum, l) => sum + l.grossFen, 0)).toBe(deal.totalFen);
    expect(deal.lines.length).toBe(quote.content.lines.filter((l) => !l.optional).length);
    expect(deal.customer).toMatchObject({
      name: '宁波四海商贸有限公司',
      taxId: '91330205MA2H4QW71P',
      bankName: '中国银行宁波江北支行',
      representative: '陈志明',
    });
    expect(deal.company).toMatchObject({ name: '杭州云帆软件有限公司', representative: '陈志远' });
    expect(contract.problems).toEqual([]);
    expect(contract.nonStandard).toEqual([]);
    expect(contract.clauses.every((c) => c.status === 'standard')).toBe(true);
    expect(
      contract.clauses
        .filter((c) => c.number !== '')
        .map((c) => c.number)
        .slice(0, 3),
    ).toEqual(['第一条', '第二条', '第三条']);
    expect(contract.events.map((e) => [e.kind, e.toState])).toEqual([['create', 'draft']]);
  });

  it('never changes when the customer, the quote or the library changes later', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    const customer = must((await app.call('customers.list', {}))[0]);
    await app.call('customers.save', { ...customer, name: '宁波四海控股集团有限公司' });
    const scope = clause(contract, 'scope');
    const library = await app.call('clauses.get', { id: must(scope.clauseId) });
    await app.call('clauses.save', {
      ...library.clause,
      wordings: library.clause.wordings.map((w) => ({ ...w, heading: '合同标的与范围' })),
    });
    const again = await app.call('contracts.get', { id: contract.id });
    expect(again.deal).toEqual(contract.deal);
    expect(clause(again, 'scope')).toEqual(scope);
    expect(again.nonStandard).toEqual([]);
  });

  it('names each missing party detail; a draft exports it as a marked blank, never a silent one', async () => {
    const app = await openTestApp({ seedDemo: true });
    const customer = must((await app.call('customers.list', {}))[0]);
    await app.call('customers.save', { ...customer, representative: '', bankAccount: '' });
    const contract = await draftContract(app);
    expect(contract.problems.map((p) => p.field)).toEqual(['customer.representative', 'customer.bankAccount']);
    const exported = await app.call('contracts.export', { id: contract.id, format: 'docx', locale: 'zh-CN' });
    const zip = await JSZip.loadAsync(Buffer.from(exported.dataBase64, 'base64'));
    const body = must(await zip.file('word/document.xml')?.async('string'));
    expect(body).toContain('【待补充：甲方法定代表人】');
    expect(body).toContain('【待补充：甲方银行账号】');
    // Legal reads it with the blanks; approving it for signing needs every value.
    const submitted = await app.call('contracts.act', { id: contract.id, action: 'submit', by: '王工' });
    expect(submitted.state).toBe('review');
    const approved = await app.fail('contracts.act', { id: contract.id, action: 'approve', by: '法务' });
    expect(approved.message).toContain('{{customer.bankAccount}}（甲方银行账号）');
  });

  it('uses the template asked for: trial in Chinese, licence in English', async () => {
    const app = await openTestApp({ seedDemo: true });
    const trial = await draftContract(app, 'trial-zh');
    expect(trial.content.title).toBe('软件试用协议');
    expect(trial.content.terms.copies).toBe(2);
    const quote = await demoQuote(app);
    const english = await app.call('contracts.create', { quoteNumber: quote.number, template: 'licence-en' });
    expect(english.lang).toBe('en');
    expect(english.clauses.find((c) => c.number !== '')?.number).toBe('Article 1');
    const missing = await app.fail('contracts.create', { quoteNumber: quote.number, template: 'nda-zh' });
    expect(missing.message).toContain('licence-zh, trial-zh, licence-en');
  });
});

describe('editing a draft', () => {
  it('marks edited, added and removed clauses for legal, with the word diff', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    const warranty = clause(contract, 'warranty');
    const optional = must(contract.content.clauses.find((c) => !c.mandatory && c.category === 'notices'));
    const clauses = contract.content.clauses
      .filter((c) => c.id !== optional.id)
      .map((c) => (c.id === warranty.id ? { ...c, body: c.body.replace('{{terms.warrantyMonths}}', '二十四') } : c));
    clauses.splice(clauses.length - 1, 0, {
      id: 'added-1',
      origin: 'added',
      clauseId: null,
      clauseVersion: null,
      wording: null,
      category: 'other',
      mandatory: false,
      heading: '源代码托管',
      body: '乙方将定制开发部分的源代码交第三方托管。',
    });
    const saved = await app.call('contracts.save', {
      id: contract.id,
      content: {
        ...contract.content,
        clauses,
        removed: [
          {
            clauseId: must(optional.clauseId),
            clauseVersion: must(optional.clauseVersion),
            wording: must(optional.wording),
            heading: optional.heading,
          },
        ],
      },
    });
    expect(saved.nonStandard.map((n) => [n.heading, n.status])).toEqual([
      [warranty.heading, 'edited'],
      ['源代码托管', 'added'],
      [optional.heading, 'removed'],
    ]);
    const diff = must(saved.nonStandard[0]).diff;
    expect(diff.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['二十四']);
    expect(diff.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toEqual(['{{terms.warrantyMonths}}']);
    const list = await app.call('contracts.list', {});
    expect(list[0]?.nonStandard).toBe(3);
  });

  it('switching to an alternative wording is standard; mandatory clauses cannot be removed', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    const disputes = clause(contract, 'disputes');
    const court = must(
      contract.library.find((c) => c.id === disputes.clauseId)?.wordings.find((w) => w.key === 'court'),
    );
    const switched = await app.call('contracts.save', {
      id: contract.id,
      content: {
        ...contract.content,
        clauses: contract.content.clauses.map((c) =>
          c.id === disputes.id ? { ...c, wording: 'court', heading: court.heading, body: court.body } : c,
        ),
      },
    });
    expect(switched.nonStandard).toEqual([]);
    const error = await app.fail('contracts.save', {
      id: contract.id,
      content: { ...contract.content, clauses: contract.content.clauses.filter((c) => c.id !== disputes.id) },
    });
    expect(error.message).toBe(`“${disputes.heading}”是必备条款，不能删除`);
  });
});

describe('legal review', () => {
  it('goes draft → review → approved → signed, recording who and when; locked once submitted', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    const inReview = await app.call('contracts.act', { id: contract.id, action: 'submit', by: '王工' });
    expect(inReview.state).toBe('review');
    expect(inReview.editable).toBe(false);
    expect(inReview.allowedActions).toEqual(['approve', 'return']);
    const locked = await app.fail('contracts.save', { id: contract.id, content: contract.content });
    expect(locked.message).toContain('法务审核中');
    const db = new Database(app.dbPath);
    expect(() => db.prepare("UPDATE contract_revisions SET content_json = '{}'").run()).toThrow(/locked/);
    expect(() => db.prepare("UPDATE contracts SET deal_json = '{}'").run()).toThrow(/figures/);
    db.close();

    const returned = await app.call('contracts.act', {
      id: contract.id,
      action: 'return',
      by: '刘律师',
      comment: '第八条责任上限请改为 50%',
    });
    expect(returned.revision).toBe(2);
    expect(returned.state).toBe('draft');
    expect(returned.revisions.map((r) => [r.revision, r.state])).toEqual([
      [1, 'review'],
      [2, 'draft'],
    ]);
    const first = await app.call('contracts.get', { id: contract.id, revision: 1 });
    expect(first.editable).toBe(false);

    await app.call('contracts.act', { id: contract.id, action: 'submit', by: '王工' });
    await app.call('contracts.act', { id: contract.id, action: 'approve', by: '刘律师', comment: '同意' });
    const signed = await app.call('contracts.act', { id: contract.id, action: 'sign', by: '王工' });
    expect(signed.state).toBe('signed');
    expect(signed.allowedActions).toEqual([]);
    expect(signed.events.map((e) => [e.kind, e.actor, e.revision])).toEqual([
      ['create', expect.any(String), 1],
      ['submit', '王工', 1],
      ['return', '刘律师', 2],
      ['submit', '王工', 2],
      ['approve', '刘律师', 2],
      ['sign', '王工', 2],
    ]);
    expect(signed.events[2]?.comment).toBe('第八条责任上限请改为 50%');
    expect(signed.events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    const undeletable = await app.fail('contracts.delete', { id: contract.id });
    expect(undeletable.code).toBe('REFUSED');
  });

  it('refuses an action the state does not allow', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    const error = await app.fail('contracts.act', { id: contract.id, action: 'sign', by: '王工' });
    expect(error.message).toBe('合同处于“草稿”状态，不能执行“登记签署”');
    await app.call('contracts.delete', { id: contract.id });
    expect((await app.call('contracts.list', {})).map((c) => c.number)).toEqual([
      expect.stringMatching(/^HT-\d{4}-0001$/),
      expect.stringMatching(/^HT-\d{4}-0002$/),
    ]);
  });
});

describe('documents', () => {
  it('exports .docx for legal with real numbering and .pdf for signing, named by contract and customer', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    const docx = await app.call('contracts.export', { id: contract.id, format: 'docx', locale: 'zh-CN' });
    expect(docx.fileName).toBe(`合同 ${contract.number} 宁波四海商贸有限公司.docx`);
    const zip = await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'));
    const numbering = must(await zip.file('word/numbering.xml')?.async('string'));
    expect(numbering).toContain('第%1条');
    const body = must(await zip.file('word/document.xml')?.async('string'));
    expect(body).toContain(contract.deal.totalCapital);
    const pdf = await app.call('contracts.export', { id: contract.id, format: 'pdf', locale: 'en' });
    expect(pdf.fileName).toBe(`Contract ${contract.number} 宁波四海商贸有限公司.pdf`);
    expect(Buffer.from(pdf.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('demo data', () => {
  it('clearing it keeps a demo quote the user drafted a contract from', async () => {
    const app = await openTestApp({ seedDemo: true });
    const contract = await draftContract(app);
    await app.call('demo.clear', {});
    expect((await app.call('contracts.get', { id: contract.id })).deal).toEqual(contract.deal);
    expect((await app.call('quotes.list', {})).map((q) => q.number)).toEqual([contract.quote.number.slice(0, -2)]);
  });
});
