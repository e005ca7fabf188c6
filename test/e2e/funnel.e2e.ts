import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { FunnelReport } from '../../src/shared/api/funnel';
import { formatYuan } from '../../src/shared/money';
import { haveTools, pdfPageCount } from '../helpers/document-tools';
import { tempDir } from '../helpers/temp-dir';
import type { AppPage } from './pages/app-page';
import { FunnelPage } from './pages/funnel-page';
import { OpportunitiesPage } from './pages/opportunities-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

/**
 * 销售漏斗 on the demo pipeline (four open deals at stages 7, 3, 2 and 1, owned by 张伟 and 李娜):
 * the figures are funnel.get's, a bar or a row opens exactly the deals behind it, the exports are
 * the files a manager takes to the meeting, and the rules are a setting checked as it is saved.
 */

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let funnel: FunnelPage;
let opportunities: OpportunitiesPage;

beforeEach(() => {
  ({ page, server, app } = session);
  funnel = new FunnelPage(page, server.url);
  opportunities = new OpportunitiesPage(page);
});

async function report(period: { from?: string; to?: string } = {}): Promise<FunnelReport> {
  const got = await invoke(server.ctx, 'funnel.get', period);
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

function stageOf(r: FunnelReport, stage: number): FunnelReport['stages'][number] {
  const found = r.stages.find((s) => s.stage === stage);
  if (!found) throw new Error(`No stage ${stage} in the report`);
  return found;
}

async function shownIds(): Promise<number[]> {
  const ids = await opportunities.rows().evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))));
  return ids.sort((a, b) => a - b);
}

async function shownStages(): Promise<number[]> {
  return opportunities.rows().evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-stage'))));
}

const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

function banner() {
  return page.getByTestId('opportunities-only');
}

describe('销售漏斗', () => {
  it('shows funnel.get’s figures and every stage, and a bar or a row opens exactly the deals behind it', async () => {
    const expected = await report();
    expect(expected.totals.count).toBe(4);
    expect(
      expected.stages
        .filter((s) => s.count > 0)
        .map((s) => s.stage)
        .sort((a, b) => b - a),
    ).toEqual([7, 3, 2, 1]);

    await funnel.open();
    // The won/lost period defaults to this quarter: the win rate is the report's for that period.
    const forPeriod = await report(await funnel.period());
    const winRate = forPeriod.winLoss.winRate;
    expect(await funnel.kpi('open').innerText()).toBe(String(expected.totals.count));
    expect(await funnel.kpi('amount').innerText()).toBe(formatYuan(expected.totals.amountFen));
    expect(await funnel.kpi('weighted').innerText()).toBe(formatYuan(expected.totals.weightedFen));
    expect(await funnel.kpi('winrate').innerText()).toBe(winRate === null ? '—' : `${winRate.toFixed(1)}%`);

    // All eight stages, empty ones too, each with its count, amount and weighted amount, then the total.
    expect(await funnel.stageRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-stage')))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    for (const s of expected.stages) {
      expect((await funnel.stageCells(s.stage)).slice(0, 4)).toEqual([
        `${s.stage} ${s.name}`,
        String(s.count),
        formatYuan(s.amountFen),
        formatYuan(s.weightedFen),
      ]);
    }
    expect(expected.stages.reduce((sum, s) => sum + s.amountFen, 0)).toBe(expected.totals.amountFen);
    expect(await funnel.totalAmount().innerText()).toBe(formatYuan(expected.totals.amountFen));
    await saveScreenshot(page, 'funnel-dashboard');

    // The 金额 bar of stage 3 opens the list with only the stage-3 deal, whatever else is open.
    const stage3 = stageOf(expected, 3);
    expect(stage3.ids).toHaveLength(1);
    await (await funnel.stageBar(3)).click();
    await opportunities.listPage().waitFor();
    await banner().waitFor();
    await expect.poll(() => shownIds()).toEqual(sorted(stage3.ids));
    expect(await shownStages()).toEqual([3]);
    expect(await banner().innerText()).toContain(`只显示：阶段 3 ${stage3.name}（${stage3.ids.length} 个）`);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(
      `#/opportunities/only/${stage3.ids.join(',')}/阶段 3 ${stage3.name}`,
    );

    // 显示全部: the filter goes, every open deal is back.
    await page.getByTestId('opportunities-only-clear').click();
    await banner().waitFor({ state: 'detached' });
    await expect.poll(() => opportunities.rows().count()).toBe(expected.totals.count);
    expect(sorted(await shownStages())).toEqual([1, 2, 3, 7]);

    // A stage row opens its deals as the bar does.
    const stage7 = stageOf(expected, 7);
    await funnel.open();
    await funnel.stageRow(7).click();
    await banner().waitFor();
    await expect.poll(() => shownIds()).toEqual(sorted(stage7.ids));
    expect(await shownStages()).toEqual([7]);

    // An owner row: only that owner's deals.
    const lina = expected.owners.find((o) => o.owner === '李娜');
    if (!lina) throw new Error('李娜 owns no open deal in the report');
    expect(lina.count).toBe(2);
    await funnel.open();
    expect(await funnel.ownerRows().count()).toBe(expected.owners.length);
    await funnel.ownerRow('李娜').click();
    await banner().waitFor();
    await expect.poll(() => shownIds()).toEqual(sorted(lina.ids));
    expect(await banner().innerText()).toContain(`只显示：负责人 李娜（${lina.ids.length} 个）`);
    for (const text of await opportunities.rows().allInnerTexts()) {
      expect(text).toContain('李娜');
      expect(text).not.toContain('张伟');
    }
  });

  it('takes the period as YYYY-MM-DD, typed or picked from a calendar in Chinese (never the browser’s mm/dd/yyyy)', async () => {
    await funnel.open();
    const to = page.getByTestId('funnel-to');
    expect(await to.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    await to.click();
    // The calendar speaks the UI language: 一 … 日 as weekdays, Monday first.
    const weekdays = page.locator('th[class*="DateInput-weekday"]');
    await expect.poll(() => weekdays.allInnerTexts()).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    await saveScreenshot(page, 'date-picker-zh');
    await to.fill('2026-12-31');
    await page.keyboard.press('Escape');
    await page.getByTestId('funnel-from').click();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await funnel.period()).to).toBe('2026-12-31');
  });

  it('exports the dashboard as .xlsx with the stage total and as a one-page PDF', async () => {
    const expected = await report();
    const dir = tempDir('presales-funnel-');
    await funnel.open();

    const xlsx = await funnel.export('xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/^销售漏斗-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsxBytes = await funnel.save(xlsx, path.join(dir, xlsx.suggestedFilename()));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxBytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('The workbook has no sheet');
    expect(sheet.name).toBe('阶段');
    const totalRows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '合计') totalRows.push(row);
    });
    expect(totalRows).toHaveLength(1);
    const amount = totalRows[0]?.getCell(4).value as { formula?: string; result?: unknown } | null;
    expect(amount?.formula).toMatch(/SUM\(/);
    expect(amount?.result).toBe(expected.totals.amountFen / 100);
    const count = totalRows[0]?.getCell(3).value as { result?: unknown } | null;
    expect(count?.result).toBe(expected.totals.count);

    const pdf = await funnel.export('pdf');
    expect(pdf.suggestedFilename()).toMatch(/^销售漏斗-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfFile = path.join(dir, pdf.suggestedFilename());
    const pdfBytes = await funnel.save(pdf, pdfFile);
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    if (haveTools('pdfinfo')) expect(pdfPageCount(pdfFile)).toBe(1);
    await expect.poll(() => app.notification(`已导出 ${pdf.suggestedFilename()}`).count()).toBe(1);
  });

  it('saves the stale-days rule from the dialog, and keeps the dialog open on a day count out of range', async () => {
    const before = await invoke(server.ctx, 'funnel.rules', {});
    if (!before.ok) throw new Error(before.error.message);
    expect(before.data.staleDays).not.toBe(1);
    await funnel.open();

    await funnel.openRules();
    expect(await funnel.rule('staleDays').inputValue()).toBe(String(before.data.staleDays));
    await funnel.setRule('staleDays', '1');
    await funnel.saveRules();
    await funnel.rulesModal().waitFor({ state: 'detached' });
    const saved = await invoke(server.ctx, 'funnel.rules', {});
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.data).toEqual({ ...before.data, staleDays: 1 });
    // The dashboard reads the new rule at once.
    await expect
      .poll(() => page.getByTestId('funnel-attention').innerText())
      .toContain(`1 天没有进展、已过预计成交日，或在一个阶段停留 ${before.data.stuckDays} 天`);

    // 0 days: refused under the field, the dialog stays, the saved rule is unchanged.
    await funnel.openRules();
    expect(await funnel.rule('staleDays').inputValue()).toBe('1');
    await funnel.setRule('staleDays', '0');
    await funnel.saveRules();
    await expect.poll(() => funnel.ruleError('staleDays')).toBe('天数应为 1 到 365 的整数');
    expect(await funnel.rulesOpen()).toBe(true);
    const after = await invoke(server.ctx, 'funnel.rules', {});
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.staleDays).toBe(1);
  });
});
