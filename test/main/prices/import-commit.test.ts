import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoItems } from '../../../src/main/services/demo/demo-data';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { importFile, readIntoJob, xlsxFile } from '../../helpers/price-app';
import { openTestApp } from '../../helpers/test-app';

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

describe('importing a price list', () => {
  it('writes every row into a new draft copied from the current version, in one transaction', async () => {
    const app = await openTestApp({ seedDemo: true });
    const existing = demoItems[0];
    if (!existing) throw new Error('no demo items');
    const file = await xlsxFile([
      HEADER,
      good(1),
      good(2),
      [existing.code, existing.name, '', existing.unit, '99999.99', '13%', ''],
    ]);
    const outcome = await importFile(app, '新价格.xlsx', file);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result).toMatchObject({ imported: 2, updated: 1, skipped: 0, errors: [] });
    const version = (await app.call('prices.versions')).find((v) => v.id === outcome.result.versionId);
    expect(version).toMatchObject({ status: 'draft', itemCount: demoItems.length + 2 });
    const found = await app.call('prices.items', { versionId: outcome.result.versionId, query: existing.code });
    expect(found.rows[0]?.priceFen).toBe(9999999);
    // The published version did not change.
    const current = (await app.call('prices.versions')).find((v) => v.isCurrent);
    const old = await app.call('prices.items', { versionId: current?.id ?? 0, query: existing.code });
    expect(old.rows[0]?.priceFen).toBe(existing.priceFen);
  });

  it('all or nothing: one bad row and nothing is written; valid-only imports the rest and reports the bad row', async () => {
    const app = await openTestApp({ seedDemo: true });
    const file = await xlsxFile([HEADER, good(1), ['NEW-002', '坏行', '', '套', '-5', '13%', ''], good(3)]);
    const before = logicalDump(app.ctx.db());
    const refused = await importFile(app, 'bad.xlsx', file);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe('有 1 处错误，没有导入任何数据。');
    expectUnchanged(app.ctx.db(), before);

    const partial = await importFile(app, 'bad.xlsx', file, { mode: 'valid-only' });
    if (!partial.ok) throw new Error(partial.error.message);
    expect(partial.result.imported).toBe(2);
    expect(partial.result.errors).toHaveLength(1);
    expect(partial.result.errors[0]?.row).toBe(3);
  });

  it('an update changes only what the file gives: costs, categories and floors it lacks are kept', async () => {
    const app = await openTestApp({ seedDemo: true });
    const existing = demoItems.find((item) => item.costFen !== null && item.floorDiscountBp > 0);
    if (!existing) throw new Error('no demo item with a cost and a floor');
    const file = await xlsxFile([
      ['编码', '名称', '规格型号', '单位', '标准价'],
      [existing.code, existing.name, '', existing.unit, '1.00'],
    ]);
    const outcome = await importFile(app, '只有价格.xlsx', file);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const [item] = (await app.call('prices.items', { versionId: outcome.result.versionId, query: existing.code })).rows;
    expect(item).toMatchObject({
      priceFen: 100,
      spec: existing.spec,
      costFen: existing.costFen,
      floorDiscountBp: existing.floorDiscountBp,
      category: existing.category,
      vatRateBp: existing.vatRateBp,
      type: existing.type,
    });
  });

  it('existing codes are skipped or rejected when the user says so', async () => {
    const app = await openTestApp({ seedDemo: true });
    const existing = demoItems[0];
    if (!existing) throw new Error('no demo items');
    const file = await xlsxFile([
      HEADER,
      good(1),
      [existing.code, existing.name, '', existing.unit, '1.00', '13%', ''],
    ]);
    const skipped = await importFile(app, 'dup.xlsx', file, { onDuplicate: 'skip' });
    expect(skipped.ok && skipped.result).toMatchObject({ imported: 1, updated: 0, skipped: 1 });
    const before = logicalDump(app.ctx.db());
    const rejected = await importFile(app, 'dup.xlsx', file, { onDuplicate: 'error' });
    expect(!rejected.ok && rejected.error.message).toBe('有 1 处错误，没有导入任何数据。');
    expectUnchanged(app.ctx.db(), before);
  });

  it('logs each import and undoes the last one by removing its draft', async () => {
    const app = await openTestApp({ seedDemo: true });
    const outcome = await importFile(app, '新价格.xlsx', await xlsxFile([HEADER, good(1)]));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const [entry] = await app.call('imports.log');
    expect(entry).toMatchObject({ fileName: '新价格.xlsx', imported: 1, rowsRead: 1, canUndo: true, undone: false });
    const undone = await app.call('imports.undoLast');
    expect(undone).toMatchObject({ undone: true, canUndo: false });
    expect((await app.call('prices.versions')).some((v) => v.id === outcome.result.versionId)).toBe(false);
    const undoneState = logicalDump(app.ctx.db());
    expect((await app.fail('imports.undoLast')).message).toBe('没有可以撤销的导入。');
    expectUnchanged(app.ctx.db(), undoneState);
  });

  it('remembers a corrected mapping for the next file with the same header row', async () => {
    const app = await openTestApp({ seedDemo: true });
    const file = await xlsxFile([
      ['编码', '名称', '单位', '牌价'],
      ['NEW-001', '新模块', '套', '100'],
    ]);
    const status = await readIntoJob(app, 'a.xlsx', file);
    const first = await app.call('imports.analyze', { jobId: status.jobId });
    expect(first.missingFields).toEqual(['price']);
    const fixed = await app.call('imports.analyze', { jobId: status.jobId, mapping: { ...first.mapping, price: 3 } });
    expect(fixed.missingFields).toEqual([]);
    await app.call('imports.commit', { jobId: status.jobId });
    const again = await readIntoJob(app, 'b.xlsx', file);
    const second = await app.call('imports.analyze', { jobId: again.jobId });
    expect(second).toMatchObject({ mappingRemembered: true, missingFields: [] });
  });
});

describe('exporting a version', () => {
  it('writes a formatted sheet that imports back unchanged', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [version] = await app.call('prices.versions');
    const versionId = version?.id ?? 0;
    const file = await app.call('prices.export', { versionId });
    const bytes = Buffer.from(file.dataBase64, 'base64');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '编码',
      '名称',
      '规格型号',
      '类型',
      '单位',
      '类别',
      '标准价',
      '成本',
      '税率',
      '最低折扣率',
      '启用',
      '备注',
    ]);
    expect(sheet?.rowCount).toBe(demoItems.length + 2);

    const back = await importFile(app, file.fileName, bytes, { onDuplicate: 'update' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.result).toMatchObject({ imported: 0, updated: demoItems.length, errors: [] });
    const comparison = await app.call('prices.compare', {
      fromVersionId: versionId,
      toVersionId: back.result.versionId,
    });
    expect(comparison).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('round-trips in English too: English headers, type words and yes/no', async () => {
    const app = await openTestApp({ seedDemo: true });
    await app.call('settings.setLocale', { locale: 'en' });
    const [version] = await app.call('prices.versions');
    const versionId = version?.id ?? 0;
    const file = await app.call('prices.export', { versionId });
    const back = await importFile(app, file.fileName, Buffer.from(file.dataBase64, 'base64'), {
      onDuplicate: 'update',
    });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.result).toMatchObject({ imported: 0, updated: demoItems.length, errors: [] });
    const comparison = await app.call('prices.compare', {
      fromVersionId: versionId,
      toVersionId: back.result.versionId,
    });
    expect(comparison).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
