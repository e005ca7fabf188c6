import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { InputOf, Method, OutputOf } from '../../src/shared/api';
import type { ImportPreviewRow } from '../../src/shared/api/prices';
import type { ErrorData } from '../../src/shared/result';
import { AppPage } from './pages/app-page';
import { ImportWizard } from './pages/import-wizard';
import { PricesPage } from './pages/prices-page';
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

/** A contract method called in-process on the same database, to check what the UI did. */
async function call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await invoke(server.ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data;
}

async function refusalOf<M extends Method>(method: M, input: InputOf<M>): Promise<ErrorData> {
  const result = await invoke(server.ctx, method, input);
  if (result.ok) throw new Error(`${method} was expected to be refused`);
  return result.error;
}

/** Reads a file through the contract (a job of its own), as the wizard does. */
async function readThroughContract(fileName: string, bytes: Buffer) {
  let status = await call('imports.start', { fileName, dataBase64: bytes.toString('base64') });
  while (status.state === 'reading') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await call('imports.status', { jobId: status.jobId });
  }
  return status;
}

const FILE_NAME = '云帆报价-2026-渠道版.xlsx';
const NEW_ITEMS = [
  ['YF-IMP-001', '移动审批模块', '含 iOS / Android 客户端', '软件模块', '套', '1,200.00', '13%'],
  ['YF-IMP-002', '数据中台（标准版）', '10 个数据源', '软件模块', '套', '¥68,000', '13%'],
  ['YF-IMP-003', '电子签章接口', 'CFCA 证书', '第三方', '套', '１２８８．５０', '１３％'],
  ['YF-IMP-004', '并发用户许可', '每 50 并发', '用户许可', '用户', '3500', '13%'],
  ['YF-IMP-005', '上线实施', '现场，含差旅', '实施服务', '人天', '2,400', '6%'],
  ['YF-IMP-006', '管理员培训', '2 天，20 人以内', '培训服务', '人天', '1800', '6%'],
  ['YF-IMP-007', '年度维护（标准）', '5×8 小时', '维护服务', '年', '¥12,000.00', '6%'],
  ['YF-IMP-008', '备份一体机', '4U，24TB', '硬件', '台', '45000', '13%'],
  ['YF-IMP-009', '报表设计器', '', '软件模块', '套', '9,800', '13%'],
  ['YF-IMP-010', '单点登录适配', 'LDAP / AD / OAuth2', '实施服务', '项', '6 000', '6%'],
];

/**
 * A price list as people really send them: a merged title, a blank row, Chinese headers with the
 * price headed 牌价 (not recognised), text numbers, full-width digits, and a few broken rows.
 */
async function messyWorkbook(existing: { code: string; name: string; unit: string }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2026 报价');
  sheet.addRow(['云帆软件 2026 年标准价格表']);
  sheet.mergeCells('A1:H1');
  sheet.addRow([]);
  sheet.addRow(['编码', '名称', '规格型号', '类别', '单位', '牌价', '税率', '备注']);
  for (const [code, name, spec, category, unit, price, vat] of NEW_ITEMS) {
    sheet.addRow([code, name, spec, category, unit, price, vat, '']);
  }
  for (const [i, item] of existing.entries()) {
    sheet.addRow([
      item.code,
      `${item.name}（2026 渠道价）`,
      '',
      '',
      item.unit,
      String(10000 + i * 1000),
      '13%',
      '调价',
    ]);
  }
  sheet.addRow(['YF-IMP-003', '电子签章接口（重复）', '', '第三方', '套', '1300', '13%', '与第 6 行重复']); // row 16
  sheet.addRow(['YF-IMP-011', '退货冲减', '', '软件模块', '套', '-500', '13%', '']); // row 17
  sheet.addRow(['YF-IMP-012', '短信网关', '', '第三方', '', '2000', '13%', '没写单位']); // row 18
  sheet.addRow(['YF-IMP-013', '定制开发', '', '实施服务', '人天', '面议', '6%', '']); // row 19
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** How the wizard lists a row's errors: "F（牌价）：不是数字". */
function errorLines(row: ImportPreviewRow | undefined): string[] {
  return (row?.errors ?? []).map((error) => `${error.column}：${error.message}`);
}

describe('importing a price list from Excel', () => {
  it('maps a messy file, shows every error by row, refuses all-or-nothing, imports the correct rows, and undoes it', async () => {
    const versionsBefore = await call('prices.versions', {});
    const current = versionsBefore.find((v) => v.isCurrent);
    if (!current) throw new Error('the demo data has no current price list');
    expect(current.label).toContain('2026');
    const demoItems = await call('prices.items', { versionId: current.id, limit: 2 });
    const existing = demoItems.rows.map(({ code, name, unit }) => ({ code, name, unit }));
    expect(existing).toHaveLength(2);
    const bytes = await messyWorkbook(existing);

    await app.open('prices');
    const wizard = new ImportWizard(page);
    await wizard.open();
    await wizard.upload(FILE_NAME, bytes);
    await wizard.waitForMapping();

    // The title and blank rows are skipped: the header is row 3. 牌价 is not recognised.
    expect(await wizard.headerRow()).toBe('3');
    expect(await wizard.headerOf('F')).toBe('牌价');
    expect(await wizard.fieldOf('A')).toBe('编码');
    expect(await wizard.fieldOf('F')).toBe('不导入');
    await expect.poll(() => wizard.missing().innerText()).toContain('标准价');
    expect(await wizard.nextButton().isDisabled()).toBe(true);

    await wizard.mapColumn('F', '标准价');
    await expect.poll(() => wizard.missing().count()).toBe(0);
    await expect.poll(() => wizard.fieldOf('F')).toBe('标准价');
    expect(await wizard.nextButton().isDisabled()).toBe(false);
    await saveScreenshot(page, 'import-mapping-zh');

    // What the server says about this file with this mapping, through a job of its own.
    const reference = await readThroughContract(FILE_NAME, bytes);
    const analysis = await call('imports.analyze', {
      jobId: reference.jobId,
      mapping: { code: 0, name: 1, spec: 2, category: 3, unit: 4, price: 5, vatRate: 6, notes: 7 },
    });
    const { rows: referenceRows } = await call('imports.rows', { jobId: reference.jobId, limit: 100 });
    const byRow = new Map(referenceRows.map((row) => [row.row, row]));
    expect(analysis.rows).toBe(16);
    expect(analysis.existingCodes).toBe(2);

    await wizard.next();
    await wizard.preview().waitFor();
    expect(await wizard.stat('rows')).toBe(String(analysis.rows));
    expect(await wizard.stat('valid')).toBe(String(analysis.validRows));
    expect(await wizard.stat('invalid')).toBe(String(analysis.invalidRows));
    expect(await wizard.stat('existing')).toBe('2');
    // Every row is there, numbered as in Excel (data starts below the header on row 3).
    await expect.poll(() => wizard.renderedRows()).toEqual(referenceRows.map((row) => row.row));
    expect(referenceRows[0]?.row).toBe(4);
    // Text numbers, ¥, thousands separators, full-width digits and "13%" are all fine.
    for (const row of [4, 5, 6, 7, 13]) expect(await wizard.rowAction(row)).toBe('新增');
    expect(await wizard.rowAction(14)).toBe('更新');
    expect(await wizard.rowAction(15)).toBe('更新');
    // The broken rows, each with the server's message, the bad cell marked red.
    for (const row of [16, 17, 18, 19]) {
      expect(await wizard.rowAction(row)).toBe('错误');
      expect(await wizard.rowErrors(row)).toEqual(errorLines(byRow.get(row)));
    }
    expect(await wizard.rowErrors(16)).toEqual(['A（编码）：编码 YF-IMP-003 与第 6 行重复']);
    expect(await wizard.rowErrors(17)).toEqual(['F（牌价）：单价不能为负数（-500）']);
    expect(await wizard.rowErrors(18)).toEqual(['E（单位）：缺少单位']);
    expect(await wizard.rowErrors(19)).toEqual(['F（牌价）：单价“面议”不是数字']);
    expect(await wizard.errorFields(17)).toEqual(['price']);
    expect(await wizard.errorFields(18)).toEqual(['unit']);
    expect(await wizard.rowAction(6)).toBe('新增');

    await wizard.toggleOnlyErrors();
    const errorRows = referenceRows.filter((row) => row.action === 'error').map((row) => row.row);
    await expect.poll(() => wizard.renderedRows()).toEqual(errorRows);
    await saveScreenshot(page, 'import-preview-errors-zh');

    // All or nothing: refused, with the server's message, and nothing written.
    await wizard.next();
    await wizard.chooseMode('all');
    await wizard.commit();
    const refused = await refusalOf('imports.commit', { jobId: reference.jobId, mode: 'all', onDuplicate: 'update' });
    await expect.poll(() => wizard.refusal().innerText()).toContain(refused.message);
    expect((await call('prices.versions', {})).length).toBe(versionsBefore.length);

    // Only the correct rows.
    await wizard.chooseMode('valid-only');
    await wizard.setLabel('2026 渠道价（导入）');
    await wizard.commit();
    const added = analysis.validRows - analysis.existingCodes;
    const errorCount = referenceRows.reduce((sum, row) => sum + row.errors.length, 0);
    await expect
      .poll(() => wizard.resultSummary().innerText())
      .toBe(`新增 ${added}，更新 2，跳过 0，错误 ${errorCount}`);
    expect(added).toBe(10);
    expect(await wizard.resultErrors().count()).toBe(errorCount);
    await saveScreenshot(page, 'import-result-zh');

    const versionsAfter = await call('prices.versions', {});
    expect(versionsAfter.length).toBe(versionsBefore.length + 1);
    const draft = versionsAfter.find((v) => v.label === '2026 渠道价（导入）');
    if (!draft) throw new Error('the import did not create its draft');
    expect(draft.status).toBe('draft');
    expect(draft.itemCount).toBe(current.itemCount + 10);

    // Open the new draft and find an imported item with the list's search box.
    await wizard.openDraft();
    await expect.poll(() => page.getByTestId('version-select').inputValue()).toContain('2026 渠道价（导入）');
    await page.getByTestId('prices-search').fill('数据中台');
    await expect
      .poll(() => page.getByTestId('price-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))))
      .toEqual(['YF-IMP-002']);
    expect(await page.locator('[data-testid="price-row"][data-code="YF-IMP-002"]').innerText()).toContain('68,000.00');

    // Undo it from the history: the draft is gone, the log says so.
    await wizard.open();
    await wizard.openLog();
    // The log is read again when the tab opens: wait for it rather than reading the cached rows.
    await expect.poll(() => wizard.logRows().count()).toBe(1);
    expect(await wizard.logRows().first().innerText()).toContain(FILE_NAME);
    await wizard.undoLast();
    await expect.poll(async () => (await call('prices.versions', {})).length).toBe(versionsBefore.length);
    await expect.poll(() => wizard.logRows().first().innerText()).toContain('已撤销');
    expect(await wizard.undoButton().count()).toBe(0);
    const log = await call('imports.log', {});
    expect(log[0]?.undone).toBe(true);

    // The same file again: the mapping chosen last time is remembered.
    await page.getByTestId('import-tab-file').click();
    await wizard.upload(FILE_NAME, bytes);
    await wizard.waitForMapping();
    await wizard.remembered().waitFor();
    expect(await wizard.fieldOf('F')).toBe('标准价');
    expect(await wizard.missing().count()).toBe(0);
  });

  it('the whole round: import a messy file, fix the mapping, see the errors, commit, search, publish, compare', async () => {
    const versionsBefore = await call('prices.versions', {});
    const current = versionsBefore.find((v) => v.isCurrent);
    if (!current) throw new Error('the demo data has no current price list');
    const demoItems = await call('prices.items', { versionId: current.id, limit: 2 });
    const bytes = await messyWorkbook(demoItems.rows.map(({ code, name, unit }) => ({ code, name, unit })));

    await app.open('prices');
    const wizard = new ImportWizard(page);
    await wizard.open();
    await wizard.upload(FILE_NAME, bytes);
    await wizard.waitForMapping();
    await wizard.mapColumn('F', '标准价');
    await expect.poll(() => wizard.missing().count()).toBe(0);
    await wizard.next();
    await wizard.preview().waitFor();
    expect(await wizard.rowErrors(17)).toEqual(['F（牌价）：单价不能为负数（-500）']);
    await wizard.next();
    await wizard.chooseMode('valid-only');
    await wizard.setLabel('2026 渠道价');
    await wizard.commit();
    await expect.poll(() => wizard.resultSummary().innerText()).toBe('新增 10，更新 2，跳过 0，错误 4');
    await wizard.openDraft();

    const prices = new PricesPage(page);
    await expect.poll(() => prices.versionLabel()).toContain('2026 渠道价');
    await prices.search('数据中台');
    await expect
      .poll(() => prices.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))))
      .toEqual(['YF-IMP-002']);

    await prices.publish('2026-06-01');
    await expect.poll(() => prices.versionStatus().innerText()).toBe('已发布');
    await prices.openCompare();
    await expect
      .poll(() => prices.compareVersions())
      .toEqual({
        from: expect.stringContaining(current.label),
        to: expect.stringContaining('2026 渠道价'),
      });
    await expect.poll(() => prices.compareSummary().innerText()).toBe('新增 10 条，删除 0 条，变更 2 条');
    await prices.compareTab('changed');
    await expect.poll(() => prices.changedRows().count()).toBe(2);
    await saveScreenshot(page, 'import-then-compare-zh');
  });

  it('shows the rows read while a big file is read, and cancelling goes back to choosing a file', async () => {
    // Big enough that reading takes seconds even with the fast reader (under the 200,000-row limit,
    // long specifications), written as a stream.
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = writer.addWorksheet('价格表');
    sheet.addRow(['编码', '名称', '规格', '单位', '单价']).commit();
    const spec = '含实施、培训与一年维护的标准功能模块；'.repeat(12);
    for (let i = 0; i < 195_000; i++) sheet.addRow([`BIG-${i}`, `条目 ${i}`, `${spec}${i}`, '套', 1000 + i]).commit();
    sheet.commit();
    await writer.commit();
    const bytes = Buffer.concat(chunks);

    await app.open('prices');
    const wizard = new ImportWizard(page);
    await wizard.open();
    await wizard.upload('大价格表.xlsx', bytes);
    await wizard.reading().waitFor();
    await expect.poll(() => wizard.rowsRead(), { timeout: 10_000 }).toMatch(/^已读取 [1-9][\d,]* 行$/);
    await wizard.cancelReading();
    await expect.poll(() => wizard.fileNotice().innerText()).toBe('已取消读取 大价格表.xlsx，没有导入任何数据。');
    expect(await wizard.reading().count()).toBe(0);
    expect(await page.getByTestId('import-dropzone').isVisible()).toBe(true);
    expect(await wizard.mappingTable().count()).toBe(0);
  });

  it('previews a long file page by page as the user scrolls', async () => {
    const lines = ['编码,名称,单位,单价'];
    for (let i = 1; i <= 3000; i++)
      lines.push(`LONG-${String(i).padStart(4, '0')},条目 ${i},套,${i === 2500 ? 'abc' : 100 + i}`);
    const csv = Buffer.from(lines.join('\n'), 'utf8');

    await app.open('prices');
    const wizard = new ImportWizard(page);
    await wizard.open();
    await wizard.drop('长价格表.csv', csv, 'text/csv');
    await wizard.waitForMapping();
    expect(await wizard.missing().count()).toBe(0);
    // A wrong header row: nothing is recognised; back to row 1 and all is well again.
    await wizard.setHeaderRow(2);
    await expect.poll(() => wizard.missing().count()).toBe(1);
    await expect.poll(() => wizard.headerOf('A')).toBe('LONG-0001');
    expect(await wizard.nextButton().isDisabled()).toBe(true);
    await wizard.setHeaderRow(1);
    await expect.poll(() => wizard.missing().count()).toBe(0);
    // A select's text follows its new value a render after the alert goes: wait for it to settle.
    await expect.poll(() => wizard.fieldOf('D')).toBe('标准价');
    await wizard.next();
    await wizard.preview().waitFor();
    expect(await wizard.stat('rows')).toBe('3,000');
    expect(await wizard.stat('invalid')).toBe('1');
    await expect.poll(async () => (await wizard.renderedRows())[0]).toBe(2);
    // Only the rows in view are in the page, not all 3,000.
    expect((await wizard.renderedRows()).length).toBeLessThan(100);

    await wizard.scrollPreviewTo(0.83);
    await expect.poll(() => wizard.renderedRows()).toContain(2501);
    expect(await wizard.rowAction(2501)).toBe('错误');
    await wizard.scrollPreviewTo(1);
    await expect.poll(() => wizard.renderedRows()).toContain(3001);
    expect(await wizard.rowAction(3001)).toBe('新增');
  });

  it('a CSV renamed to .xlsx is refused with a message that names the file', async () => {
    const csv = Buffer.from('编码,名称,单位,单价\nYF-CSV-1,测试,套,100\n', 'utf8');
    const fileName = '价格表（其实是CSV）.xlsx';
    const expected = await readThroughContract(fileName, csv);
    expect(expected.state).toBe('failed');
    const message = expected.error ?? '';
    expect(message).toContain(fileName);

    await app.open('prices');
    const wizard = new ImportWizard(page);
    await wizard.open();
    const versionsBefore = (await call('prices.versions', {})).length;
    await wizard.upload(fileName, csv);
    await expect.poll(() => wizard.fileError().innerText()).toContain(message);
    expect(await wizard.mappingTable().count()).toBe(0);
    expect(await page.getByTestId('import-dropzone').isVisible()).toBe(true);
    expect((await call('prices.versions', {})).length).toBe(versionsBefore);
  });
});
