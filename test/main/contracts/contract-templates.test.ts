import { describe, expect, it } from 'vitest';
import type { ContractTemplate } from '../../../src/shared/api/contract-drafts';
import type { TemplateClauseInput } from '../../../src/shared/api/contract-templates';
import { must } from '../../helpers/must';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Editing contract templates through the real dispatcher: clauses added, moved, removed and
 * copied as new library clauses, templates renamed, copied and deleted — and the contracts
 * already drafted from a template keeping their clauses whatever it becomes.
 */

async function template(app: TestApp, key: string) {
  const found = must((await app.call('contractTemplates.list', {})).find((t) => t.key === key));
  return app.call('contractTemplates.get', { id: found.id });
}

const rows = (t: ContractTemplate): TemplateClauseInput[] =>
  t.clauses.map((c) => ({ clauseId: c.clauseId, wording: c.wording }));

const keys = (t: ContractTemplate) => t.clauses.map((c) => c.key);

/** A new optional clause in the Chinese library: 数据安全. */
async function dataSecurityClause(app: TestApp) {
  return app.call('clauses.save', {
    key: 'data-security',
    lang: 'zh-CN',
    category: 'other',
    mandatory: false,
    wordings: [
      {
        key: 'default',
        label: '标准',
        heading: '数据安全',
        body: '乙方实施人员接触甲方业务数据时，应遵守甲方的数据安全制度。\n项目结束后，乙方应删除其保存的甲方数据副本。',
      },
    ],
  });
}

describe('editing a template', () => {
  it('adds a clause, moves it up, removes one and renames the template; new contracts follow', async () => {
    const app = await openTestApp({ seedDemo: true });
    const security = await dataSecurityClause(app);
    const before = await template(app, 'licence-zh');
    expect(before.library.map((c) => c.key)).toContain('data-security');
    const clauses = rows(before.template).filter((c) => c.clauseId !== clauseId(before.template, 'definitions'));
    // Added before the signatures (the last row), then moved up above 通知与送达.
    clauses.splice(clauses.length - 1, 0, { clauseId: security.id, wording: 'default' });
    const notices = clauses.findIndex((c) => c.clauseId === clauseId(before.template, 'notices'));
    const [moved] = clauses.splice(clauses.length - 2, 1);
    clauses.splice(notices, 0, must(moved));

    const saved = await app.call('contractTemplates.save', {
      id: before.template.id,
      name: '软件许可及实施服务合同（含数据安全）',
      description: before.template.description,
      clauses,
    });
    const expected = [
      ...keys(before.template).filter(
        (k) => k !== 'definitions' && k !== 'notices' && k !== 'effect' && k !== 'signatures',
      ),
      'data-security',
      'notices',
      'effect',
      'signatures',
    ];
    expect(keys(saved.template)).toEqual(expected);
    expect(saved.template.name).toBe('软件许可及实施服务合同（含数据安全）');
    // Read again: the order is stored, the key (used by the CLI and packages) unchanged.
    const again = await template(app, 'licence-zh');
    expect(keys(again.template)).toEqual(expected);
    expect(again.template.key).toBe('licence-zh');

    const quote = must((await app.call('quotes.list', {}))[0]);
    const contract = await app.call('contracts.create', { quoteNumber: quote.number, template: 'licence-zh' });
    expect(contract.content.clauses.map((c) => c.heading)).toContain('数据安全');
    expect(contract.content.clauses.some((c) => c.heading === '定义')).toBe(false);
    expect(contract.content.title).toBe('软件许可及实施服务合同（含数据安全）');
    expect(contract.nonStandard).toEqual([]);
  });

  it('refuses a template without a name or a clause, naming the field, and changes nothing', async () => {
    const app = await openTestApp({ seedDemo: true });
    const { template: before } = await template(app, 'licence-zh');
    const input = { id: before.id, name: before.name, description: before.description, clauses: rows(before) };

    const noName = await app.fail('contractTemplates.save', { ...input, name: '   ' });
    expect(noName.code).toBe('INVALID_INPUT');
    expect(noName.fields).toEqual({ name: '模板名称不能为空' });
    const noClause = await app.fail('contractTemplates.save', { ...input, clauses: [] });
    expect(noClause.fields).toEqual({ clauses: '模板至少要有一个条款' });

    const taken = await app.fail('contractTemplates.save', { ...input, name: '软件试用协议' });
    expect(taken.fields).toEqual({ name: '已有名为“软件试用协议”的模板，请换一个名称' });
    expect(taken.message).toBe('模板没有保存：已有名为“软件试用协议”的模板，请换一个名称');

    const twice = [...input.clauses];
    twice.splice(3, 0, must(input.clauses[1]));
    const duplicate = await app.fail('contractTemplates.save', { ...input, clauses: twice });
    expect(duplicate.fields).toEqual({ 'clauses.3': '第 4 行：“定义”在第 2 行已经出现' });

    const disputes = input.clauses.findIndex((c) => c.clauseId === clauseId(before, 'disputes'));
    const badWording = input.clauses.map((c, i) => (i === disputes ? { ...c, wording: 'mediation' } : c));
    const wording = await app.fail('contractTemplates.save', { ...input, clauses: badWording });
    expect(wording.fields).toEqual({
      [`clauses.${disputes}.wording`]: `第 ${disputes + 1} 行：“法律适用与争议解决”没有措辞 mediation（可选：arbitration, court）`,
    });

    const english = must((await app.call('clauses.list', { lang: 'en' }))[0]);
    const foreign = await app.fail('contractTemplates.save', {
      ...input,
      clauses: [...input.clauses, { clauseId: english.id, wording: 'default' }],
    });
    expect(foreign.fields[`clauses.${input.clauses.length}`]).toBe(
      `第 ${input.clauses.length + 1} 行：条款库中没有这个条款（id ${english.id}），或它属于另一种语言`,
    );

    expect((await template(app, 'licence-zh')).template).toEqual(before);
  });

  it('answers in English with the field named', async () => {
    const app = await openTestApp();
    await app.call('settings.setLocale', { locale: 'en' });
    const { template: t } = await template(app, 'licence-en');
    const error = await app.fail('contractTemplates.save', { id: t.id, name: '', clauses: [] });
    expect(error.fields).toEqual({
      name: 'The template needs a name',
      clauses: 'A template needs at least one clause',
    });
  });
});

describe('copying', () => {
  it('copies a template under a new name and key, and a clause as a new library clause', async () => {
    const app = await openTestApp();
    const { template: original } = await template(app, 'licence-zh');
    const copy = await app.call('contractTemplates.copy', { id: original.id });
    expect([copy.template.name, copy.template.key]).toEqual(['软件许可及实施服务合同（副本）', 'licence-zh-copy']);
    expect(copy.template.clauses).toEqual(original.clauses);
    expect(copy.template.terms).toEqual(original.terms);
    expect(copy.usedBy).toBe(0);
    const second = await app.call('contractTemplates.copy', { id: copy.template.id });
    expect([second.template.name, second.template.key]).toEqual([
      '软件许可及实施服务合同（副本 2）',
      'licence-zh-copy-2',
    ]);
    const taken = await app.fail('contractTemplates.copy', { id: original.id, name: '软件试用协议' });
    expect(taken.fields).toEqual({ name: '已有名为“软件试用协议”的模板，请换一个名称' });

    // In the copy, 质量保证 becomes a new clause 质量保证（延保） in the same row.
    const warranty = copy.template.clauses.findIndex((c) => c.key === 'warranty');
    const source = must(copy.template.clauses[warranty]);
    const clauses = rows(copy.template).map((c, i) =>
      i === warranty ? { ...c, copy: { key: 'warranty-extended', heading: '质量保证（延保）' } } : c,
    );
    const saved = await app.call('contractTemplates.save', {
      id: copy.template.id,
      name: '软件许可及实施服务合同（延保版）',
      clauses,
    });
    const row = must(saved.template.clauses[warranty]);
    expect([row.key, row.heading, row.category, row.mandatory]).toEqual([
      'warranty-extended',
      '质量保证（延保）',
      source.category,
      source.mandatory,
    ]);
    expect(row.clauseId).not.toBe(source.clauseId);
    const made = await app.call('clauses.get', { id: row.clauseId });
    expect(made.clause.version).toBe(1);
    expect(made.history[0]?.note).toBe('复制自条款 warranty 第 1 版（模板“软件许可及实施服务合同（延保版）”）');
    const library = await app.call('clauses.get', { id: source.clauseId });
    expect(made.clause.wordings.map((w) => w.body)).toEqual(library.clause.wordings.map((w) => w.body));
    // The original clause and template are as they were.
    expect(library.clause.version).toBe(1);
    expect((await template(app, 'licence-zh')).template).toEqual(original);

    // A copy under a key the library has is refused on its row.
    const again = await app.fail('contractTemplates.save', {
      id: second.template.id,
      name: second.template.name,
      clauses: rows(second.template).map((c, i) =>
        i === warranty ? { ...c, copy: { key: 'warranty-extended', heading: '又一个' } } : c,
      ),
    });
    expect(again.fields).toEqual({
      [`clauses.${warranty}.copy.key`]: `第 ${warranty + 1} 行：条款编码 warranty-extended 已存在，请换一个`,
    });
    const badKey = await app.fail('contractTemplates.save', {
      id: second.template.id,
      name: second.template.name,
      clauses: [{ ...must(rows(second.template)[0]), copy: { key: '数据', heading: '数据' } }],
    });
    expect(badKey.fields).toEqual({ 'clauses.0.copy.key': '编码只能用小写字母、数字和短横线，以字母开头' });
  });
});

describe('contracts already drafted', () => {
  it('keep their clauses when their template changes, is renamed or loses a clause they use', async () => {
    const app = await openTestApp({ seedDemo: true });
    const detail = await template(app, 'licence-zh');
    // Both demo contracts were drafted from it.
    expect(detail.usedBy).toBe(2);
    const contracts = await app.call('contracts.list', {});
    const before = await Promise.all(contracts.map((c) => app.call('contracts.get', { id: c.id })));
    const warrantyId = clauseId(detail.template, 'warranty');
    const usedBefore = must(
      (await app.call('clauses.list', { lang: 'zh-CN' })).find((c) => c.id === warrantyId),
    ).usedBy;

    const reordered = rows(detail.template).filter((c) => c.clauseId !== warrantyId);
    reordered.splice(1, 0, must(reordered.splice(5, 1)[0]));
    await app.call('contractTemplates.save', {
      id: detail.template.id,
      name: '标准许可合同 2027 版',
      clauses: reordered,
    });

    for (const old of before) {
      const now = await app.call('contracts.get', { id: old.id });
      expect(now.content).toEqual(old.content);
      expect(now.clauses).toEqual(old.clauses);
      expect(now.nonStandard).toEqual(old.nonStandard);
      expect(now.state).toBe(old.state);
    }
    // The clause the template dropped is still the library clause those contracts cite.
    const warranty = must((await app.call('clauses.list', { lang: 'zh-CN' })).find((c) => c.id === warrantyId));
    expect(warranty.usedBy).toBe(usedBefore);
    expect(usedBefore).toBe(2);
  });
});

describe('deleting', () => {
  it('deletes an unused copy; refuses a template contracts were drafted from, and the last of its kind', async () => {
    const app = await openTestApp({ seedDemo: true });
    const licence = await template(app, 'licence-zh');
    const inUse = await app.fail('contractTemplates.delete', { id: licence.template.id });
    expect(inUse.code).toBe('REFUSED');
    expect(inUse.message).toBe('模板“软件许可及实施服务合同”已用于 2 份合同，不能删除（这些合同保留起草时的条款）');
    const trial = await template(app, 'trial-zh');
    const last = await app.fail('contractTemplates.delete', { id: trial.template.id });
    expect(last.message).toBe('“软件试用协议”是唯一的软件试用模板，不能删除');
    const copy = await app.call('contractTemplates.copy', { id: trial.template.id });
    expect(await app.call('contractTemplates.delete', { id: copy.template.id })).toEqual({ deleted: copy.template.id });
    expect((await app.call('contractTemplates.list', {})).map((t) => t.key)).toEqual([
      'licence-zh',
      'trial-zh',
      'licence-en',
    ]);
    expect((await app.fail('contractTemplates.get', { id: copy.template.id })).message).toBe(
      `找不到合同模板 ${copy.template.id}`,
    );
  });
});

function clauseId(t: ContractTemplate, key: string): number {
  return must(t.clauses.find((c) => c.key === key)).clauseId;
}
