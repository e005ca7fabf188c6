import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { OverviewPage } from './pages/overview-page';
import { PricesPage } from './pages/prices-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let prices: PricesPage;

/** Today as the app's publish dialog proposes it (local calendar date). */
function today(): string {
  const now = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

beforeEach(() => {
  ({ page, server, app } = session);
  prices = new PricesPage(page);
});

describe('价格体系', () => {
  it('opens on the version in effect with its 56 items, and searches by code, Chinese and pinyin initials', async () => {
    await app.open('prices');
    await prices.waitForRows();
    expect(await prices.versionLabel()).toBe('2026 版');
    expect(await prices.currentBadge().innerText()).toBe('当前生效');
    expect(await prices.versionStatus().innerText()).toBe('已发布');
    await expect.poll(() => prices.total().innerText()).toBe('共 56 条');
    expect(await prices.versionMeta().innerText()).toBe('2026-01-01 起生效 · 56 条');
    // Sorted by code; the table is virtualised, so not all 56 rows are in the DOM.
    expect((await prices.rowCodes())[0]).toBe('ERP-AP-001');
    expect(await prices.rows().count()).toBeLessThan(56);
    expect(await prices.cell('ERP-SD-001', 'price').innerText()).toBe('¥68,000.00');
    expect(await prices.cell('ERP-SD-001', 'floorDiscount').innerText()).toBe('7.5折');
    expect(await prices.cell('ERP-SD-001', 'vatRate').innerText()).toBe('13%');
    await saveScreenshot(page, 'prices-list-zh');

    // Chinese, two characters: every row shown has 销售 in its name or specification.
    await prices.search('销售');
    await expect.poll(() => prices.total().innerText()).not.toBe('共 56 条');
    const chinese = await prices.rowCodes();
    expect(chinese).toContain('ERP-SD-001');
    expect(chinese).toContain('LIC-CRM-001');
    for (const code of chinese) {
      const text = `${await prices.cell(code, 'name').innerText()} ${await prices.cell(code, 'spec').innerText()}`;
      expect(text).toContain('销售');
    }

    // A code prefix, typed in lower case.
    await prices.search('erp-sd');
    await expect.poll(() => prices.rowCodes()).toEqual(['ERP-SD-001']);
    expect(await prices.total().innerText()).toBe('共 1 条');

    // Pinyin initials: xsgl → 销售管理 (from the full list, so the answer cannot be the previous one).
    await prices.search('');
    await expect.poll(() => prices.total().innerText()).toBe('共 56 条');
    await prices.search('xsgl');
    await expect.poll(() => prices.total().innerText()).not.toBe('共 56 条');
    await expect.poll(async () => (await prices.rowCodes())[0]).toBe('ERP-SD-001');

    // Sorting by price, highest first.
    await prices.search('');
    await expect.poll(() => prices.total().innerText()).toBe('共 56 条');
    await prices.sortBy('price');
    await expect.poll(() => page.getByTestId('price-col-price').getAttribute('aria-sort')).toBe('ascending');
    await prices.sortBy('price');
    await expect.poll(() => page.getByTestId('price-col-price').getAttribute('aria-sort')).toBe('descending');
    // Highest first: the rows in view are in falling price order once the sorted page arrives.
    await expect
      .poll(async () => {
        const shown = await prices.rowPrices();
        return shown.length > 1 && shown.every((price, i) => i === 0 || price <= (shown[i - 1] ?? 0));
      })
      .toBe(true);
  });

  it('drafts from 2026 版, refuses a price with three decimals, saves, publishes and compares', async () => {
    await app.open('prices');
    await prices.waitForRows();

    // A published item is read-only, with a way to start a draft from it.
    await prices.openItem('ERP-SD-001');
    expect(await prices.readOnlyNotice().innerText()).toContain('已发布版本不可修改');
    expect(await prices.editorField('price').getAttribute('readonly')).not.toBeNull();
    await prices.startDraftFromEditor();
    await expect.poll(() => app.notification('已新建草稿').count()).toBe(1);
    await expect.poll(() => prices.versionStatus().innerText()).toBe('草稿');
    const draftLabel = await prices.versionLabel();
    expect(draftLabel).toMatch(/^草稿 \d{4}-\d{2}-\d{2}/);
    // The same item reopens in the draft, now editable.
    await expect.poll(() => prices.readOnlyNotice().count()).toBe(0);
    expect(await prices.editorField('code').inputValue()).toBe('ERP-SD-001');
    expect(await prices.editorField('price').inputValue()).toBe('68000.00');

    await prices.fill({ price: '12.345' });
    await prices.saveItem();
    await expect.poll(() => prices.errorOf('price')).toBe('最多两位小数（精确到分）');
    await expect.poll(() => prices.isFocused('price')).toBe(true);
    await saveScreenshot(page, 'prices-editor-zh');

    await prices.fill({ price: '71400' });
    // The margin follows the typed price at once.
    await expect.poll(() => prices.margin().innerText()).toMatch(/%$/);
    await prices.saveItem();
    await expect.poll(() => app.notification('条目 ERP-SD-001 已保存').count()).toBe(1);
    await expect.poll(() => prices.editor().count()).toBe(0);
    await expect.poll(() => prices.cell('ERP-SD-001', 'price').innerText()).toBe('¥71,400.00');

    await prices.page.getByTestId('version-publish').click();
    expect(await prices.publishDate().inputValue()).toBe(today());
    // A draft is not published under its draft name: the date's edition is proposed.
    const publishedLabel = `${today()} 版`;
    expect(await page.getByTestId('publish-label').inputValue()).toBe(publishedLabel);
    await prices.page.getByTestId('publish-confirm').click();
    await expect.poll(() => app.notification('已发布').count()).toBe(1);
    await expect.poll(() => prices.versionStatus().innerText()).toBe('已发布');
    expect(await prices.currentBadge().innerText()).toBe('当前生效');
    expect(await prices.versionLabel()).toBe(publishedLabel);

    await prices.openCompare();
    expect(await prices.compareVersions()).toEqual({ from: '2026 版', to: publishedLabel });
    await expect.poll(() => prices.compareSummary().innerText()).toBe('新增 0 条，删除 0 条，变更 1 条');
    await prices.compareTab('changed');
    await expect.poll(() => prices.changedRows().count()).toBe(1);
    const changed = prices.changedRows().first();
    expect(await changed.getAttribute('data-code')).toBe('ERP-SD-001');
    expect(await changed.getByTestId('compare-price').innerText()).toBe('¥68,000.00 → ¥71,400.00');
    expect(await changed.getByTestId('compare-delta').innerText()).toBe('+¥3,400.00');
    expect(await changed.getByTestId('compare-percent').innerText()).toBe('+5.00%');
    expect(await changed.getByTestId('compare-fields').innerText()).toBe('标准价');
    await saveScreenshot(page, 'prices-compare-zh');

    const file = await prices.exportComparison();
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.bytes).buffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    expect(cells).toContain('ERP-SD-001');
  });

  it('speaks English: columns, discounts as “% off”, counts', async () => {
    await app.open('prices');
    await prices.waitForRows();
    await app.switchLanguage('English');
    await expect.poll(() => prices.total().innerText()).toBe('56 items');
    expect(await prices.currentBadge().textContent()).toBe('In effect');
    expect(await prices.cell('ERP-SD-001', 'floorDiscount').innerText()).toBe('25% off');
    expect(await prices.cell('ERP-SD-001', 'type').innerText()).toBe('Module');
    await saveScreenshot(page, 'prices-list-en');
  });

  it('without any version: says how to start; an empty draft cannot be published until it has an item', async () => {
    await app.open('overview');
    await new OverviewPage(page).clearDemo();
    await app.go('prices');
    await expect
      .poll(() => prices.emptyState().innerText())
      .toContain('还没有价格版本——导入一个 Excel 价格表，或新建草稿');
    expect(await prices.emptyState().getByTestId('import-open').count()).toBe(1);

    await prices.newDraft();
    await expect.poll(() => prices.versionStatus().innerText()).toBe('草稿');
    await expect.poll(() => page.getByTestId('price-table-empty').innerText()).toBe('这个版本还没有条目');
    await prices.page.getByTestId('version-publish').click();
    await prices.page.getByTestId('publish-confirm').click();
    await expect.poll(() => page.getByTestId('publish-error').innerText()).toMatch(/没有任何条目，不能发布/);
    expect(await prices.versionStatus().innerText()).toBe('草稿');
    await page.getByTestId('publish-cancel').click();

    // The first item, in a category that does not exist yet; then the draft can be published.
    await page.getByTestId('prices-add-item').click();
    await prices.fill({ code: 'NEW-001', name: '新条目', price: '1200' });
    await prices.page.getByTestId('price-editor-category').fill('新类别');
    await prices.saveItem();
    await expect.poll(() => app.notification('条目 NEW-001 已保存').count()).toBe(1);
    await expect.poll(() => prices.total().innerText()).toBe('共 1 条');
    expect(await prices.cell('NEW-001', 'category').innerText()).toBe('新类别');
    await prices.publish();
    await expect.poll(() => prices.versionStatus().innerText()).toBe('已发布');
  });

  it('keeps the DOM small with 100,000 items: only the rows in view are rendered', async () => {
    const db = server.ctx.db();
    const listId = db.prepare("SELECT price_list_id FROM price_list_versions WHERE label = '2026 版'").pluck().get();
    const versionId = Number(
      db
        .prepare(
          "INSERT INTO price_list_versions (price_list_id, label, status, created_at) VALUES (?, '十万条', 'draft', ?)",
        )
        .run(listId, new Date().toISOString()).lastInsertRowid,
    );
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
       INSERT INTO price_items (version_id, code, code_key, name, spec, type, unit, price_fen, cost_fen, vat_rate_bp, sort_order)
       SELECT ?, printf('BIG-%06d', i), printf('BIG-%06d', i), '批量条目 ' || i, '规格 ' || i, 'module', '套', i * 100, i * 50, 1300, i
       FROM n`,
    ).run(versionId);

    await app.open('prices');
    await prices.waitForRows();
    await prices.chooseVersion('十万条');
    await expect.poll(() => prices.total().innerText()).toBe('共 100,000 条');
    await expect.poll(async () => (await prices.rowCodes())[0]).toBe('BIG-000001');
    expect(await prices.rows().count()).toBeLessThan(100);

    // Jump to the middle and to the end: the rows there load by page, and the DOM stays small.
    const scroller = page.getByTestId('price-table');
    await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await expect.poll(async () => (await prices.rowCodes()).some((code) => code.startsWith('BIG-05'))).toBe(true);
    expect(await prices.rows().count()).toBeLessThan(100);
    await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect.poll(async () => (await prices.rowCodes()).at(-1)).toBe('BIG-100000');
    expect(await prices.rows().count()).toBeLessThan(100);
  });
});
