import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { ContractDetail } from '../../src/shared/api/contract-drafts';
import { formatYuan } from '../../src/shared/money';
import { ContractsPage } from './pages/contracts-page';
import { QuotesPage } from './pages/quotes-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let contracts: ContractsPage;
let quotes: QuotesPage;

const QUOTE = 'BJ-2026-0001';
const CUSTOMER = '宁波四海商贸有限公司';
const DISPUTES = 'c13-disputes';
const NOTICES = 'c14-notices';
const NEGOTIATION_BEFORE = '之日起30日内协商不成的';
const NEGOTIATION_AFTER = '之日起15日内协商不成的';

/**
 * The demo deal is already past legal (its quote approved, its contract HT-…-0001 approved).
 * These tests start where it stood before: the customer asked for one more change, so the quote
 * is back in draft, and the contract was never drafted.
 */
async function beforeTheDemoContract(): Promise<void> {
  server.ctx.db().prepare('DELETE FROM contracts WHERE is_demo = 1').run();
  const quote = await invoke(server.ctx, 'quotes.byNumber', { number: QUOTE });
  if (!quote.ok) throw new Error(quote.error.message);
  const { revisionId, content } = quote.data;
  const saved = await invoke(server.ctx, 'quotes.save', {
    revisionId,
    content: { ...content, notes: `${content.notes}\n客户要求补充一天培训。` },
  });
  if (!saved.ok || saved.data.state !== 'draft') throw new Error('The demo quote did not go back to draft');
}

beforeEach(async () => {
  ({ page, server } = session);
  contracts = new ContractsPage(page, server.url);
  quotes = new QuotesPage(page);
  await beforeTheDemoContract();
});

async function contractByNumber(number: string): Promise<ContractDetail> {
  const list = await invoke(server.ctx, 'contracts.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const summary = list.data.find((c) => c.number === number);
  if (!summary) throw new Error(`No contract ${number}`);
  const got = await invoke(server.ctx, 'contracts.get', { id: summary.id });
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

async function contractsList() {
  const list = await invoke(server.ctx, 'contracts.list', {});
  if (!list.ok) throw new Error(list.error.message);
  return list.data;
}

async function savedBytes(download: { path(): Promise<string | null> }): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error('The download has no file');
  return fs.readFileSync(file);
}

function pdfText(bytes: Buffer): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-contract-'));
  try {
    const file = path.join(dir, 'contract.pdf');
    fs.writeFileSync(file, bytes);
    try {
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } catch {
      return null; // pdftotext not installed: the byte checks stand.
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('合同', () => {
  it('drafts a contract from the approved demo quote, edits and removes clauses, exports Word and PDF, goes through legal review', async () => {
    // No contracts yet: the list explains where they come from.
    await contracts.open();
    expect(await page.getByTestId('nav-contracts').innerText()).toBe('合同');
    expect(await contracts.emptyList().innerText()).toContain('已审批的报价');

    // The demo quote is a draft: shown in the picker with its state and not selectable; typed in, the server refuses.
    await contracts.openNew();
    await contracts.quoteOption(QUOTE).waitFor();
    expect(await contracts.quoteOption(QUOTE).getByTestId('new-contract-quote-state').innerText()).toBe('草稿');
    expect(await contracts.quoteRadio(QUOTE).isDisabled()).toBe(true);
    await contracts.typeQuoteNumber(QUOTE);
    await contracts.submitNew();
    await contracts.newError().waitFor();
    expect(await contracts.newError().innerText()).toContain('尚未审批');
    await contracts.closeModal();

    // Approve it in 报价, and note its total and 大写.
    await page.getByTestId('nav-quotes').click();
    await quotes.listPage().waitFor();
    await quotes.row(QUOTE).click();
    await quotes.editor().waitFor();
    await quotes.approveFromHeader('王经理', '同意按报价签约');
    await expect.poll(() => quotes.state().innerText()).toBe('已审批');
    const quoteTotal = await quotes.total().innerText();
    const quoteCapital = await quotes.capital().innerText();
    expect(quoteTotal).toMatch(/^¥[\d,]+\.\d{2}$/);

    // 新建合同 from it with the licence template (the default).
    await contracts.go();
    await contracts.openNew();
    await expect.poll(() => contracts.quoteRadio(QUOTE).isDisabled()).toBe(false);
    await contracts.quoteOption(QUOTE).click();
    expect(await contracts.template().inputValue()).toContain('软件许可及实施服务合同');
    await contracts.submitNew();
    await contracts.editor().waitFor();
    const number = await contracts.number().innerText();
    expect(number).toMatch(/^HT-\d{4}-\d{4}$/);
    expect(await contracts.state().innerText()).toBe('草稿');
    expect(await page.getByTestId('contract-revision').innerText()).toBe('第 1 版');
    expect(await page.getByTestId('contract-customer').innerText()).toBe(CUSTOMER);
    expect(await page.getByTestId('contract-quote').innerText()).toBe(`${QUOTE}-A`);
    expect(await contracts.total().innerText()).toBe(quoteTotal);
    expect(await contracts.capital().innerText()).toBe(quoteCapital);
    expect(await contracts.nonStandard().getByTestId('non-standard-empty').innerText()).toContain('全部采用标准条款');
    expect(await contracts.clauseStatus(DISPUTES).innerText()).toBe('标准');

    // 争议解决: 30 → 15 days of negotiation. A mandatory clause can be edited, not removed.
    expect(await contracts.clause(DISPUTES).getByTestId('clause-mandatory').count()).toBe(1);
    expect(await contracts.clause(DISPUTES).getByTestId('clause-remove').count()).toBe(0);
    await contracts.editBody(DISPUTES, (body) => {
      expect(body).toContain(NEGOTIATION_BEFORE);
      return body.replace(NEGOTIATION_BEFORE, NEGOTIATION_AFTER);
    });
    await expect.poll(() => contracts.clauseStatus(DISPUTES).getAttribute('data-status')).toBe('edited');
    expect(await contracts.clauseStatus(DISPUTES).innerText()).toBe('已修改');
    const diff = contracts.clause(DISPUTES).getByTestId('clause-diff');
    expect(await diff.getByTestId('diff-delete').allInnerTexts()).toEqual([expect.stringContaining('30')]);
    expect(await diff.getByTestId('diff-insert').allInnerTexts()).toEqual([expect.stringContaining('15')]);
    const disputesHeading = (await contracts.clause(DISPUTES).getAttribute('data-heading')) ?? '';
    expect(await contracts.nonStandardEntry(disputesHeading).getAttribute('data-status')).toBe('edited');

    // 通知与送达 is optional: removed, it is listed as 已删除.
    const noticesHeading = (await contracts.clause(NOTICES).getAttribute('data-heading')) ?? '';
    expect(noticesHeading).toBe('通知与送达');
    await contracts.removeClause(NOTICES);
    await contracts.nonStandardEntry(noticesHeading).waitFor();
    expect(await contracts.nonStandardEntry(noticesHeading).getAttribute('data-status')).toBe('removed');
    expect(await contracts.nonStandardEntry(noticesHeading).innerText()).toContain('已删除');
    await expect.poll(() => contracts.saveStatus(), { timeout: 10_000 }).toBe('saved');

    // The server has it: the edit, the removal, the non-standard list.
    const saved = await contractByNumber(number);
    expect(saved.content.clauses.find((c) => c.id === DISPUTES)?.body).toContain(NEGOTIATION_AFTER);
    expect(saved.content.clauses.some((c) => c.id === NOTICES)).toBe(false);
    expect(saved.nonStandard.map((n) => [n.heading, n.status])).toEqual([
      [disputesHeading, 'edited'],
      [noticesHeading, 'removed'],
    ]);

    // The edited clause with its diff next to the 非标条款清单.
    await contracts.clause(DISPUTES).evaluate((card) => card.scrollIntoView({ block: 'center' }));
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'contracts-editor');

    // Export: Word for legal (with the changed text), PDF for signing (with the total).
    await contracts.openExport();
    const docx = await contracts.export('docx');
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await savedBytes(docx));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.length).toBeGreaterThan(1000);
    expect(xml.replace(/<[^>]+>/g, '')).toContain(NEGOTIATION_AFTER);
    const pdf = await contracts.export('pdf');
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfBytes = await savedBytes(pdf);
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await expect
      .poll(() => contracts.exportResults().evaluateAll((items) => items.map((i) => i.getAttribute('data-ok'))))
      .toEqual(['true', 'true']);
    const text = pdfText(pdfBytes);
    if (text !== null) {
      expect(text.replace(/\s+/g, ' ')).toContain(formatYuan(saved.deal.totalFen, { symbol: false }));
    }
    await contracts.closeDialog();

    // 提交法务审核: locked for legal, then approved.
    await contracts.act('submit', '张销售', '请法务审核争议解决条款');
    await expect.poll(() => contracts.state().innerText()).toBe('法务审核中');
    await expect.poll(() => contracts.editor().getAttribute('data-editable')).toBe('false');
    expect(await page.getByTestId('contract-read-only').innerText()).toContain('法务审核中');
    expect(await page.getByTestId('clause-edit').count()).toBe(0);
    expect(await page.getByTestId('clause-add').count()).toBe(0);
    await contracts.act('approve', '李法务', '同意');
    await expect.poll(() => contracts.state().innerText()).toBe('已审核');
    expect(
      await page.getByTestId('history-event').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind'))),
    ).toEqual(['approve', 'submit', 'create']);
    expect(await page.getByTestId('history-event').first().innerText()).toContain('李法务');
    const approved = await contractByNumber(number);
    expect(approved.state).toBe('approved');
    expect(approved.events.map((e) => [e.kind, e.actor]).slice(1)).toEqual([
      ['submit', '张销售'],
      ['approve', '李法务'],
    ]);

    // Back in the list: state, total and the two non-standard clauses.
    await page.getByTestId('contract-back').click();
    const row = contracts.row(number);
    await row.waitFor();
    // The list was cached before the approval and is read again on the way back: wait for it.
    await expect.poll(() => row.getByTestId('contract-row-state').innerText()).toBe('已审核');
    expect(await row.getByTestId('contract-row-total').innerText()).toBe(quoteTotal);
    await expect.poll(() => row.getByTestId('contract-row-non-standard').innerText()).toBe('2');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'contracts-list');

    // 条款库: a new version of 违约责任; the contract keeps the version it was drafted with.
    await contracts.tab('library');
    await contracts.clauseRow('breach').waitFor();
    expect(await contracts.clauseRow('disputes').innerText()).toContain('仲裁 / 诉讼');
    expect(await contracts.clauseRow('breach').getByTestId('clause-row-used').innerText()).toBe('1');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'contracts-library');
    await contracts.clauseRow('breach').click();
    const form = contracts.clauseForm();
    await form.waitFor();
    expect(await form.getByTestId('clause-version-note').innerText()).toContain('已起草的合同仍使用原来的版本');
    const body = form.getByTestId('wording-body').first();
    await body.fill((await body.inputValue()).replace('0.05%', '0.03%'));
    await form.getByTestId('clause-note').fill('按法务意见下调逾期付款违约金');
    await form.getByTestId('clause-save').click();
    await expect.poll(() => page.getByTestId('clause-version').count()).toBe(2);
    await expect.poll(() => contracts.clauseRow('breach').getByTestId('clause-row-version').innerText()).toBe('v2');
    expect(await page.getByTestId('clause-version').first().innerText()).toContain('按法务意见下调逾期付款违约金');
    const after = await contractByNumber(number);
    expect(after.content.clauses.find((c) => c.id === 'c11-breach')?.clauseVersion).toBe(1);
  });

  it('switches a wording, writes a clause with a missing field, restores and puts back clauses, is returned by legal as revision 2', async () => {
    const quote = await invoke(server.ctx, 'quotes.byNumber', { number: QUOTE });
    if (!quote.ok) throw new Error(quote.error.message);
    expect(
      (await invoke(server.ctx, 'quotes.approve', { revisionId: quote.data.revisionId, by: '王经理', comment: '' })).ok,
    ).toBe(true);
    // An approved quote offers 起草合同 in its own header: the contract opens straight away.
    await page.goto(`${server.url}#/quotes/${quote.data.revisionId}`);
    await page.getByTestId('quote-draft-contract').click();
    await contracts.editor().waitFor();
    const [summary] = await contractsList();
    if (!summary) throw new Error('No contract was drafted');
    const { id, number } = summary;
    expect(page.url()).toContain(`#/contracts/${id}`);
    expect(summary.templateName).toBe('软件许可及实施服务合同');

    // 仲裁 → 诉讼: the court wording is standard too, so nothing becomes non-standard.
    const disputes = contracts.clause(DISPUTES);
    await disputes.getByTestId('clause-wording').click();
    await page.getByRole('option', { name: '诉讼', exact: true }).click();
    await expect.poll(() => disputes.getByTestId('clause-text').innerText()).toContain('提起诉讼');
    expect(await contracts.clauseStatus(DISPUTES).innerText()).toBe('标准');
    expect(await contracts.nonStandard().getByTestId('non-standard-empty').count()).toBe(1);

    // A clause written here, using the place of signing, which is still blank: a problem that blocks submitting.
    await page.getByTestId('clause-add').click();
    await page.getByTestId('add-clause-mode').getByText('新写条款').click();
    await page.getByTestId('add-clause-heading').fill('廉洁条款');
    await page.getByTestId('add-clause-body').fill('双方应遵守廉洁从业规定。\n本合同在{{contract.signingPlace}}签订。');
    await page.getByTestId('add-clause-confirm').click();
    await page.getByTestId('add-clause-form').waitFor({ state: 'detached' });
    const cards = await page
      .getByTestId('clause-card')
      .evaluateAll((all) => all.map((c) => c.getAttribute('data-heading')));
    expect(cards.slice(-2)).toEqual(['廉洁条款', '签署']);
    const added = page.locator('[data-testid="clause-card"][data-heading="廉洁条款"]');
    expect(await added.getByTestId('clause-status').innerText()).toBe('新增');
    expect(await contracts.nonStandardEntry('廉洁条款').getAttribute('data-status')).toBe('added');
    const problem = page.getByTestId('contract-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('签订地点');
    expect(await problem.innerText()).toContain('廉洁条款');
    await expect.poll(() => contracts.saveStatus(), { timeout: 10_000 }).toBe('saved');
    // A draft goes to legal with blanks; the signing place is filled here before that.
    await page.getByTestId('term-signingPlace').fill('宁波');
    await expect.poll(() => page.getByTestId('contract-problems').count()).toBe(0);

    // 质保: edited, then back to the standard text. 不可抗力: removed, then put back.
    await contracts.editBody('c7-warranty', (body) =>
      body.replace('提供许可软件同一主版本内的版本升级', '提供许可软件的全部版本升级'),
    );
    await expect.poll(() => contracts.clauseStatus('c7-warranty').innerText()).toBe('已修改');
    await contracts.clause('c7-warranty').getByTestId('clause-restore').click();
    await expect.poll(() => contracts.clauseStatus('c7-warranty').innerText()).toBe('标准');
    await contracts.removeClause('c12-force-majeure');
    await contracts.nonStandardEntry('不可抗力').getByTestId('non-standard-put-back').click();
    await page.locator('[data-testid="clause-card"][data-heading="不可抗力"]').waitFor();
    await expect.poll(() => contracts.nonStandardEntry('不可抗力').count()).toBe(0);
    await expect.poll(() => contracts.saveStatus(), { timeout: 10_000 }).toBe('saved');
    const saved = await contractByNumber(number);
    expect(saved.nonStandard.map((n) => [n.heading, n.status])).toEqual([['廉洁条款', 'added']]);
    expect(saved.content.terms.signingPlace).toBe('宁波');
    expect(saved.content.clauses.find((c) => c.id === DISPUTES)?.wording).toBe('court');

    // To legal and back: 退回修改 makes revision 2, a draft again; revision 1 stays as legal saw it.
    await contracts.act('submit', '张销售', '');
    await expect.poll(() => contracts.state().innerText()).toBe('法务审核中');
    await page.getByTestId('contract-action-return').click();
    // The last name used is offered again.
    expect(await page.getByTestId('contract-action-by').inputValue()).toBe('张销售');
    await page.getByTestId('contract-action-by').fill('李法务');
    await page.getByTestId('contract-action-comment').fill('廉洁条款请用公司标准文本');
    await page.getByTestId('contract-action-confirm').click();
    await expect.poll(() => page.getByTestId('contract-revision').innerText()).toBe('第 2 版');
    expect(await contracts.state().innerText()).toBe('草稿');
    expect(await contracts.editor().getAttribute('data-editable')).toBe('true');
    expect(await page.getByTestId('history-event').first().innerText()).toContain('廉洁条款请用公司标准文本');
    await page.locator('[data-testid="history-revision"][data-revision="1"]').click();
    await expect.poll(() => page.getByTestId('contract-revision').innerText()).toBe('第 1 版');
    expect(await contracts.state().innerText()).toBe('法务审核中');
    expect(await page.getByTestId('contract-read-only').innerText()).toContain('第 1 版的存档');
    expect(await page.getByTestId('clause-edit').count()).toBe(0);
    await page.getByTestId('open-latest').click();
    await expect.poll(() => page.getByTestId('contract-revision').innerText()).toBe('第 2 版');
  });
  it('exports a draft for legal with the customer’s missing bank details as marked blanks, warned about, not refused', async () => {
    // The customer has not sent its bank, account and legal representative yet.
    const call = async <T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>) => {
      const done = await result;
      if (!done.ok) throw new Error(done.error.message);
      return done.data;
    };
    const customers = await call(invoke(server.ctx, 'customers.list', {}));
    const customer = customers.find((c) => c.name === CUSTOMER);
    if (!customer) throw new Error(`No customer ${CUSTOMER}`);
    await call(
      invoke(server.ctx, 'customers.save', { ...customer, bankName: '', bankAccount: '', representative: '' }),
    );
    const quote = await call(invoke(server.ctx, 'quotes.byNumber', { number: QUOTE }));
    await call(invoke(server.ctx, 'quotes.approve', { revisionId: quote.revisionId, by: '王经理', comment: '' }));
    const drafted = await call(invoke(server.ctx, 'contracts.create', { quoteNumber: QUOTE }));

    await contracts.open();
    await contracts.row(drafted.number).click();
    await contracts.editor().waitFor();
    await page.getByTestId('contract-problems').waitFor();

    // 导出: a warning naming what is still to complete; nothing says the export is blocked.
    await contracts.openExport();
    const warning = page.getByTestId('contract-export-blanks');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('还有 3 项信息待补充');
    expect(await warning.getByTestId('contract-export-blank').allInnerTexts()).toEqual([
      '甲方法定代表人',
      '甲方开户银行',
      '甲方银行账号',
    ]);
    expect(await page.getByTestId('contract-export-blocked').count()).toBe(0);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'contracts-export-blanks');

    const docx = await contracts.export('docx');
    const zip = await JSZip.loadAsync(await savedBytes(docx));
    const words = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
    expect(words).toContain('待补充信息');
    expect(words).toContain('开户银行：【待补充：甲方开户银行】');
    expect(words).toContain('银行账号：【待补充：甲方银行账号】');
    expect(words).toContain('法定代表人：【待补充：甲方法定代表人】');
    const pdf = await contracts.export('pdf');
    await expect
      .poll(() => contracts.exportResults().evaluateAll((items) => items.map((i) => i.getAttribute('data-ok'))))
      .toEqual(['true', 'true']);
    const text = pdfText(await savedBytes(pdf));
    if (text !== null) {
      const firstPage = (text.split('\f')[0] ?? '').replace(/\s+/g, '');
      expect(firstPage).toContain('待补充信息');
      expect(firstPage).toContain('【待补充：甲方开户银行】');
    }
    await contracts.closeDialog();
  });
});
