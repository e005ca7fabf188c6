import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import type { DemoScriptDetail } from '../../src/shared/api/demo-scripts';
import type { AppPage } from './pages/app-page';
import { DemoScriptsPage } from './pages/demo-scripts-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let app: AppPage;
let scripts: DemoScriptsPage;

const DEMO_TITLE = '四海商贸 ERP 演示脚本';
const CUSTOMER = '宁波四海商贸有限公司';
const CLOSING_PURPOSE = '回顾销售到回款的主线，约定下周二到四海商贸仓库做现场调研';
const GM_POINT = '请总经理当场拍板：下周二上午的现场调研由谁陪同';

beforeEach(() => {
  ({ page, server, app } = session);
  scripts = new DemoScriptsPage(page);
});

async function scriptByTitle(title: string): Promise<DemoScriptDetail> {
  const list = await invoke(server.ctx, 'demoScripts.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const summary = list.data.find((s) => s.title === title);
  if (!summary) throw new Error(`No demo script "${title}"`);
  const got = await invoke(server.ctx, 'demoScripts.get', { id: summary.id });
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

/** 0:00, 0:04, 0:16 … from the steps' minutes, as the running order shows them. */
function clocks(minutes: number[]): string[] {
  let at = 0;
  return minutes.map((m) => {
    const clock = `${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}`;
    at += m;
    return clock;
  });
}

async function savedBytes(download: { path(): Promise<string | null> }): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error('The download has no file');
  return fs.readFileSync(file);
}

function pdfText(bytes: Buffer): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-demo-script-'));
  try {
    const file = path.join(dir, 'script.pdf');
    fs.writeFileSync(file, bytes);
    try {
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    } catch {
      return null; // pdftotext not installed: the byte checks stand.
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('演示脚本', () => {
  it('edits the demo script, reorders steps, regenerates for two roles in 90 minutes keeping the hand edits, exports Word and PDF', async () => {
    const before = await scriptByTitle(DEMO_TITLE);
    expect(before.script.totalMinutes).toBe(120);
    const ids = before.script.steps.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['prep', 'close', 'chain:ERP-IV-001', 'chain:ERP-PU-001', 'story:1']));

    // 演示脚本 in the navigation; the list: title, customer, length and number of steps.
    await app.open();
    expect(await app.navLabel('demoScripts').innerText()).toBe('演示脚本');
    await app.go('demoScripts');
    await scripts.listPage().waitFor();
    const row = scripts.row(DEMO_TITLE);
    await expect.poll(() => row.getAttribute('data-customer')).toBe(CUSTOMER);
    expect(await row.getByTestId('script-row-total').innerText()).toContain('120 分钟');
    expect(await row.getByTestId('script-row-steps').innerText()).toBe(String(ids.length));

    // The timetable: 120 minutes from preparation to closing, each step at its clock time.
    await scripts.open(DEMO_TITLE);
    expect(await scripts.headerTotal().getAttribute('data-minutes')).toBe('120');
    expect(await scripts.headerTotal().innerText()).toContain('120 分钟');
    expect(await scripts.orderTotal().innerText()).toContain('合计 120 分钟');
    expect(await scripts.stepIds()).toEqual(ids);
    const kinds = await scripts.stepAttr('data-kind');
    expect(kinds[0]).toBe('preparation');
    expect(kinds[kinds.length - 1]).toBe('closing');
    expect(await scripts.stepAttr('data-start')).toEqual(clocks(before.script.steps.map((s) => s.minutes)));
    expect(await scripts.saveStatus()).toBe('saved');

    // The closing step: a new purpose and a talking point for 总经理.
    await scripts.select('close');
    await scripts.purpose().fill(CLOSING_PURPOSE);
    await expect.poll(() => scripts.stepRow('close').getAttribute('data-edited')).toBe('unsaved');
    const point = await scripts.addPoint('gm');
    // An empty talking point is held back, and regenerating is blocked until it is fixed.
    await expect.poll(() => scripts.page.getByTestId('script-save-status').getAttribute('data-held')).toBe('1');
    expect(await scripts.saveStatusText()).toContain('需要修正');
    await scripts.openRegenerate();
    await scripts.regenerateForm().getByTestId('regenerate-blocked').waitFor();
    expect(await scripts.regenerateForm().getByTestId('regenerate-run').isDisabled()).toBe(true);
    await scripts.closeModal();
    await point.fill(GM_POINT);
    await expect.poll(() => scripts.pointTexts('gm')).toContain(GM_POINT);

    // Reorder: 采购 one up with ↑ (before 库存), then the second story dragged above the first.
    await scripts.moveUp('chain:ERP-PU-001');
    const reordered = [...ids];
    const iv = reordered.indexOf('chain:ERP-IV-001');
    reordered.splice(reordered.indexOf('chain:ERP-PU-001'), 1);
    reordered.splice(iv, 0, 'chain:ERP-PU-001');
    await expect.poll(() => scripts.stepIds()).toEqual(reordered);
    if (reordered.includes('story:2')) {
      await scripts.dragAbove('story:2', 'story:1');
      reordered.splice(reordered.indexOf('story:2'), 1);
      reordered.splice(reordered.indexOf('story:1'), 0, 'story:2');
      await expect.poll(() => scripts.stepIds()).toEqual(reordered);
    }
    const minutesById = new Map(before.script.steps.map((s) => [s.id, s.minutes]));
    expect(await scripts.stepAttr('data-start')).toEqual(clocks(reordered.map((id) => minutesById.get(id) ?? 0)));

    // Autosave: 已保存, the closing step marked as edited by hand, the server has it all.
    await expect.poll(() => scripts.saveStatus(), { timeout: 10_000 }).toBe('saved');
    expect(await scripts.saveStatusText()).toContain('已保存');
    await expect.poll(() => scripts.stepRow('close').getAttribute('data-edited')).toBe('edited');
    const saved = await scriptByTitle(DEMO_TITLE);
    expect(saved.script.steps.map((s) => s.id)).toEqual(reordered);
    const savedClose = saved.script.steps.find((s) => s.id === 'close');
    expect(savedClose?.purpose).toBe(CLOSING_PURPOSE);
    expect(savedClose?.talkingPoints).toContainEqual({ role: 'gm', text: GM_POINT });
    expect(saved.editedSteps).toEqual(['close']);
    // The top of the editor: header, running order and the closing step being edited.
    await page.mouse.move(0, 0);
    await page.locator('body').evaluate((body) => {
      body.ownerDocument.documentElement.scrollTop = 0;
    });
    await saveScreenshot(page, 'demo-script');

    // 重新生成 for 总经理 and 销售经理 only, in 90 minutes.
    await scripts.openRegenerate();
    const form = scripts.regenerateForm();
    expect(await scripts.checkedRoles(form)).toEqual(['gm', 'cio', 'salesManager', 'chiefAccountant', 'warehouse']);
    await scripts.setRoles(form, ['gm', 'salesManager']);
    expect(await scripts.checkedRoles(form)).toEqual(['gm', 'salesManager']);
    await scripts.setTotal(form, 90);
    await form.getByTestId('regenerate-run').click();
    await scripts.report().waitFor();
    await form.waitFor({ state: 'detached' });

    const regenerated = await scriptByTitle(DEMO_TITLE);
    expect(regenerated.settings.roles).toEqual(['gm', 'salesManager']);
    expect(regenerated.settings.totalMinutes).toBe(90);
    // No minutes were edited by hand, so the generator's 90 minutes stand.
    expect(regenerated.script.totalMinutes).toBe(90);
    await expect.poll(() => scripts.headerTotal().getAttribute('data-minutes')).toBe('90');
    expect(await scripts.headerTotal().innerText()).toContain('90 分钟');
    expect(await scripts.orderTotal().innerText()).toContain('合计 90 分钟');
    expect(await scripts.report().getByTestId('regenerate-report-total').innerText()).toContain('90 分钟');
    // The report names the closing step: its talking points were kept although the generator now differs.
    expect(await scripts.conflictSteps()).toEqual(['close']);
    const closeTitle = regenerated.script.steps.find((s) => s.id === 'close')?.title ?? '';
    expect(closeTitle).toBe('总结与下一步');
    expect(await scripts.report().getByTestId('report-conflict').innerText()).toContain(closeTitle);
    expect(await scripts.report().getByTestId('report-conflict').innerText()).toContain('讲解要点');
    expect(await scripts.stepRow('close').getAttribute('data-edited')).toBe('edited');
    // The hand edits, the order and the 90-minute timetable.
    await scripts.select('close');
    expect(await scripts.purpose().inputValue()).toBe(CLOSING_PURPOSE);
    expect(await scripts.pointTexts('gm')).toContain(GM_POINT);
    const regeneratedClose = regenerated.script.steps.find((s) => s.id === 'close');
    expect(regeneratedClose?.purpose).toBe(CLOSING_PURPOSE);
    expect(regeneratedClose?.talkingPoints).toContainEqual({ role: 'gm', text: GM_POINT });
    expect(await scripts.stepIds()).toEqual(regenerated.script.steps.map((s) => s.id));
    const order = regenerated.script.steps.map((s) => s.id);
    expect(order.indexOf('chain:ERP-PU-001')).toBeLessThan(order.indexOf('chain:ERP-IV-001'));
    expect(await scripts.stepAttr('data-start')).toEqual(clocks(regenerated.script.steps.map((s) => s.minutes)));
    // An unedited step follows the new audience: only 全体, 总经理 and 销售经理 remain.
    await scripts.select('architecture');
    const roles = await scripts
      .panel()
      .getByTestId('point-group')
      .evaluateAll((g) => g.map((x) => x.getAttribute('data-role')));
    expect(roles).toEqual(['all', 'gm', 'salesManager']);
    expect(await scripts.saveStatus()).toBe('saved');

    // Export: Word and PDF, downloaded directly; the PDF carries the edited closing text.
    await scripts.openExport();
    const docx = await scripts.export('docx');
    expect(docx.suggestedFilename()).toBe(`${DEMO_TITLE}.docx`);
    const docxBytes = await savedBytes(docx);
    expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docxBytes.length).toBeGreaterThan(5000);
    const pdf = await scripts.export('pdf');
    expect(pdf.suggestedFilename()).toBe(`${DEMO_TITLE}.pdf`);
    const pdfBytes = await savedBytes(pdf);
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await expect
      .poll(() => scripts.exportResults().evaluateAll((items) => items.map((i) => i.getAttribute('data-ok'))))
      .toEqual(['true', 'true']);
    const text = pdfText(pdfBytes);
    if (text !== null) {
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain(CLOSING_PURPOSE.replace(/\s+/g, ''));
      expect(flat).toContain(GM_POINT.replace(/\s+/g, ''));
      expect(flat).toContain('90分钟');
    }
  });

  it('creates a script for the demo customer with two roles, adds a step by hand, regenerates without a module', async () => {
    await app.open('demoScripts');
    await scripts.listPage().waitFor();
    await scripts.openNew();
    const form = scripts.newForm();
    await scripts.chooseCustomer(CUSTOMER);
    // The solution of the customer's trade, with all its modules ticked.
    await expect.poll(() => scripts.modules(form).count()).toBeGreaterThan(0);
    const modules = await scripts.modules(form).count();
    expect(await scripts.modules(form, 'checked').count()).toBe(modules);
    await scripts.setRoles(form, ['gm', 'warehouse']);
    await scripts.setTotal(form, 60);
    await scripts.addSimilar(form, '绍兴恒丰五金贸易有限公司');
    await scripts.newTitle().fill('四海商贸 仓储专场演示');
    await scripts.create();

    const created = await scriptByTitle('四海商贸 仓储专场演示');
    expect(created.settings.roles).toEqual(['gm', 'warehouse']);
    expect(created.settings.totalMinutes).toBe(60);
    expect(created.settings.similarCustomers).toEqual(['绍兴恒丰五金贸易有限公司']);
    expect(created.settings.moduleIds).toHaveLength(modules);
    expect(created.script.totalMinutes).toBe(60);
    expect(created.editedSteps).toEqual([]);

    await expect.poll(() => scripts.headerTotal().getAttribute('data-minutes')).toBe('60');
    expect(await scripts.stepIds()).toEqual(created.script.steps.map((s) => s.id));
    const kinds = await scripts.stepAttr('data-kind');
    expect(kinds[0]).toBe('preparation');
    expect(kinds[kinds.length - 1]).toBe('closing');
    expect(await scripts.stepAttr('data-title')).toContain('讲故事：绍兴恒丰五金贸易有限公司');
    expect(await scripts.page.getByTestId('script-audience').innerText()).toMatch(/总经理[\s\S]*仓库主管/);
    // Each step speaks to the two roles chosen (and to everyone).
    const chain = created.script.steps.find((s) => s.kind === 'chain');
    await scripts.select(chain?.id ?? '');
    const roles = await scripts
      .panel()
      .getByTestId('point-group')
      .evaluateAll((g) => g.map((x) => x.getAttribute('data-role')));
    expect(roles).toEqual(['all', 'gm', 'warehouse']);

    // A step added by hand after this one, and the 移动审批 step edited by hand.
    const added = await scripts.addStep('participation');
    expect(added).toMatch(/^hand:/);
    await scripts.stepTitle().fill('仓库主管现场扫码体验');
    await scripts.stepMinutes().fill('7');
    const ids = created.script.steps.map((s) => s.id);
    const chainAt = ids.indexOf(chain?.id ?? '');
    await expect
      .poll(() => scripts.stepIds())
      .toEqual([...ids.slice(0, chainAt + 1), added, ...ids.slice(chainAt + 1)]);
    await expect.poll(() => scripts.headerTotal().getAttribute('data-minutes')).toBe('67');
    const mobile = created.script.steps.find((s) => s.id === 'chain:ERP-MOB-001');
    expect(mobile).toBeDefined();
    await scripts.select('chain:ERP-MOB-001');
    await scripts.purpose().fill('手机上审批超信用额度的订单，总经理出差也不耽误发货');
    await expect.poll(() => scripts.saveStatus(), { timeout: 10_000 }).toBe('saved');
    expect(await scripts.stepRow(added).getAttribute('data-edited')).toBe('added');
    const edited = await scriptByTitle('四海商贸 仓储专场演示');
    expect(edited.editedSteps.sort()).toEqual(['chain:ERP-MOB-001', added].sort());

    // Regenerate without 移动审批 in 45 minutes: the hand-made step stays, the edited 移动审批 step
    // is kept and reported, and the total is the 45 generated minutes plus what the hand made.
    await scripts.openRegenerate();
    const again = scripts.regenerateForm();
    await scripts.setModule(again, '移动审批', false);
    await scripts.setTotal(again, 45);
    await again.getByTestId('regenerate-run').click();
    await scripts.report().waitFor();
    const after = await scriptByTitle('四海商贸 仓储专场演示');
    const removed = scripts.report().getByTestId('report-removed');
    await expect.poll(() => removed.getAttribute('data-step-id')).toBe('chain:ERP-MOB-001');
    expect(await removed.innerText()).toContain(mobile?.title ?? '?');
    expect(await scripts.conflictSteps()).toEqual([]);
    expect(after.script.steps.map((s) => s.id)).toContain(added);
    expect(after.script.steps.find((s) => s.id === added)).toMatchObject({ title: '仓库主管现场扫码体验', minutes: 7 });
    const kept = after.script.steps.find((s) => s.id === 'chain:ERP-MOB-001');
    expect(after.script.totalMinutes).toBe(45 + 7 + (kept?.minutes ?? 0));
    expect(await scripts.headerTotal().getAttribute('data-minutes')).toBe(String(after.script.totalMinutes));
    expect(await scripts.report().getByTestId('regenerate-report-total').innerText()).toContain('目标 45 分钟');
    expect(await scripts.stepIds()).toEqual(after.script.steps.map((s) => s.id));

    // Back in the list, both scripts.
    await page.getByTestId('script-back').click();
    await scripts.listPage().waitFor();
    await expect.poll(() => scripts.rows().count()).toBe(2);
    expect(await scripts.row('四海商贸 仓储专场演示').getByTestId('script-row-total').innerText()).toContain(
      `${after.script.totalMinutes} 分钟`,
    );
  });
});
