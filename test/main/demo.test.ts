import { describe, expect, it } from 'vitest';
import { demoItems } from '../../src/main/services/demo/demo-data';
import { validCompany } from '../helpers/fixtures';
import { must } from '../helpers/must';
import { openTestApp } from '../helpers/test-app';

describe('demo data', () => {
  it('is seeded on first run of the app: company, catalogue, two solutions, one customer', async () => {
    const app = await openTestApp({ seedDemo: true });
    const info = await app.call('db.info');
    expect(info.counts).toMatchObject({
      company_profile: 1,
      customers: 4,
      price_lists: 1,
      price_list_versions: 1,
      price_items: demoItems.length,
      solutions: 2,
    });
    expect(info.counts.price_items).toBeGreaterThanOrEqual(40);
    // Two approved quotes and the two contracts drafted from them (四海商贸 approved by legal, 瓯江五金 a draft).
    const rows = (table: string) =>
      app.ctx.db().prepare(`SELECT count(*) FROM ${table} WHERE is_demo = 1`).pluck().get();
    expect([rows('quotes'), rows('contracts'), rows('opportunities')]).toEqual([2, 2, 4]);
    expect(await app.call('demo.status')).toEqual({
      loaded: true,
      companyIsDemo: true,
      items: demoItems.length,
      solutions: 2,
      customers: 4,
    });
  });

  it('loading twice adds nothing the second time', async () => {
    const app = await openTestApp();
    await app.call('demo.load');
    await app.call('demo.load');
    expect((await app.call('db.info')).counts.price_items).toBe(demoItems.length);
  });

  it('is removed in one action, keeping what the user entered', async () => {
    const app = await openTestApp({ seedDemo: true });
    app.ctx
      .db()
      .prepare("INSERT INTO customers (name, created_at, updated_at) VALUES ('用户自己的客户', 'x', 'x')")
      .run();
    const status = await app.call('demo.clear');
    expect(app.ctx.db().prepare('SELECT count(*) FROM contracts').pluck().get()).toBe(0);
    expect(app.ctx.db().prepare('SELECT count(*) FROM quotes').pluck().get()).toBe(0);
    expect(status).toEqual({ loaded: false, companyIsDemo: false, items: 0, solutions: 0, customers: 0 });
    const info = await app.call('db.info');
    expect(info.counts).toMatchObject({
      company_profile: 0,
      customers: 1,
      price_lists: 0,
      price_items: 0,
      solutions: 0,
      solution_modules: 0,
      solution_features: 0,
      categories: 0,
    });
  });

  it('holds a contract draft for 瓯江五金 whose blanks are named: the customer has not sent its tax ID and bank', async () => {
    const app = await openTestApp({ seedDemo: true });
    const list = await app.call('contracts.list', {});
    expect(list.map((c) => [c.customerName, c.state])).toEqual([
      ['宁波四海商贸有限公司', 'approved'],
      ['温州瓯江五金批发有限公司', 'draft'],
    ]);
    const draft = await app.call('contracts.get', { id: must(list[1]).id });
    expect(draft.opportunity).toMatchObject({ name: '瓯江五金 分销与门店订货', stage: 3 });
    expect(draft.template.key).toBe('licence-zh');
    expect(draft.deal.customer).toMatchObject({ name: '温州瓯江五金批发有限公司', representative: '林海', taxId: '' });
    expect(draft.problems.map((p) => [p.field, p.problem])).toEqual([
      ['customer.taxId', 'empty'],
      ['customer.bankName', 'empty'],
      ['customer.bankAccount', 'empty'],
    ]);
    expect(draft.content.terms.signingPlace).toBe('浙江省温州市');
    expect(draft.content.clauses.find((c) => c.category === 'acceptance')?.wording).toBe('final');
    expect(draft.events.map((e) => [e.kind, e.actor])).toEqual([['create', '李娜']]);
    // It goes to legal with its blanks; legal cannot approve it for signing until they are filled.
    await app.call('contracts.act', { id: draft.id, action: 'submit', by: '李娜' });
    const refused = await app.fail('contracts.act', { id: draft.id, action: 'approve', by: '法务' });
    expect(refused.message).toContain('甲方统一社会信用代码');
    const quote = await app.call('quotes.byNumber', { number: draft.quote.number });
    expect([quote.state, quote.approval?.by]).toEqual(['approved', '李经理']);
    expect(draft.deal.totalFen).toBe(quote.priced.totalFen);
    // The first quote in the list is still 四海商贸's, the older one comes second.
    expect((await app.call('quotes.list', {})).map((q) => q.customerName)).toEqual([
      '宁波四海商贸有限公司',
      '温州瓯江五金批发有限公司',
    ]);
  });

  it('does not replace a company profile the user already has', async () => {
    const app = await openTestApp();
    await app.call('company.save', validCompany());
    await app.call('demo.load');
    expect(await app.call('company.get')).toMatchObject({ name: validCompany().name, isDemo: false });
  });
});
