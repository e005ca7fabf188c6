import { describe, expect, it } from 'vitest';
import { validCompany } from '../helpers/fixtures';
import { openTestApp } from '../helpers/test-app';

describe('company profile', () => {
  it('is empty on a new database and is stored exactly as entered', async () => {
    const app = await openTestApp();
    expect(await app.call('company.get')).toBeNull();
    const saved = await app.call('company.save', validCompany());
    expect(saved).toMatchObject({ ...validCompany(), isDemo: false });
    expect(await app.call('company.get')).toEqual(saved);
  });

  it('normalises the tax ID as typed (spaces, lower case) before checking it', async () => {
    const app = await openTestApp();
    const saved = await app.call('company.save', validCompany({ taxId: '9131 0115 ma1h7gxk13' }));
    expect(saved.taxId).toBe('91310115MA1H7GXK13');
  });

  it('names every wrong field, in Chinese by default, and stores nothing', async () => {
    const app = await openTestApp();
    const error = await app.fail('company.save', {
      ...validCompany(),
      name: '  ',
      taxId: '91310115MA1H7GXK14',
      email: 'sales.example.com',
      bankAccount: '12ab',
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('有字段填写不正确，请修改后再保存。');
    expect(error.fields).toEqual({
      name: '必填',
      taxId: '统一社会信用代码校验位不正确，请核对',
      email: '电子邮箱格式不对，例如 sales@example.com',
      bankAccount: '账号应为 8–32 位数字（可含空格或短横线）',
    });
    expect(await app.call('company.get')).toBeNull();
  });

  it('speaks English once the user switches the language', async () => {
    const app = await openTestApp();
    await app.call('settings.setLocale', { locale: 'en' });
    const error = await app.fail('company.save', validCompany({ taxId: '9131011' }));
    expect(error.fields).toEqual({ taxId: 'A unified social credit code has 18 characters (this one has 7)' });
  });

  it('refuses a logo that is not a PNG or JPEG, or too large', async () => {
    const app = await openTestApp();
    const gif = await app.fail(
      'company.save',
      validCompany({ logo: { mime: 'image/png', dataBase64: 'R0lGODlhAQABAAAAACw=' } }),
    );
    expect(gif.fields).toEqual({ logo: '标志必须是 PNG 或 JPEG 图片' });
    const huge = await app.fail(
      'company.save',
      validCompany({ logo: { mime: 'image/png', dataBase64: 'iVBORw0KGgo' + 'A'.repeat(1_500_000) } }),
    );
    expect(huge.fields).toEqual({ logo: '标志图片不能超过 1 MB' });
  });

  it('keeps the logo bytes and lets the user remove it', async () => {
    const app = await openTestApp();
    const withLogo = await app.call('company.save', validCompany());
    expect(withLogo.logo?.mime).toBe('image/png');
    const without = await app.call('company.save', validCompany({ logo: null }));
    expect(without.logo).toBeNull();
  });

  it('saving the seeded demo company makes it the user’s own', async () => {
    const app = await openTestApp({ seedDemo: true });
    const demo = await app.call('company.get');
    if (!demo) throw new Error('the demo company was not seeded');
    expect(demo.isDemo).toBe(true);
    const { isDemo: _isDemo, updatedAt: _updatedAt, ...fields } = demo;
    await app.call('company.save', { ...fields, phone: '0571-8888 0000' });
    await app.call('demo.clear');
    expect(await app.call('company.get')).toMatchObject({ name: demo.name, phone: '0571-8888 0000', isDemo: false });
  });
});
