import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { ContractTemplatesPage } from './pages/contract-templates-page';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';
import { saveScreenshot } from './support/screenshots';

const session = useBrowserSession();
let page: Page;
let server: AppServer;
let templates: ContractTemplatesPage;

/** Legal has written a clause on data security into the library; the licence template does not list it yet. */
async function addDataSecurityClause(): Promise<void> {
  const saved = await invoke(server.ctx, 'clauses.save', {
    key: 'data-security',
    lang: 'zh-CN',
    category: 'other',
    mandatory: false,
    wordings: [
      {
        key: 'default',
        label: '标准',
        heading: '数据安全',
        body: '乙方实施人员接触甲方业务数据时，应遵守甲方的数据安全管理制度。\n项目结束后，乙方应删除其保存的甲方数据副本，并书面确认。',
      },
    ],
  });
  if (!saved.ok) throw new Error(saved.error.message);
}

async function storedKeys(key: string): Promise<string[]> {
  const list = await invoke(server.ctx, 'contractTemplates.list', {});
  if (!list.ok) throw new Error(list.error.message);
  return list.data.find((t) => t.key === key)?.clauses.map((c) => c.key) ?? [];
}

beforeEach(async () => {
  ({ page, server } = session);
  templates = new ContractTemplatesPage(page, server.url);
  await addDataSecurityClause();
});

describe('合同模板', () => {
  it('adds a clause to the licence template, moves it up, saves, and finds the order again after a reload', async () => {
    await templates.open();
    const before = await storedKeys('licence-zh');
    expect(before.slice(-3)).toEqual(['notices', 'effect', 'signatures']);
    await templates.edit('licence-zh');
    expect(page.url()).toMatch(/#\/contracts\/templates\/\d+$/);
    expect(await templates.keys()).toEqual(before);
    // Both demo contracts were drafted from this template: the editor says they will not change.
    expect(await page.getByTestId('template-used-by').innerText()).toContain('已有 2 份合同由此模板起草');

    // 添加条款 puts it before the signatures; ↑ moves it above 生效.
    await templates.addClause('数据安全');
    expect((await templates.keys()).slice(-4)).toEqual(['notices', 'effect', 'data-security', 'signatures']);
    await templates.moveUp('data-security');
    const expected = [...before.slice(0, -2), 'data-security', 'effect', 'signatures'];
    expect(await templates.keys()).toEqual(expected);
    expect(await page.getByTestId('template-unsaved').innerText()).toBe('有未保存的修改');

    // A template without a name is refused on its field, and nothing is stored.
    const name = await templates.name().inputValue();
    await templates.name().fill('');
    await templates.save();
    await templates.nameError().waitFor();
    expect(await templates.nameError().innerText()).toBe('模板名称不能为空');
    expect(await storedKeys('licence-zh')).toEqual(before);

    await templates.name().fill(`${name}（含数据安全）`);
    await templates.save();
    await templates.waitSaved();
    expect(await storedKeys('licence-zh')).toEqual(expected);
    // The new row's article number follows its place: 第十四条 after 第十三条 通知与送达.
    expect(await templates.row('data-security').innerText()).toContain('第十四条');
    // The picture: the saved list around the new clause (still selected).
    await templates.row('data-security').evaluate((row) => row.scrollIntoView({ block: 'center' }));
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'contract-template-editor');

    await page.reload();
    await templates.editor().waitFor();
    expect(await templates.keys()).toEqual(expected);
    expect(await templates.name().inputValue()).toBe(`${name}（含数据安全）`);

    await templates.back();
    const card = await templates.cardClauses('licence-zh');
    expect(card.findIndex((c) => c.includes('数据安全'))).toBe(expected.indexOf('data-security'));
  });

  it('copies a template, turns a clause of the copy into a new library clause, and deletes the copy', async () => {
    await templates.open();
    await templates.copy('licence-zh');
    expect(await templates.name().inputValue()).toBe('软件许可及实施服务合同（副本）');
    expect(await page.getByTestId('template-used-by').innerText()).toContain('还没有合同由此模板起草');
    await templates.copyClause('warranty', { key: 'warranty-extended', heading: '质量保证与延长维护' });
    expect(await templates.row('warranty-extended').getByTestId('template-row-new').innerText()).toBe(
      '新条款（保存时创建）',
    );
    await templates.save();
    await templates.waitSaved();
    expect(await templates.row('warranty-extended').getAttribute('data-copy')).toBeNull();
    const clauses = await invoke(server.ctx, 'clauses.list', { lang: 'zh-CN' });
    if (!clauses.ok) throw new Error(clauses.error.message);
    const made = clauses.data.find((c) => c.key === 'warranty-extended');
    expect(made?.wordings[0]?.heading).toBe('质量保证与延长维护');
    expect(made?.version).toBe(1);
    // The original template still lists the original clause.
    expect(await storedKeys('licence-zh')).toContain('warranty');
    expect(await storedKeys('licence-zh-copy')).toContain('warranty-extended');

    await templates.back();
    await templates.delete('licence-zh-copy');
    expect(await storedKeys('licence-zh-copy')).toEqual([]);
  });
});
