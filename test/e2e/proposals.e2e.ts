import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { LibrarySection, Proposal } from '../../src/shared/api/library';
import { formatYuan } from '../../src/shared/money';
import type { ProposalSection } from '../../src/shared/proposals/proposal';
import type { Block, Inline, RichDoc } from '../../src/shared/rich-text';
import type { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { ProposalsPage } from './pages/proposals-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let proposals: ProposalsPage;
let library: LibraryPage;

const CUSTOMER = '宁波四海商贸有限公司';

beforeEach(() => {
  ({ page, server, app } = session);
  proposals = new ProposalsPage(page);
  library = new LibraryPage(page);
});

async function demoProposal(): Promise<Proposal> {
  const list = await invoke(server.ctx, 'proposals.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const summary = list.data.find((p) => p.customerName === CUSTOMER);
  if (!summary) throw new Error('The demo proposal is missing');
  const got = await invoke(server.ctx, 'proposals.get', { id: summary.id });
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

function section<K extends ProposalSection['kind']>(proposal: Proposal, kind: K) {
  const found = proposal.content.sections.find((s): s is Extract<ProposalSection, { kind: K }> => s.kind === kind);
  if (!found) throw new Error(`No ${kind} section`);
  return found;
}

/** Every text node of a document with its marks, in order. */
function texts(doc: RichDoc): { text: string; bold: boolean }[] {
  const out: { text: string; bold: boolean }[] = [];
  const walk = (node: Block | Inline | { content?: unknown[] }) => {
    if ('type' in node && node.type === 'text') {
      out.push({ text: node.text, bold: (node.marks ?? []).some((m) => m.type === 'bold') });
      return;
    }
    for (const child of ('content' in node && Array.isArray(node.content) ? node.content : []) as Block[]) walk(child);
  };
  doc.content.forEach(walk);
  return out;
}

async function savedBytes(download: { path(): Promise<string | null> }): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error('The download has no file');
  return fs.readFileSync(file);
}

describe('方案书', () => {
  it('reorders chapters by drag and drop, edits the situation and requirements, exports Word, PDF and the deviation table', async () => {
    const before = await demoProposal();
    const titlesBefore = before.content.sections.map((s) => s.title);
    expect(titlesBefore).toContain('项目预算');
    expect(titlesBefore).toContain('项目风险与应对');
    expect(titlesBefore.indexOf('项目风险与应对')).toBeGreaterThan(titlesBefore.indexOf('项目预算'));

    // The list shows the title as the customer reads it, not its merge fields.
    expect(before.content.title).toBe('{{customer.shortName}} 分销行业解决方案建议书');
    await app.open('proposals');
    await proposals.listPage().waitFor();
    await expect.poll(() => proposals.listTitles()).toEqual(['四海商贸 分销行业解决方案建议书']);
    expect(await proposals.listPage().innerText()).not.toContain('{{');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'proposal-list');
    await proposals.open(CUSTOMER);
    expect(await proposals.sectionTitles()).toEqual(titlesBefore);
    expect(await page.getByTestId('proposal-title').innerText()).toBe('四海商贸 分销行业解决方案建议书');
    // The page (and so the Electron window) is titled by the open proposal.
    await expect.poll(() => page.title()).toBe('四海商贸 分销行业解决方案建议书 · 售前工作台');

    // Drag 项目风险与应对 onto the upper half of 项目预算: it lands right above it.
    await proposals.dragAbove('项目风险与应对', '项目预算');
    const budgetAt = titlesBefore.indexOf('项目预算');
    const reordered = titlesBefore.filter((t) => t !== '项目风险与应对');
    reordered.splice(budgetAt, 0, '项目风险与应对');
    await expect.poll(() => proposals.sectionTitles()).toEqual(reordered);
    // The keyboard way: 客户价值测算 down one and back up again leaves the order as dragged.
    await proposals.moveDown('客户价值测算');
    await expect
      .poll(async () => (await proposals.sectionTitles()).indexOf('客户价值测算'))
      .toBe(reordered.indexOf('客户价值测算') + 1);
    await proposals.moveUp('客户价值测算');
    await expect.poll(() => proposals.sectionTitles()).toEqual(reordered);
    await expect.poll(() => proposals.saveStatus()).toBe('saved');
    const afterDrag = await demoProposal();
    expect(afterDrag.content.sections.map((s) => s.title)).toEqual(reordered);

    // 项目背景: bold text typed at the end of the rich text, saved as a bold text node.
    await proposals.select('项目背景与需求分析');
    await proposals.situationBody().click();
    // On a loaded machine the editor may take the focus after the click returns: wait for it.
    await expect
      .poll(() => proposals.situationBody().evaluate((el) => el.ownerDocument.activeElement === el))
      .toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await proposals.situationTool('bold').click();
    await page.keyboard.type('核心目标：三仓库存实时准确');
    await proposals.situationTool('bold').click();
    await page.keyboard.type('，上线后月结缩短到 2 天。');
    await expect
      .poll(() => proposals.situationBody().locator('strong').last().innerText())
      .toBe('核心目标：三仓库存实时准确');
    await expect.poll(() => proposals.saveStatus()).toBe('saved');
    const situation = section(await demoProposal(), 'situation');
    expect(texts(situation.body)).toEqual(
      expect.arrayContaining([
        { text: '核心目标：三仓库存实时准确', bold: true },
        { text: '，上线后月结缩短到 2 天。', bold: false },
      ]),
    );

    // 需求响应: a sixth requirement, met partly by 批次与保质期.
    await proposals.select('需求响应与偏离表');
    expect(await proposals.requirementRows().count()).toBe(5);
    const row = await proposals.addRequirement();
    // An empty requirement is not sent: the status says what is missing.
    await expect.poll(() => proposals.saveStatus()).toBe('dirty');
    await row.getByTestId('requirement-text').fill('临期商品自动预警并优先出库');
    await proposals.chooseFeature(row, '批次与保质期');
    await proposals.setCoverage(row, '部分满足');
    await row.getByTestId('requirement-note').fill('保质期预警需按品类配置');
    await expect.poll(() => proposals.requirementCount('total').innerText()).toBe('共 6 项');
    await expect.poll(() => proposals.requirementCount('partial').innerText()).toBe('部分满足 2');
    await expect.poll(() => proposals.saveStatus()).toBe('saved');
    const saved = await demoProposal();
    const requirements = section(saved, 'requirements');
    expect(requirements.rows).toHaveLength(6);
    expect(requirements.rows[5]).toMatchObject({
      requirement: '临期商品自动预警并优先出库',
      coverage: 'partial',
      note: '保质期预警需按品类配置',
    });
    expect(requirements.rows[5]?.feature).toMatch(/^\d+:批次与保质期$/);
    expect(saved.blocker).toBeNull();
    await page.mouse.move(0, 0);
    // The top of the builder: header, chapter order and the chapter being edited.
    await page.locator('body').evaluate((body) => {
      body.ownerDocument.documentElement.scrollTop = 0;
    });
    await saveScreenshot(page, 'proposal-builder');

    // Export: Word, PDF and the deviation table, downloaded directly.
    const quoteRevisionId = saved.content.quoteRevisionId;
    expect(quoteRevisionId).not.toBeNull();
    const quote = await invoke(server.ctx, 'quotes.get', { revisionId: quoteRevisionId ?? 0 });
    if (!quote.ok) throw new Error(quote.error.message);
    await proposals.openExport();
    const docx = await proposals.export('docx');
    expect(docx.suggestedFilename()).toBe('四海商贸 分销行业解决方案建议书.docx');
    const docxBytes = await savedBytes(docx);
    expect(docxBytes.length).toBeGreaterThan(5000);
    expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await proposals.export('pdf');
    expect(pdf.suggestedFilename()).toBe('四海商贸 分销行业解决方案建议书.pdf');
    const pdfBytes = await savedBytes(pdf);
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const xlsx = await proposals.export('xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxBytes = await savedBytes(xlsx);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect
      .poll(() => proposals.exportResults().evaluateAll((items) => items.map((i) => i.getAttribute('data-ok'))))
      .toEqual(['true', 'true', 'true']);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-proposal-'));
    try {
      const pdfFile = path.join(dir, 'proposal.pdf');
      fs.writeFileSync(pdfFile, pdfBytes);
      let text: string | null = null;
      try {
        text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
      } catch {
        text = null; // pdftotext not installed: the bytes checks above stand.
      }
      if (text !== null) {
        const flat = text.replace(/\s+/g, ' ');
        expect(flat).toContain(formatYuan(quote.data.priced.totalFen, { symbol: false }));
        expect(flat).toContain('核心目标：三仓库存实时准确');
        // The chapters print in the dragged order (the contents and the chapters themselves).
        const risks = [...flat.matchAll(/项目风险与应对/g)].map((m) => m.index ?? 0);
        const budget = [...flat.matchAll(/项目预算/g)].map((m) => m.index ?? 0);
        expect(risks.length).toBeGreaterThan(0);
        expect(budget.length).toBeGreaterThan(0);
        expect(risks[0]).toBeLessThan(budget[0] ?? 0);
        expect(risks[risks.length - 1]).toBeLessThan(budget[budget.length - 1] ?? 0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('方案库', () => {
  it('writes a section with a heading, a list and bold text, finds it by a Chinese word, duplicates it', async () => {
    await app.open('library');
    await library.openSections();
    await library.newSection();
    await library.title().fill('仓储条码实施经验');
    await library.chooseKind('实施方法');
    await library.addTag('仓储');

    await library.body().click();
    await library.tool('h2').click();
    await page.keyboard.type('条码仓储上线要点');
    await page.keyboard.press('Enter');
    await library.tool('bullet').click();
    await page.keyboard.type('收货即扫码入库');
    await page.keyboard.press('Enter');
    await page.keyboard.type('移动盘点差异当天处理');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('上线后');
    await library.tool('bold').click();
    await page.keyboard.type('库存准确率达到 99.5%');
    await library.tool('bold').click();
    await page.keyboard.type('。');
    expect(await library.body().locator('h2').innerText()).toBe('条码仓储上线要点');
    expect(await library.body().locator('ul li').allInnerTexts()).toEqual(['收货即扫码入库', '移动盘点差异当天处理']);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'library');

    await library.save();
    await app.notification('资料“仓储条码实施经验”已保存').waitFor();
    await expect.poll(() => library.dirtyBadge().count()).toBe(0);
    const found = await invoke(server.ctx, 'library.sections', { query: '条码', includeArchived: false });
    if (!found.ok) throw new Error(found.error.message);
    const created = found.data.find((s) => s.title === '仓储条码实施经验') as LibrarySection;
    expect(created).toMatchObject({ kind: 'method', tags: ['仓储'] });
    expect(created.body.content.map((b) => b.type)).toEqual(['heading', 'bulletList', 'paragraph']);
    expect(texts(created.body)).toContainEqual({ text: '库存准确率达到 99.5%', bold: true });

    // Search by a word in the text (not the title).
    await library.searchSections('盘点差异');
    await expect.poll(() => library.sectionTitles()).toEqual(['仓储条码实施经验']);
    await library.searchSections('');
    await expect.poll(async () => (await library.sectionTitles()).length).toBeGreaterThan(1);
    await library.searchSections('条码');
    await expect.poll(() => library.sectionTitles()).toContain('仓储条码实施经验');

    await library.duplicate();
    await app.notification('已复制为“仓储条码实施经验（副本）”').waitFor();
    await expect.poll(() => library.title().inputValue()).toBe('仓储条码实施经验（副本）');
    await expect
      .poll(() => library.sectionTitles())
      .toEqual(expect.arrayContaining(['仓储条码实施经验', '仓储条码实施经验（副本）']));
    expect(await library.body().locator('strong').innerText()).toBe('库存准确率达到 99.5%');

    // The library travels as one file; a broken file names each problem and imports nothing.
    const download = await library.exportLibrary();
    expect(download.suggestedFilename()).toMatch(/^方案库-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse((await savedBytes(download)).toString('utf8')) as { format: string; sections: unknown[] };
    expect(file.format).toBe('presales-library/1');
    expect(file.sections.length).toBeGreaterThanOrEqual(7);
    await library.importFile(
      'broken.json',
      JSON.stringify({
        format: 'presales-library/1',
        solutions: [],
        sections: [{ kind: 'method', title: '', tags: [], body: { type: 'doc', content: [] } }],
      }),
    );
    await expect.poll(() => library.importErrors().count()).toBe(1);
    expect(await library.importErrors().first().getAttribute('data-path')).toBe('sections.0.title');
  });
});
