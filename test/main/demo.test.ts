import { describe, expect, it } from 'vitest';
import { demoItems } from '../../src/main/services/demo/demo-data';
import { validCompany } from '../helpers/fixtures';
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

  it('does not replace a company profile the user already has', async () => {
    const app = await openTestApp();
    await app.call('company.save', validCompany());
    await app.call('demo.load');
    expect(await app.call('company.get')).toMatchObject({ name: validCompany().name, isDemo: false });
  });
});
