import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rich } from '../../../src/shared/rich-text';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { must } from '../../helpers/must';
import { openTestApp } from '../../helpers/test-app';

describe('solution library (方案库)', () => {
  it('the demo library has the five kinds of section; search finds Chinese text inside them', async () => {
    const app = await openTestApp({ seedDemo: true });
    const sections = await app.call('library.sections', {});
    expect(sections.map((s) => s.kind).sort()).toEqual(['architecture', 'case', 'company', 'method', 'service']);
    expect((await app.call('library.sections', { query: '九步法' })).map((s) => s.title)).toEqual([
      '实施方法（实施九步法）',
    ]);
    expect((await app.call('library.sections', { query: 'CIO' })).map((s) => s.kind)).toEqual(['architecture']);
    const solutions = await app.call('library.solutions', {});
    expect(solutions.map((s) => s.code).sort()).toEqual(['SOL-DIST', 'SOL-MFG']);
    expect(must(solutions.find((s) => s.code === 'SOL-DIST')).modules.map((m) => m.itemCode)).toContain('ERP-SD-001');
  });

  it('duplicates, edits and archives a section; archived ones leave the picker', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [first] = await app.call('library.sections', { query: '服务承诺' });
    const copy = await app.call('library.duplicateSection', { id: must(first).id });
    expect(copy.title).toBe('服务承诺（副本）');
    const edited = await app.call('library.saveSection', {
      ...copy,
      tags: ['VIP'],
      body: rich.doc(rich.h(2, '金牌服务'), rich.p('7×24 小时响应。')),
    });
    expect(edited.body.content[0]).toMatchObject({ type: 'heading' });
    await app.call('library.archiveSection', { id: copy.id, archived: true });
    expect((await app.call('library.sections', { query: '金牌' })).length).toBe(0);
    expect((await app.call('library.sections', { query: '金牌', includeArchived: true })).length).toBe(1);
  });

  it('refuses rich text that is not structured content (an HTML string, a script image)', async () => {
    const app = await openTestApp();
    const error = await app.fail('library.saveSection', { kind: 'other', title: 'x', tags: [], body: '<p>hi</p>' });
    expect(error.code).toBe('INVALID_INPUT');
    const image = await app.fail('library.saveSection', {
      kind: 'other',
      title: 'x',
      tags: [],
      body: { type: 'doc', content: [{ type: 'image', attrs: { src: 'javascript:alert(1)' } }] },
    });
    expect(Object.keys(image.fields)[0]).toMatch(/^body/);
  });

  it('a solution keeps its module ids when edited; a duplicate code is refused on the code field', async () => {
    const app = await openTestApp({ seedDemo: true });
    const dist = must((await app.call('library.solutions', {})).find((s) => s.code === 'SOL-DIST'));
    const saved = await app.call('library.saveSolution', { ...dist, summary: '新的概述', modules: dist.modules });
    expect(saved.modules.map((m) => m.id)).toEqual(dist.modules.map((m) => m.id));
    const clash = await app.fail('library.saveSolution', { ...dist, id: undefined, modules: [] });
    expect(clash.fields.code).toContain('SOL-DIST');
    const copy = await app.call('library.duplicateSolution', { id: dist.id });
    expect(copy.code).toBe('SOL-DIST-COPY');
    expect(copy.modules.length).toBe(dist.modules.length);
  });

  it('exports the whole library as one file and imports it into another database', async () => {
    const source = await openTestApp({ seedDemo: true });
    const file = await source.call('library.export', {});
    expect(file.fileName).toMatch(/^方案库-\d{4}-\d{2}-\d{2}\.json$/);
    const json = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const target = await openTestApp();
    expect(await target.call('library.import', { json })).toEqual({ solutions: 2, sections: 5 });
    expect((await target.call('library.sections', {})).length).toBe(5);
    // Importing again updates in place: nothing is doubled.
    await target.call('library.import', { json });
    expect((await target.call('library.solutions', {})).length).toBe(2);
    const broken = JSON.parse(json);
    broken.sections[0].title = '';
    const before = logicalDump(target.ctx.db());
    const error = await target.fail('library.import', { json: JSON.stringify(broken) });
    expect(error.fields['sections.0.title']).toBe('必填');
    expectUnchanged(target.ctx.db(), before);
  });
});

describe('proposals (方案书)', () => {
  it('the demo proposal is complete: budget from the demo quote, plan days equal to the quote’s, nothing blocks export', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [summary] = await app.call('proposals.list', {});
    expect(summary).toMatchObject({ customerName: '宁波四海商贸有限公司', solutionName: '分销行业解决方案' });
    const proposal = await app.call('proposals.get', { id: must(summary).id });
    expect(proposal.blocker).toBeNull();
    expect(proposal.warnings).toEqual([]);
    expect(proposal.content.sections.map((s) => s.kind)).toEqual([
      'cover',
      'toc',
      'library',
      'situation',
      'requirements',
      'solution',
      'library',
      'plan',
      'library',
      'budget',
      'value',
      'risks',
      'library',
      'library',
    ]);
  });

  it('a new proposal: built-in sections and the library’s service and case chapters; reordering is saved', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [customer] = await app.call('customers.list', {});
    const dist = must((await app.call('library.solutions', {})).find((s) => s.code === 'SOL-DIST'));
    const created = await app.call('proposals.create', {
      customerId: must(customer).id,
      solutionId: dist.id,
      quoteRevisionId: null,
    });
    expect(created.content.title).toBe('{{customer.shortName}} 分销行业解决方案建议书');
    expect(created.content.moduleIds).toEqual(dist.modules.map((m) => m.id));
    const sections = [...created.content.sections].reverse();
    const saved = await app.call('proposals.save', { id: created.id, content: { ...created.content, sections } });
    expect(saved.content.sections.map((s) => s.id)).toEqual(sections.map((s) => s.id));
  });

  it('an unknown merge field blocks the export and names the field and the chapter', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [summary] = await app.call('proposals.list', {});
    const proposal = await app.call('proposals.get', { id: must(summary).id });
    const sections = [
      ...proposal.content.sections,
      { id: 'x', kind: 'custom' as const, title: '附录', body: rich.doc(rich.p('{{customer.fax}}')) },
    ];
    const saved = await app.call('proposals.save', { id: proposal.id, content: { ...proposal.content, sections } });
    expect(saved.blocker).toBe('“附录”中的合并字段 customer.fax 不存在，请改正后再导出。');
    const error = await app.fail('proposals.export', { id: proposal.id, format: 'xlsx', locale: 'zh-CN' });
    expect(error.message).toContain('customer.fax');
  });

  it('the deviation table exports as .xlsx with a 满足/部分满足/不满足 drop-down', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [summary] = await app.call('proposals.list', {});
    const file = await app.call('proposals.export', { id: must(summary).id, format: 'xlsx', locale: 'zh-CN' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = must(workbook.worksheets[0]);
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '客户需求', '对应功能', '响应', '说明']);
    expect(sheet.getCell('B4').value).toBe('销售订单超信用额度自动拦截');
    expect(sheet.getCell('C4').value).toBe('销售管理 › 信用额度控制');
    expect(sheet.getCell('D4').value).toBe('满足');
    expect(sheet.getCell('D7').value).toBe('部分满足');
    expect(sheet.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ['"满足,部分满足,不满足"'] });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('clearing the demo data removes the demo proposal and library, keeping the user’s own', async () => {
    const app = await openTestApp({ seedDemo: true });
    const mine = await app.call('library.saveSection', {
      kind: 'other',
      title: '我的资料',
      tags: [],
      body: rich.doc(rich.p('x')),
    });
    await app.call('demo.clear', {});
    expect(await app.call('proposals.list', {})).toEqual([]);
    expect((await app.call('library.sections', {})).map((s) => s.id)).toEqual([mine.id]);
  });
});
