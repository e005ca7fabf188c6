import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { AppPage } from './pages/app-page';
import { OpportunitiesPage } from './pages/opportunities-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let opportunities: OpportunitiesPage;

const CUSTOMER = '嘉兴新禾贸易有限公司';

beforeEach(() => {
  ({ page, server, app } = session);
  opportunities = new OpportunitiesPage(page);
});

async function detailOf(name: string) {
  const list = await invoke(server.ctx, 'opportunities.list', { status: 'all' });
  if (!list.ok) throw new Error(list.error.message);
  const row = list.data.rows.find((r) => r.name === name);
  if (!row) throw new Error(`No opportunity ${name}`);
  const got = await invoke(server.ctx, 'opportunities.get', { id: row.id });
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

describe('an opportunity from first call to 方案演示', () => {
  it('is created for a new customer, qualified, given its people and events, refused at an unmet gate, and moved on once the documents exist', async () => {
    await app.open('opportunities');
    await opportunities.listPage().waitFor();
    await opportunities.createForNewCustomer(CUSTOMER, '新禾贸易 进销存', '张伟', '128,000');
    await expect.poll(() => page.getByTestId('opportunity-customer').innerText()).toContain(CUSTOMER);
    expect(await page.getByTestId('opportunity-customer').innerText()).toContain('¥128,000.00');
    expect(await opportunities.stage()).toBe(1);

    // Qualify: a distributor of 60 people, 8,000 万 sales, 600 万 profit, private, buying soon.
    await opportunities.tab('qualification');
    await opportunities.fillNumber('qualify-headcount', '60');
    await opportunities.fillNumber('qualify-sales', '8000');
    await opportunities.fillNumber('qualify-profit', '600');
    await opportunities.chooseIn('qualify-nature', '私营企业');
    await opportunities.chooseIn('qualify-business', '纯商品流通（分销批发）');
    await opportunities.chooseIn('qualify-plan', '三个月内采购');
    await opportunities.saved();
    await expect.poll(() => opportunities.score().innerText()).toBe('80 分');
    expect(await opportunities.verdict().innerText()).toBe('重点');
    expect(await page.locator('[data-testid="qualification-factor"][data-factor="scale"]').innerText()).toContain(
      '人员 60 人，达到分销批发企业 ≥ 20 人',
    );

    // Key persons: the warnings go once a decision maker and an 内线 are known.
    await opportunities.tab('people');
    expect(await opportunities.peopleWarnings().allInnerTexts()).toEqual(['还不知道谁是决策者', '还没有发展内线']);
    await opportunities.addPerson('赵建华', '总经理', '决策者');
    await opportunities.addPerson('钱小明', '网管', '内线');
    await opportunities.saved();
    await expect.poll(() => opportunities.peopleWarnings().count()).toBe(0);

    // Two compelling events: the strongest shows on the header.
    await opportunities.tab('events');
    await opportunities.addEvent('企业高速成长，现有管理办法和工具跟不上', '强', '门店两年从 80 家增加到 200 家');
    await opportunities.addEvent('限期优惠：在某时间前购买享受优惠', '弱', '年底前签约九折');
    await opportunities.saved();
    await expect.poll(() => opportunities.strongestEvent().innerText()).toContain('企业高速成长');
    expect(await opportunities.probabilityFactors().innerText()).toContain('最强的强迫事件：强');

    await opportunities.tab('confirmation');
    await opportunities.answer('needs', '进销存与应收一体化，门店订货');
    await opportunities.answer('keyProblem', '门店补货慢，库存不准');
    await opportunities.saved();
    expect(await page.getByTestId('confirmation-progress').innerText()).toBe('已回答 2/13（15%）');

    // 1 → 2 needs nothing.
    await opportunities.openAdvance();
    expect(await page.getByTestId('gate-met').innerText()).toBe('关口已满足，可以推进。');
    await opportunities.confirmMove();
    await opportunities.waitForStage(2);

    // Jumping to 方案演示 is refused with everything missing on the way.
    await opportunities.openStage(4);
    await opportunities.confirmMove();
    const refusal = await page.getByTestId('gate-error').innerText();
    expect(refusal).toContain('不能进入阶段 4「方案演示与技术交流」');
    expect(refusal).toContain('还没有本商机的方案书');
    expect(refusal).toContain('还没有本商机的演示脚本');
    await page.keyboard.press('Escape');
    expect(await opportunities.stage()).toBe(2);

    // 提交初步方案 needs a proposal: refused with the link that makes one.
    await opportunities.openAdvance();
    expect(await opportunities.gateMissing().allInnerTexts()).toEqual([
      expect.stringContaining('还没有本商机的方案书'),
    ]);
    await saveScreenshot(page, 'opportunity-gate');
    await opportunities.gateLink('newProposal').click();
    await page.getByTestId('new-proposal-form').waitFor();
    expect(await page.getByTestId('new-proposal-customer').inputValue()).toBe(CUSTOMER);
    await opportunities.choose(page.getByTestId('new-proposal-solution'), '分销行业解决方案');
    await page.getByTestId('new-proposal-create').click();
    await page.getByTestId('new-proposal-form').waitFor({ state: 'detached' });
    await opportunities.openAdvance();
    await page.getByTestId('gate-met').waitFor();
    await opportunities.confirmMove();
    await opportunities.waitForStage(3);

    // 方案演示 needs a demo script: made from the opportunity, its audience from the key persons.
    await opportunities.openAdvance();
    expect(await opportunities.gateMissing().allInnerTexts()).toEqual([
      expect.stringContaining('还没有本商机的演示脚本'),
    ]);
    await opportunities.gateLink('newDemoScript').click();
    const scriptForm = page.getByTestId('new-script-form');
    await scriptForm.waitFor();
    const roles = await scriptForm
      .getByTestId('settings-roles')
      .locator('input[type="checkbox"]:checked')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('value')));
    expect(roles).toEqual(['gm', 'cio']);
    await opportunities.choose(page.getByTestId('new-script-solution'), '分销行业解决方案');
    await page.getByTestId('new-script-create').click();
    await scriptForm.waitFor({ state: 'detached' });
    await opportunities.openAdvance();
    await page.getByTestId('gate-met').waitFor();
    await opportunities.confirmMove();
    await opportunities.waitForStage(4);
    await expect
      .poll(() => opportunities.probability().innerText())
      .toBe(`${(await detailOf('新禾贸易 进销存')).probability.percent}%`);

    // The documents and the timeline show what happened, who and when.
    await opportunities.tab('documents');
    expect(await page.getByTestId('documents-proposals').innerText()).toContain(`${CUSTOMER} 分销行业解决方案建议书`);
    expect(await page.getByTestId('documents-demo-scripts').innerText()).toContain('演示脚本');
    await opportunities.tab('timeline');
    const summaries = await opportunities.timelineSummaries().allInnerTexts();
    expect(summaries[0]).toBe('阶段 3 → 4「方案演示与技术交流」');
    expect(summaries).toEqual(
      expect.arrayContaining([
        '阶段 2 → 3「提交初步方案」',
        `方案书「${CUSTOMER} 分销行业解决方案建议书」：已创建`,
        '阶段 1 → 2「客户拜访与初步调研」',
        '创建商机',
      ]),
    );
    expect(summaries.some((s) => s.startsWith('演示脚本「'))).toBe(true);
    await saveScreenshot(page, 'opportunity-timeline');

    const saved = await detailOf('新禾贸易 进销存');
    expect(saved.record.people.map((p) => [p.name, p.role, p.audienceRole])).toEqual([
      ['赵建华', 'decisionMaker', 'gm'],
      ['钱小明', 'insider', 'cio'],
    ]);
    expect(saved.documents.proposals[0]?.title).toBe(`${CUSTOMER} 分销行业解决方案建议书`);
  });
});

describe('the list and the demo deals', () => {
  it('shows the four demo opportunities, filters by stage, opens one with its probability explained, and speaks English', async () => {
    await app.open('opportunities');
    await expect.poll(() => opportunities.rows().count()).toBe(4);
    await saveScreenshot(page, 'opportunity-list');
    await opportunities.filterStage('7 商务谈判');
    await expect.poll(() => opportunities.rowStages()).toEqual(['7 商务谈判']);
    await opportunities.rows().first().click();
    await opportunities.pageRoot().waitFor();
    expect(await page.getByTestId('opportunity-name').innerText()).toBe('四海商贸 ERP 一期（进销存 + 财务）');
    expect(await opportunities.probability().innerText()).toBe('99%');
    const factors = await opportunities.probabilityFactors().innerText();
    expect(factors).toContain('阶段 7「商务谈判」基础概率');
    expect(factors).toContain('购买条件已满足 5/6');
    // Ready for 签约 but for one purchase condition: the competitor is still in the race.
    const gate = await page.getByTestId('opportunity-next-gate').innerText();
    expect(gate).toContain('购买条件未确认：明确没有竞争对手参与竞争');
    expect(gate.match(/^· /gm)).toHaveLength(1);
    await opportunities.tab('qualification');
    await saveScreenshot(page, 'opportunity-page');
    await opportunities.tab('documents');
    expect(await page.getByTestId('documents-quotes').innerText()).toContain('BJ-2026-0001-A');
    expect(await page.getByTestId('documents-contracts').innerText()).toContain('已审核');

    await app.switchLanguage('English');
    await expect.poll(() => page.getByTestId('opportunity-tab-documents').innerText()).toBe('Documents');
    await expect
      .poll(() => opportunities.probabilityFactors().innerText())
      .toContain('Stage 7 “Commercial negotiation” base');
    await saveScreenshot(page, 'opportunity-page-en');
  });
});
