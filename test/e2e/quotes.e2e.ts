import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { demoItems } from '../../src/main/services/demo/demo-data';
import { formatYuan } from '../../src/shared/money';
import { lineFromItem } from '../../src/shared/quotes/catalogue-line';
import { priceQuote } from '../../src/shared/quotes/pricing';
import { toPricingInput, type QuoteContent, type QuoteLine } from '../../src/shared/quotes/quote';
import { rmbCapital } from '../../src/shared/rmb-capital';
import type { AppPage } from './pages/app-page';
import { QuotesPage } from './pages/quotes-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let quotes: QuotesPage;

const CUSTOMER = '宁波四海商贸有限公司';

beforeEach(() => {
  ({ page, server, app } = session);
  quotes = new QuotesPage(page);
});

/** What the pricing engine says the quote on screen totals: demo list prices, 含税 like the demo list. */
function expectedTotal(lines: { code: string; quantity: string; discountBp?: number }[]): number {
  const quoteLines: QuoteLine[] = lines.map((entry, index) => {
    const item = demoItems.find((i) => i.code === entry.code);
    if (!item) throw new Error(`No demo item ${entry.code}`);
    const line = lineFromItem(
      { ...item, versionId: 1 },
      {
        id: `l${index}`,
        sectionId: 's1',
        versionLabel: '2026 版',
        quantity: entry.quantity,
        listVatMode: 'inclusive',
        quoteVatMode: 'inclusive',
      },
    );
    return { ...line, discountBp: entry.discountBp ?? 0 };
  });
  const content: QuoteContent = {
    title: '',
    customerId: 1,
    vatMode: 'inclusive',
    validUntil: '2026-12-31',
    sections: [{ id: 's1', title: '软件及服务' }],
    lines: quoteLines,
    discount: { kind: 'none' },
    milestones: [],
    terms: '',
    notes: '',
  };
  return priceQuote(toPricingInput(content)).totalFen;
}

describe('报价', () => {
  it('builds a quote by search and keyboard, pastes quantities, needs and gets approval, exports three documents', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await app.open('quotes');
    await quotes.listPage().waitFor();

    await quotes.newQuote('四海', CUSTOMER, '四海商贸 ERP 一期');
    const ref = await quotes.number().innerText();
    expect(ref).toMatch(/^BJ-\d{4}-\d{4}-A$/);
    expect(await quotes.state().innerText()).toBe('草稿');
    expect(await page.getByTestId('customer-picker').inputValue()).toBe(CUSTOMER);

    // By code, by Chinese, by pinyin initials; after each Enter the quantity is typed straight away.
    await quotes.addBySearch('ERP-SD', 'ERP-SD-001');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    // Enter in the quantity goes back to the search box for the next item.
    await expect.poll(() => quotes.picker().evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    await quotes.addBySearch('库存', 'ERP-IV-001');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await quotes.addBySearch('ysgl', 'ERP-AR-001');
    await page.keyboard.press('Enter');
    expect(await quotes.lineCodes()).toEqual(['ERP-SD-001', 'ERP-IV-001', 'ERP-AR-001']);
    expect(await quotes.cell('ERP-SD-001', 'quantity').innerText()).toBe('2');
    expect(await quotes.cell('ERP-IV-001', 'quantity').innerText()).toBe('3');
    expect(await quotes.cell('ERP-AR-001', 'quantity').innerText()).toBe('1');
    expect(await quotes.cell('ERP-SD-001', 'unitPrice').innerText()).toBe('¥68,000.00');
    const first = expectedTotal([
      { code: 'ERP-SD-001', quantity: '2' },
      { code: 'ERP-IV-001', quantity: '3' },
      { code: 'ERP-AR-001', quantity: '1' },
    ]);
    await expect.poll(() => quotes.total().innerText()).toBe(formatYuan(first));
    // Once there are lines, the VAT mode is fixed.
    expect(await quotes.vatMode().locator('input').first().isDisabled()).toBe(true);

    // Keyboard: from the last line's quantity, up to ERP-IV-001, type over it.
    await quotes.cell('ERP-AR-001', 'quantity').click();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => quotes.isActive('ERP-IV-001', 'quantity')).toBe(true);
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await expect.poll(() => quotes.cell('ERP-IV-001', 'quantity').innerText()).toBe('6');
    await expect.poll(() => quotes.isActive('ERP-AR-001', 'quantity')).toBe(true);
    // Escape cancels an edit.
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    expect(await quotes.cell('ERP-AR-001', 'quantity').innerText()).toBe('1');

    // A column of quantities copied from Excel (with its trailing newline) fills down from the cell.
    await quotes.cell('ERP-SD-001', 'quantity').click();
    await quotes.paste('1\r\n4\r\n5\r\n');
    await expect.poll(() => quotes.gridNote().innerText()).toBe('已粘贴 3 个数量');
    expect(await quotes.cell('ERP-SD-001', 'quantity').innerText()).toBe('1');
    expect(await quotes.cell('ERP-IV-001', 'quantity').innerText()).toBe('4');
    expect(await quotes.cell('ERP-AR-001', 'quantity').innerText()).toBe('5');
    const pasted = expectedTotal([
      { code: 'ERP-SD-001', quantity: '1' },
      { code: 'ERP-IV-001', quantity: '4' },
      { code: 'ERP-AR-001', quantity: '5' },
    ]);
    await expect.poll(() => quotes.total().innerText()).toBe(formatYuan(pasted));
    expect(await quotes.capital().innerText()).toBe(rmbCapital(pasted));

    // Delete removes the line; undo puts it back where it was.
    await quotes.cell('ERP-AR-001', 'code').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => quotes.lineCodes()).toEqual(['ERP-SD-001', 'ERP-IV-001']);
    await page.getByTestId('grid-undo').click();
    await expect.poll(() => quotes.lineCodes()).toEqual(['ERP-SD-001', 'ERP-IV-001', 'ERP-AR-001']);
    // Alt+↓ moves a line down (and back up).
    await quotes.cell('ERP-SD-001', 'name').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => quotes.lineCodes()).toEqual(['ERP-IV-001', 'ERP-SD-001', 'ERP-AR-001']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => quotes.lineCodes()).toEqual(['ERP-SD-001', 'ERP-IV-001', 'ERP-AR-001']);

    await expect.poll(() => quotes.saveStatus()).toBe('saved');
    await expect.poll(() => quotes.total().innerText()).toBe(formatYuan(pasted));
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'quote-editor');

    // 30 % off ERP-SD-001, whose floor is 25 %: typed into 折扣 % by keyboard.
    await quotes.cell('ERP-SD-001', 'quantity').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => quotes.isActive('ERP-SD-001', 'discount')).toBe(true);
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => quotes.cell('ERP-SD-001', 'discount').innerText()).toBe('30%\n7折');
    const discounted = expectedTotal([
      { code: 'ERP-SD-001', quantity: '1', discountBp: 3000 },
      { code: 'ERP-IV-001', quantity: '4' },
      { code: 'ERP-AR-001', quantity: '5' },
    ]);
    await expect.poll(() => quotes.total().innerText()).toBe(formatYuan(discounted));
    await quotes.approvalPending().waitFor();
    expect(await quotes.approvalReasons().allInnerTexts()).toEqual([
      expect.stringContaining('ERP-SD-001 销售管理：折扣 30% 超过最低折扣 25%'),
    ]);
    expect(await quotes.line('ERP-SD-001').getAttribute('data-flagged')).toBe('true');
    expect(await quotes.line('ERP-IV-001').getAttribute('data-flagged')).toBeNull();
    await expect.poll(() => quotes.state().innerText()).toBe('待审批');
    await expect.poll(() => quotes.saveStatus()).toBe('saved');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'quote-approval');

    await quotes.approve('王经理', '战略客户，同意 7 折');
    await expect.poll(() => quotes.state().innerText()).toBe('已审批');
    expect(await quotes.approvalRecord().innerText()).toContain('王经理');
    expect(await quotes.approvalRecord().innerText()).toContain('战略客户，同意 7 折');
    await expect.poll(() => quotes.approvalPending().count()).toBe(0);
    await expect.poll(() => page.getByTestId('history-item').first().innerText()).toContain('审批通过');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'quote-approved');
    // Totals, 大写, VAT per rate, the internal margin, milestones and history below the lines.
    await page.getByTestId('margin-panel').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('margin-panel').innerText()).toContain('内部');
    await saveScreenshot(page, 'quote-totals');

    // Export: all three formats into a folder of this test (browser mode types the folder).
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-quote-export-'));
    try {
      await quotes.openExport();
      expect(await quotes.exportDraftWarning().count()).toBe(0);
      const written = await quotes.exportToFolder(path.join(folder, '报价单'), 3);
      expect(written).toHaveLength(3);
      expect(await quotes.exportResults().evaluateAll((items) => items.map((i) => i.getAttribute('data-ok')))).toEqual([
        'true',
        'true',
        'true',
      ]);
      await saveScreenshot(page, 'quote-export');
      const byExtension = new Map(written.map((file) => [path.extname(file), file]));
      for (const extension of ['.xlsx', '.docx', '.pdf']) {
        const file = byExtension.get(extension);
        expect(file, extension).toBeDefined();
        const bytes = fs.readFileSync(file ?? '');
        expect(bytes.length).toBeGreaterThan(1000);
        const magic = bytes.subarray(0, extension === '.pdf' ? 4 : 2).toString('latin1');
        expect(magic).toBe(extension === '.pdf' ? '%PDF' : 'PK');
      }
      const pdf = byExtension.get('.pdf') ?? '';
      let pdfText: string | null = null;
      try {
        pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      } catch {
        pdfText = null; // pdftotext not installed: the bytes checks above stand.
      }
      if (pdfText !== null) {
        expect(pdfText.replace(/\s+/g, ' ')).toContain(formatYuan(discounted, { symbol: false }));
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

    // The list shows the approved quote with its total.
    await page.getByTestId('quote-back').click();
    const row = quotes.row(ref.replace(/-A$/, ''));
    await row.waitFor();
    // The list may show what it had cached until it is read again: wait for it.
    await expect.poll(() => row.getByTestId('quote-state').innerText()).toBe('已审批');
    expect(await row.getByTestId('quote-row-total').innerText()).toBe(formatYuan(discounted));
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'quote-list');
  });

  it('creates a customer in place (showing the service’s field errors) and imports quote files', async () => {
    await app.open('quotes');
    await quotes.listPage().waitFor();

    // 新建报价 → 新建客户: a wrong tax ID comes back from the service next to its field.
    await page.getByTestId('quote-new').click();
    await page.getByTestId('customer-new').click();
    await page.getByTestId('customer-name').fill('温州瓯江电器有限公司');
    await page.getByTestId('customer-contact').fill('陈工');
    await page.getByTestId('customer-taxId').fill('123');
    await page.getByTestId('customer-save').click();
    await expect.poll(() => page.getByTestId('customer-taxId').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('customer-form').innerText()).toContain('统一社会信用代码应为 18 位（当前 3 位）');
    await page.getByTestId('customer-taxId').fill('');
    await page.getByTestId('customer-save').click();
    await page.getByTestId('customer-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('customer-picker').inputValue()).toBe('温州瓯江电器有限公司');
    await page.getByTestId('new-quote-create').click();
    await quotes.editor().waitFor();
    expect(await page.getByTestId('customer-picker').inputValue()).toBe('温州瓯江电器有限公司');
    await page.getByTestId('quote-back').click();

    const bad = {
      format: 'presales-quote/1',
      title: '导入测试',
      customer: { name: CUSTOMER },
      sections: [
        {
          title: '软件',
          lines: [
            { code: 'ERP-SD-001', quantity: '1' },
            { code: 'NO-SUCH-001', quantity: '2' },
          ],
        },
      ],
    };
    await quotes.importFile('bad-quote.json', JSON.stringify(bad));
    await quotes.importErrors().first().waitFor();
    expect(await quotes.importErrors().first().getAttribute('data-path')).toBe('sections[0].lines[1].code');
    expect(await quotes.importErrors().first().innerText()).toContain('第 1 组 › 第 2 行 › code');
    expect(await quotes.importErrors().first().innerText()).toContain('NO-SUCH-001');
    await page.keyboard.press('Escape');

    const good = { ...bad, sections: [{ title: '软件', lines: [{ code: 'ERP-SD-001', quantity: '2' }] }] };
    await quotes.importFile('quote.json', JSON.stringify(good));
    await quotes.editor().waitFor();
    await expect.poll(() => quotes.lineCodes()).toEqual(['ERP-SD-001']);
    await expect
      .poll(() => quotes.total().innerText())
      .toBe(formatYuan(expectedTotal([{ code: 'ERP-SD-001', quantity: '2' }])));

    // Payment shares that do not add up: autosave waits and says why; saving anyway shows the
    // service's message at the milestones; the shares stay as typed until fixed.
    await page.getByTestId('milestone-percent-0').fill('20');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('未保存：付款比例合计不是 100%');
    await page.getByTestId('save-now').click();
    await expect.poll(() => quotes.saveStatus()).toBe('failed');
    expect(await page.getByTestId('save-error-field').innerText()).toBe('付款节点：付款比例合计必须等于 100%');
    expect(await page.getByTestId('milestone-percent-0').inputValue()).toBe('20');
    await page.getByTestId('milestones-fill').click();
    await expect.poll(() => quotes.saveStatus()).toBe('saved');
    expect(await page.getByTestId('milestones-sum').innerText()).toBe('合计 100%');
  });

  it('sends (locked), makes revision B, compares it with A, and speaks English', async () => {
    // An approved quote made through the contract, as another rep (or the CLI) would.
    const ctx = server.ctx;
    const customers = await invoke(ctx, 'customers.list', { query: '' });
    if (!customers.ok) throw new Error(customers.error.message);
    const created = await invoke(ctx, 'quotes.create', {
      customerId: customers.data[0]?.id ?? null,
      title: '修订测试',
    });
    if (!created.ok) throw new Error(created.error.message);
    const item = demoItems.find((i) => i.code === 'ERP-SD-001');
    if (!item) throw new Error('no demo item');
    const line = lineFromItem(
      { ...item, versionId: 1 },
      { id: 'l1', sectionId: 's1', versionLabel: '2026 版', listVatMode: 'inclusive', quoteVatMode: 'inclusive' },
    );
    const content = { ...created.data.content, lines: [line] };
    const saved = await invoke(ctx, 'quotes.save', { revisionId: created.data.revisionId, content });
    expect(saved.ok).toBe(true);
    expect(
      (await invoke(ctx, 'quotes.approve', { revisionId: created.data.revisionId, by: '王经理', comment: '' })).ok,
    ).toBe(true);

    await page.goto(`${server.url}#/quotes/${created.data.revisionId}`);
    await quotes.editor().waitFor();
    expect(await quotes.state().innerText()).toBe('已审批');
    await page.getByTestId('quote-action-send').click();
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => quotes.state().innerText()).toBe('已发送');
    // Locked: no picker, typing into a cell changes nothing.
    await page.getByTestId('quote-readonly').waitFor();
    expect(await quotes.picker().count()).toBe(0);
    await quotes.cell('ERP-SD-001', 'quantity').click();
    await page.keyboard.type('5');
    expect(await quotes.cellEditor('quantity').count()).toBe(0);
    expect(await quotes.cell('ERP-SD-001', 'quantity').innerText()).toBe('1');

    await page.getByTestId('quote-revise').click();
    await expect.poll(() => quotes.number().innerText()).toMatch(/-B$/);
    expect(await quotes.state().innerText()).toBe('草稿');
    await quotes.cell('ERP-SD-001', 'quantity').click();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await quotes.addBySearch('TRN-001', 'TRN-001');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => quotes.saveStatus()).toBe('saved');

    // A save the service refuses: the message lands on the line and cell it names, the edit stays.
    await page.route('**/api/invoke', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { method?: string };
      if (body.method !== 'quotes.save') return route.continue();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: '有字段填写不正确，请修改后再保存。',
            fields: { 'content.lines.1.quantity': '数量超出库存（测试）' },
          },
        }),
      });
    });
    await quotes.cell('TRN-001', 'quantity').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => quotes.saveStatus()).toBe('failed');
    expect(await quotes.cell('TRN-001', 'quantity').getAttribute('aria-invalid')).toBe('true');
    expect(await quotes.cell('TRN-001', 'quantity').getAttribute('title')).toBe('数量超出库存（测试）');
    expect(await quotes.cell('ERP-SD-001', 'quantity').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByTestId('save-error-line').innerText()).toBe('第 2 行 TRN-001：数量超出库存（测试）');
    expect(await quotes.cell('TRN-001', 'quantity').innerText()).toBe('4');
    await page.unroute('**/api/invoke');
    await page.getByTestId('save-now').click();
    await expect.poll(() => quotes.saveStatus()).toBe('saved');
    await expect.poll(() => page.getByTestId('save-errors').count()).toBe(0);

    await page.getByTestId('quote-compare').click();
    await page.getByTestId('diff-changed').waitFor();
    const changed = page.getByTestId('diff-changed').locator('tbody tr');
    expect(await changed.count()).toBe(1);
    expect(await changed.first().getAttribute('data-code')).toBe('ERP-SD-001');
    expect(await page.getByTestId('diff-added').locator('tbody tr').first().innerText()).toContain('4');
    expect((await changed.first().innerText()).replace(/\s+/g, ' ')).toContain('数量 1 3');
    expect(await page.getByTestId('diff-added').locator('tbody tr').first().getAttribute('data-code')).toBe('TRN-001');
    expect(await page.getByTestId('diff-summary').innerText()).toContain('新增 1 行');
    await saveScreenshot(page, 'quote-diff');
    await page.keyboard.press('Escape');

    // Revision A is history now: read-only, with a way back to B.
    await page.getByTestId('revision-A').click();
    await expect.poll(() => quotes.number().innerText()).toMatch(/-A$/);
    expect(await page.getByTestId('quote-readonly').innerText()).toContain('历史版本 A');
    await page.getByTestId('revision-B').click();
    await expect.poll(() => quotes.number().innerText()).toMatch(/-B$/);

    await app.switchLanguage('English');
    await expect.poll(() => quotes.state().innerText()).toBe('DRAFT');
    expect(await page.getByTestId('grid-col-quantity').innerText()).toBe('Qty');
    expect(await quotes.cell('ERP-SD-001', 'discount').innerText()).toBe('');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'quote-editor-en');
  });
});
