import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let settings: SettingsPage;

beforeEach(() => {
  ({ page, server, app } = session);
  settings = new SettingsPage(page);
});

describe('设置 → 报价', () => {
  it('changes the number prefix and the minimum margin; a bad percentage is named on its field', async () => {
    await app.open('settings');
    await settings.openQuoteRules();
    expect(await settings.quotePrefix().inputValue()).toBe('BJ');
    expect(await settings.minMargin().inputValue()).toBe('30');
    await expect.poll(() => settings.templates().innerText()).toContain('标准商务条款');
    await saveScreenshot(page, 'settings-quote-rules');

    await settings.minMargin().fill('三十');
    await settings.saveQuoteRules();
    await expect.poll(() => page.getByText('请输入 0–100 之间的百分比').count()).toBe(1);

    await settings.minMargin().fill('25.5');
    await settings.quotePrefix().fill('sh');
    await settings.saveQuoteRules();
    await expect.poll(() => page.getByText('报价规则已保存').count()).toBe(1);
    const saved = await invoke(server.ctx, 'quoteSettings.get', {});
    expect(saved.ok && saved.data).toMatchObject({ numberPrefix: 'SH', minMarginBp: 2550 });
  });
});
