import { describe, expect, it } from 'vitest';
import { demoItems } from '../../../src/main/services/demo/demo-data';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { must } from '../../helpers/must';
import { importFile, readIntoJob, xlsxFile } from '../../helpers/price-app';
import { openTestApp, type TestApp } from '../../helpers/test-app';
import {
  csvUtf8WithBom,
  emptyWorkbook,
  encryptedWorkbook,
  oldXlsWorkbook,
  truncatedWorkbook,
} from '../../fixtures/price-files';

/**
 * Issue 14: a refused or rolled-back price import leaves the database logically as it was — the
 * same schema and rows, the search index and AUTOINCREMENT counters included — in a new database
 * (where the standard price list does not exist yet) as in one with data.
 */

const HEADER = ['编码', '名称', '规格型号', '单位', '标准价', '税率', '类别'];
const good = (n: number): (string | number)[] => [
  `NEW-${String(n).padStart(3, '0')}`,
  `新模块${n}`,
  '标准版',
  '套',
  1000 + n,
  '13%',
  '软件模块',
];

const databases: [string, () => Promise<TestApp>][] = [
  ['a new database', () => openTestApp()],
  ['the demo database', () => openTestApp({ seedDemo: true })],
];

/** Reads and analyses a file the way the wizard does, then commits it; returns the refusal. */
async function refusedCommit(app: TestApp, fileName: string, bytes: Buffer, options: object = {}) {
  const status = await readIntoJob(app, fileName, bytes);
  expect(status.state).toBe('ready');
  await app.call('imports.analyze', { jobId: status.jobId });
  const error = await app.fail('imports.commit', { jobId: status.jobId, ...options });
  return { jobId: status.jobId, error };
}

describe.each(databases)('a refused price import changes nothing in %s', (_label, open) => {
  it('a bad row in the middle: refused naming the row and column, all or nothing', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const file = await xlsxFile([HEADER, good(1), ['NEW-002', '坏行', '', '套', '-5', '13%', ''], good(3)]);
    const { jobId, error } = await refusedCommit(app, 'bad.xlsx', file);
    expect(error.message).toBe('有 1 处错误，没有导入任何数据。');
    const preview = await app.call('imports.rows', { jobId, offset: 0, limit: 10, onlyErrors: true });
    expect(preview.rows.map((row) => [row.row, row.errors.map((e) => e.column)])).toEqual([[3, ['E（标准价）']]]);
    expectUnchanged(app.ctx.db(), before);
  });

  it('the same code twice in the file: refused naming the first row', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const file = await xlsxFile([HEADER, good(1), good(2), good(1)]);
    const { jobId, error } = await refusedCommit(app, 'dup.xlsx', file);
    expect(error.message).toBe('有 1 处错误，没有导入任何数据。');
    const [row] = (await app.call('imports.rows', { jobId, offset: 0, limit: 10, onlyErrors: true })).rows;
    expect(row?.row).toBe(4);
    expect(row?.errors[0]?.message).toContain('第 2 行');
    expectUnchanged(app.ctx.db(), before);
  });

  it('wrong columns: a file without code, name, unit and price columns is refused', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const file = await xlsxFile([
      ['甲', '乙', '丙'],
      ['X-1', '销售管理', '100'],
    ]);
    const status = await readIntoJob(app, 'wrong.xlsx', file);
    const analysis = await app.call('imports.analyze', { jobId: status.jobId });
    expect(analysis.missingFields).toEqual(['code', 'name', 'unit', 'price']);
    expect((await app.fail('imports.commit', { jobId: status.jobId })).message).toBe('有 4 处错误，没有导入任何数据。');
    const [row] = (await app.call('imports.rows', { jobId: status.jobId, offset: 0, limit: 10, onlyErrors: true }))
      .rows;
    expect(row?.row).toBe(2);
    expect(row?.errors.map((e) => e.message)).toEqual(['缺少编码', '缺少名称', '缺少单位', '缺少单价']);
    expectUnchanged(app.ctx.db(), before);
  });

  it('valid-only with no valid row: nothing to import', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const file = await xlsxFile([HEADER, ['NEW-1', '坏', '', '套', 'abc', '13%', '']]);
    const { error } = await refusedCommit(app, 'none.xlsx', file, { mode: 'valid-only' });
    expect(error.message).toBe('没有可导入的行，没有做任何修改。');
    expectUnchanged(app.ctx.db(), before);
  });

  it.each([
    ['a CSV renamed to .xlsx', () => csvUtf8WithBom(), '价格表.xlsx'],
    ['a truncated download', truncatedWorkbook, '价格表.xlsx'],
    ['a password-protected workbook', encryptedWorkbook, '价格表.xlsx'],
    ['an Excel 97–2003 workbook', oldXlsWorkbook, '价格表.xls'],
    ['a workbook without data', emptyWorkbook, '空.xlsx'],
    ['an empty file', () => Buffer.alloc(0), '空.csv'],
  ])('a file that cannot be read (%s): refused by name, at analyse and at commit', async (_what, build, fileName) => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const status = await readIntoJob(app, fileName, await build());
    expect(status.state).toBe('failed');
    expect(status.error).toContain(`“${fileName}”`);
    expect((await app.fail('imports.analyze', { jobId: status.jobId })).message).toBe(status.error);
    expect((await app.fail('imports.commit', { jobId: status.jobId })).message).toBe(status.error);
    expectUnchanged(app.ctx.db(), before);
  });

  it('a write that fails half-way is rolled back: no draft, no list, no log entry, no search entry', async () => {
    const app = await open();
    const db = app.ctx.db();
    const before = logicalDump(db);
    // The third row cannot be written (as if the disk were full): the earlier rows went in first.
    db.exec(`CREATE TEMP TRIGGER fail_third_row BEFORE INSERT ON price_items WHEN NEW.code = 'NEW-003'
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const file = await xlsxFile([HEADER, good(1), good(2), good(3), good(4)]);
    const { error } = await refusedCommit(app, 'half.xlsx', file);
    expect(error.message).toContain('disk full');
    db.exec('DROP TRIGGER temp.fail_third_row');
    expectUnchanged(db, before);
  });

  it('a base version that does not exist is refused', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const { error } = await refusedCommit(app, 'a.xlsx', await xlsxFile([HEADER, good(1)]), { baseVersionId: 9999 });
    expect(error.message).toBe('找不到价格版本 #9999');
    expectUnchanged(app.ctx.db(), before);
  });
});

describe('refusals after data exists', () => {
  it('existing codes: "error" refuses the file, "skip" of every row has nothing to import', async () => {
    const app = await openTestApp({ seedDemo: true });
    const before = logicalDump(app.ctx.db());
    const existing = must(demoItems[0]);
    const file = await xlsxFile([HEADER, [existing.code, existing.name, '', existing.unit, '1.00', '13%', '']]);
    const rejected = await refusedCommit(app, 'dup.xlsx', file, { onDuplicate: 'error' });
    expect(rejected.error.message).toBe('有 1 处错误，没有导入任何数据。');
    const skipped = await refusedCommit(app, 'dup.xlsx', file, { onDuplicate: 'skip' });
    expect(skipped.error.message).toBe('没有可导入的行，没有做任何修改。');
    expectUnchanged(app.ctx.db(), before);
  });

  it('undo: nothing to undo, and an import whose draft was published, are refused', async () => {
    const app = await openTestApp();
    const before = logicalDump(app.ctx.db());
    expect((await app.fail('imports.undoLast')).message).toBe('没有可以撤销的导入。');
    expectUnchanged(app.ctx.db(), before);
    const outcome = await importFile(app, 'a.xlsx', await xlsxFile([HEADER, good(1)]));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const version = await app.call('prices.publish', {
      versionId: outcome.result.versionId,
      effectiveDate: '2026-01-01',
      label: '2026 版',
    });
    const published = logicalDump(app.ctx.db());
    expect((await app.fail('imports.undoLast')).message).toBe(`导入生成的版本“${version.label}”已发布，不能再撤销。`);
    expect(version.label).toBe('2026 版');
    expectUnchanged(app.ctx.db(), published);
  });
});
