import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { tempDir } from '../helpers/temp-dir';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

/**
 * A deal handed to a colleague: exported from its page on the rep's machine as a .presales file,
 * previewed and imported through the colleague's app on an empty database, arriving with the
 * same figures; a file that is not a package is refused on screen.
 */

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let colleague: AppServer;

beforeEach(async () => {
  ({ page, server } = session);
  colleague = await startAppServer({ seedDemo: false });
});

afterEach(async () => {
  await colleague.stop();
});

async function data<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>) {
  const got = await result;
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

describe('the opportunity package in the browser', () => {
  it('exports a deal from its page and imports it on a colleague’s empty database, figures unchanged', async () => {
    const { rows } = await data(invoke(server.ctx, 'opportunities.list', {}));
    const sihai = rows.find((r) => r.customerName.includes('四海'));
    if (!sihai) throw new Error('no 四海 deal in the demo data');
    await page.goto(`${server.url}#/opportunities/${sihai.id}`);
    await page.getByTestId('opportunity-header').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('opportunity-export-package').click(),
    ]);
    expect(download.suggestedFilename()).toBe('四海商贸 四海商贸 ERP 一期（进销存 + 财务）.presales');
    const file = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);

    await page.goto(`${colleague.url}#/opportunities`);
    await page.getByTestId('opportunities-list-empty').waitFor();
    await page.getByTestId('opportunities-import-package').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('package-import-choose').click();
    await (await chooser).setFiles(file);
    await page.getByTestId('package-preview').waitFor();
    expect(await page.getByTestId('package-preview-name').innerText()).toBe('四海商贸 ERP 一期（进销存 + 财务）');
    expect(await page.getByTestId('package-preview-customer').innerText()).toBe('新客户：宁波四海商贸有限公司');
    expect(await page.getByTestId('package-preview-counts').innerText()).toContain('报价 1 份（1 个版本）');
    expect(await page.getByTestId('package-preview-missing').innerText()).toContain('ERP-SD-001 销售管理');
    await saveScreenshot(page, 'package-import-preview');
    // The preview wrote nothing.
    expect((await data(invoke(colleague.ctx, 'opportunities.list', { status: 'all' }))).rows).toEqual([]);

    await page.getByTestId('package-import-confirm').click();
    await page.getByTestId('opportunity-header').waitFor();
    expect(await page.getByTestId('opportunity-name').innerText()).toBe('四海商贸 ERP 一期（进销存 + 财务）');
    expect(await page.getByTestId('opportunity-customer').innerText()).toContain('¥329,700.00');
    const [imported] = (await data(invoke(colleague.ctx, 'opportunities.list', { status: 'all' }))).rows;
    const [source, target] = await Promise.all([
      data(invoke(server.ctx, 'opportunities.get', { id: sihai.id })),
      data(invoke(colleague.ctx, 'opportunities.get', { id: imported?.id ?? 0 })),
    ]);
    expect(target.documents.quotes.map((q) => [q.number, q.revision, q.state, q.totalFen])).toEqual(
      source.documents.quotes.map((q) => [q.number, q.revision, q.state, q.totalFen]),
    );
    expect(target.documents.contracts.map((c) => [c.number, c.totalFen])).toEqual(
      source.documents.contracts.map((c) => [c.number, c.totalFen]),
    );
    expect(target.stage).toBe(source.stage);
    expect(target.probability.percent).toBe(source.probability.percent);
  });

  it('refuses a file that is not a package, naming why, and imports nothing', async () => {
    const bad = path.join(tempDir(), '坏文件.presales');
    (await import('node:fs')).writeFileSync(bad, '这不是 zip');
    await page.goto(`${colleague.url}#/opportunities`);
    await page.getByTestId('opportunities-import-package').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('package-import-choose').click();
    await (await chooser).setFiles(bad);
    await expect
      .poll(() => page.getByTestId('package-import-refused').innerText())
      .toBe('这不是有效的商机包：文件无法按 zip 读取，可能已损坏或没有下载完整');
    expect(await page.getByTestId('package-import-confirm').isDisabled()).toBe(true);
    expect((await data(invoke(colleague.ctx, 'opportunities.list', { status: 'all' }))).rows).toEqual([]);
  });
});
