import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { OpportunitySettings } from '../../src/shared/api/opportunities';
import { AppPage } from './pages/app-page';
import { OpportunitySettingsPage } from './pages/opportunity-settings-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let settings: OpportunitySettingsPage;

beforeEach(() => {
  ({ page, server, app } = session);
  settings = new OpportunitySettingsPage(page);
});

async function stored(): Promise<OpportunitySettings> {
  const result = await invoke(server.ctx, 'opportunities.settings', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('设置 → 商机', () => {
  it('edits a stage and the confirmation gate, keeps them over a reload, names bad values, resets', async () => {
    const defaults = await stored();
    await app.open('settings');
    await settings.open();
    expect(await settings.stageSummary(4).innerText()).toBe('30%');
    expect(await settings.threshold().inputValue()).toBe('80');
    expect(await settings.qualification('followScore').inputValue()).toBe('40');
    expect(await settings.qualification('minSalesWan').inputValue()).toBe('2,000');

    // Stage 4: a new Chinese name, a higher base probability and one more gate; the gate at 70 %.
    await settings.openStage(4);
    expect(await settings.stageField(4, 'name-zh').inputValue()).toBe('方案演示与技术交流');
    expect(await settings.gates(4)).toEqual(['演示脚本']);
    await settings.stageField(4, 'name-zh').fill('方案演示与现场交流');
    await settings.stageField(4, 'probability').fill('35');
    await settings.addGate(4, '方案书');
    await settings.threshold().fill('70');
    await expect.poll(() => settings.dirtyBadge().count()).toBe(1);
    await settings.saveWithShortcut();
    await expect.poll(() => app.notification('商机设置已保存').count()).toBe(1);
    await expect.poll(() => settings.dirtyBadge().count()).toBe(0);
    const saved = await stored();
    expect(saved.stages[3]).toMatchObject({
      name: { 'zh-CN': '方案演示与现场交流', en: 'Demo and technical exchange' },
      probability: 35,
      gates: ['demoScript', 'proposal'],
    });
    expect(saved.confirmationThreshold).toBe(70);
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'settings-opportunities');
    await page.locator('.mantine-Paper-root').filter({ hasText: '赢单概率权重' });
    await page.locator('.mantine-Paper-root').filter({ hasText: '客户定位规则' });

    await app.reload();
    await app.go('settings');
    await settings.open();
    expect(await settings.stageSummary(4).innerText()).toBe('35%');
    expect(await settings.stageHeader(4).innerText()).toContain('方案演示与现场交流');
    await settings.openStage(4);
    expect(await settings.stageField(4, 'name-zh').inputValue()).toBe('方案演示与现场交流');
    expect(await settings.stageField(4, 'probability').inputValue()).toBe('35');
    expect(await settings.gates(4)).toEqual(['演示脚本', '方案书']);
    expect(await settings.threshold().inputValue()).toBe('70');

    // An empty number is named before anything is sent.
    await settings.threshold().fill('');
    await settings.save();
    await expect.poll(() => settings.errorOf(settings.threshold())).toBe('必填');
    await settings.threshold().fill('75');

    // 可跟进 above 重点, and a probability of 120 % on a stage that is folded: the service names
    // both, and the stage opens to show its field.
    await settings.qualification('followScore').fill('80');
    await settings.openStage(2);
    await settings.stageField(2, 'probability').fill('120');
    await settings.toggleStage(2);
    await expect.poll(() => settings.isStageOpen(2)).toBe(false);
    await settings.save();
    await expect
      .poll(() => settings.errorOf(settings.qualification('followScore')))
      .toBe('“可跟进”的分数线不能高于“重点”');
    await expect.poll(() => settings.isStageOpen(2)).toBe(true);
    await expect.poll(() => settings.errorOf(settings.stageField(2, 'probability'))).toBe('百分比应为 0–100 的整数');
    expect(await settings.stageHeader(2).innerText()).toContain('有错误');
    expect(await settings.errorOf(settings.threshold())).toBeNull();
    await expect.poll(() => app.notification('商机设置没有保存').count()).toBe(1);
    const unchanged = await stored();
    expect(unchanged.stages[1]?.probability).toBe(10);
    expect(unchanged.qualification.followScore).toBe(40);
    expect(unchanged.confirmationThreshold).toBe(70);

    await settings.resetToDefaults();
    await expect.poll(() => app.notification('已恢复默认的商机设置').count()).toBe(1);
    await expect.poll(() => settings.stageSummary(4).innerText()).toBe('30%');
    expect(await settings.stageHeader(4).innerText()).toContain('方案演示与技术交流');
    expect(await settings.threshold().inputValue()).toBe('80');
    expect(await settings.qualification('followScore').inputValue()).toBe('40');
    expect(await settings.errorOf(settings.qualification('followScore'))).toBeNull();
    expect(await settings.dirtyBadge().count()).toBe(0);
    expect(await stored()).toEqual(defaults);
  });
});
