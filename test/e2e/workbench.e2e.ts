import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { CompanyPage } from './pages/company-page';
import { OverviewPage } from './pages/overview-page';
import { SettingsPage } from './pages/settings-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;

beforeEach(() => {
  ({ page, server, app } = session);
});

describe('the workbench in a browser, against the real services', () => {
  it('opens in Chinese with the demo company, switches to English, and remembers it', async () => {
    await app.open('overview');
    expect(await app.navLabel('company').innerText()).toBe('公司信息');
    expect(await app.headerCompanyName().innerText()).toBe('云帆软件');
    const overview = new OverviewPage(page);
    await expect.poll(() => overview.demoStatus().innerText()).toContain('56 个价格条目');
    expect(await overview.count('价格条目').innerText()).toBe('56');
    await saveScreenshot(page, 'overview-zh');

    await app.switchLanguage('English');
    await expect.poll(() => app.navLabel('company').innerText()).toBe('Company');
    await expect.poll(() => overview.demoStatus().innerText()).toContain('56 price items');
    await saveScreenshot(page, 'overview-en');

    await app.reload();
    expect(await app.navLabel('settings').innerText()).toBe('Settings');
    await app.switchLanguage('中文');
    await expect.poll(() => app.navLabel('settings').innerText()).toBe('设置');
  });

  it('edits the company profile: an invalid tax ID is named, the fix is saved and survives a reload', async () => {
    await app.open('company');
    const company = new CompanyPage(page);
    await expect.poll(() => company.value('name')).toBe('杭州云帆软件有限公司');
    await saveScreenshot(page, 'company-zh');

    await company.fill({
      name: '苏州启明信息技术有限公司',
      shortName: '启明信息',
      taxId: '91320594MA1X7GXK14',
      phone: '0512-6688 1234',
    });
    await company.save();
    await expect.poll(() => company.errorOf('taxId')).toBe('统一社会信用代码校验位不正确，请核对');
    expect(await company.errorOf('name')).toBeNull();
    // The form takes the user to the field to fix.
    await expect.poll(() => company.isFocused('taxId')).toBe(true);
    await expect.poll(() => app.notification('有字段填写不正确').count()).toBe(1);
    await saveScreenshot(page, 'company-invalid-tax-id-zh', { keepNotifications: true });
    // Nothing was stored: the header still shows the old company.
    expect(await app.headerCompanyName().innerText()).toBe('云帆软件');

    await company.fill({ taxId: '91320594MA1X7GXK18' });
    await company.chooseVatMode('不含税');
    await company.save();
    await expect.poll(() => app.notification('公司信息已保存').count()).toBe(1);
    expect(await company.errorOf('taxId')).toBeNull();
    await expect.poll(() => app.headerCompanyName().innerText()).toBe('启明信息');

    await app.reload();
    await app.go('company');
    await expect.poll(() => company.value('name')).toBe('苏州启明信息技术有限公司');
    expect(await company.value('taxId')).toBe('91320594MA1X7GXK18');
    expect(await company.value('phone')).toBe('0512-6688 1234');
    expect(await page.getByTestId('company-demo-notice').count()).toBe(0);
    const stored = await server.ctx.db().prepare('SELECT tax_id, default_vat_mode, is_demo FROM company_profile').get();
    expect(stored).toEqual({ tax_id: '91320594MA1X7GXK18', default_vat_mode: 'exclusive', is_demo: 0 });
  });

  it('shows field errors in English once the language is English', async () => {
    await app.open('company');
    await app.switchLanguage('English');
    const company = new CompanyPage(page);
    await company.fill({ email: 'sales(at)example.com' });
    await company.save();
    await expect.poll(() => company.errorOf('email')).toBe('Not a valid email address, e.g. sales@example.com');
    await saveScreenshot(page, 'company-invalid-email-en');
  });

  it('backs up from Settings and restores that backup', async () => {
    await app.open('settings');
    const settings = new SettingsPage(page);
    await settings.openBackups();
    await settings.backUpNow();
    await expect.poll(() => settings.backupRows().count()).toBe(1);
    const [backup] = fs.readdirSync(server.ctx.backupsDir);
    if (!backup) throw new Error('no backup file was written');

    // Change something after the backup, then restore and see it undone.
    await app.go('overview');
    const overview = new OverviewPage(page);
    await overview.clearDemo();
    await expect.poll(() => overview.demoStatus().innerText()).toBe('当前没有演示数据。');

    await app.go('settings');
    await settings.openBackups();
    await settings.restore(backup);
    await expect.poll(() => app.notification(`已从 ${backup} 恢复`).count()).toBe(1);
    await expect.poll(() => settings.backupRows().count()).toBe(2);
    await saveScreenshot(page, 'settings-backups-zh');
    await app.go('overview');
    await expect.poll(() => overview.demoStatus().innerText()).toContain('56 个价格条目');
  });

  it('a damaged database gets a clear screen that offers the backups, never a crash', async () => {
    await app.open('settings');
    const settings = new SettingsPage(page);
    await settings.openBackups();
    await settings.backUpNow();
    await expect.poll(() => settings.backupRows().count()).toBe(1);
    const [backup] = fs.readdirSync(server.ctx.backupsDir);
    if (!backup) throw new Error('no backup file was written');

    server.ctx.close();
    fs.writeFileSync(server.ctx.dbPath, 'this is not an SQLite file '.repeat(100));
    await server.ctx.reopen();
    await app.reloadPage();
    await page.getByTestId('db-error-screen').waitFor();
    expect(await page.getByTestId('db-error-reason').innerText()).toBe(
      '这个文件不是售前工作台的数据库（不是 SQLite 文件）。',
    );
    await saveScreenshot(page, 'database-error-zh');

    await page.getByTestId(`restore-${backup}`).click();
    await app.confirm();
    await page.getByTestId('nav-overview').waitFor();
    await expect.poll(() => app.headerCompanyName().innerText()).toBe('云帆软件');
  });
});
