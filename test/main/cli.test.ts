import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { demoItems } from '../../src/main/services/demo/demo-data';
import { dumpFile, expectUnchanged } from '../helpers/db-dump';
import { xlsxFile } from '../helpers/price-app';
import { tempDir } from '../helpers/temp-dir';

/** Runs `presales …` in-process against a database file; returns exit code and output. */
async function presales(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function newDb(): string {
  return path.join(tempDir(), 'presales.db');
}

describe('presales CLI: database, demo, company', () => {
  it('`npx presales db info --db NEW --json` creates the database and prints its schema version', () => {
    const db = newDb();
    const output = execFileSync(path.resolve('bin/presales.mjs'), ['db', 'info', '--db', db, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toMatchObject({ path: db, schemaVersion: LATEST_SCHEMA_VERSION, journalMode: 'wal' });
  });

  it('loads and clears the demo data', async () => {
    const db = newDb();
    expect((await presales('--db', db, 'demo', 'load')).out).toBe(
      `演示数据已加载：${demoItems.length} 个价格条目，2 个行业方案，4 个客户。`,
    );
    const info = JSON.parse((await presales('--db', db, 'db', 'info', '--json')).out);
    expect(info.counts.price_items).toBe(demoItems.length);
    await presales('--db', db, 'demo', 'clear');
    expect(JSON.parse((await presales('--db', db, 'db', 'info', '--json')).out).counts.price_items).toBe(0);
  });

  it('company set names the wrong flag and exits non-zero; a valid change is saved', async () => {
    const db = newDb();
    const bad = await presales('--db', db, 'company', 'set', '--name', '苏州启明', '--tax-id', '91320594MA1X7GXK14');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--tax-id: 统一社会信用代码校验位不正确，请核对');
    const good = await presales('--db', db, 'company', 'set', '--name', '苏州启明', '--tax-id', '91320594MA1X7GXK18');
    expect(good.code).toBe(0);
    expect(JSON.parse((await presales('--db', db, 'company', 'show', '--json')).out)).toMatchObject({
      name: '苏州启明',
      taxId: '91320594MA1X7GXK18',
    });
  });

  it('backs up and restores from a file', async () => {
    const db = newDb();
    await presales('--db', db, 'company', 'set', '--name', '第一版');
    const backup = (await presales('--db', db, 'backup')).out.replace(/^已备份：/, '');
    expect(fs.existsSync(backup)).toBe(true);
    await presales('--db', db, 'company', 'set', '--name', '第二版');
    const restored = await presales('--db', db, 'restore', backup);
    expect(restored.code).toBe(0);
    expect(JSON.parse((await presales('--db', db, 'company', 'show', '--json')).out).name).toBe('第一版');
    const notDb = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(notDb, 'hello');
    const before = dumpFile(db);
    const backups = fs.readdirSync(path.join(path.dirname(db), 'backups'));
    const refused = await presales('--db', db, 'restore', notDb);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('备份文件无法使用');
    expectUnchanged(db, before);
    // The refused file is not left in the backup folder either.
    expect(fs.readdirSync(path.join(path.dirname(db), 'backups'))).toEqual(backups);
  });

  it('an unknown command is an error with help', async () => {
    const result = await presales('frobnicate');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain("unknown command 'frobnicate'");
  });
});

describe('presales prices', () => {
  const header = ['编码', '名称', '单位', '标准价', '税率'];

  it('imports with --json: counts and every error as {row, column, message}', async () => {
    const db = newDb();
    await presales('--db', db, 'demo', 'load');
    const file = path.join(tempDir(), '价格.xlsx');
    fs.writeFileSync(
      file,
      await xlsxFile([header, ['NEW-1', '新模块', '套', '100', '13%'], ['NEW-2', '坏', '套', 'abc', '13%']]),
    );
    const before = dumpFile(db);
    const refused = await presales('--db', db, 'prices', 'import', file, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({ imported: 0, errors: [{ row: 3, column: 'D（标准价）' }] });
    expectUnchanged(db, before);

    const result = await presales('--db', db, 'prices', 'import', file, '--valid-only', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ imported: 1, updated: 0, skipped: 0 });
    expect(json.errors).toEqual([{ row: 3, column: 'D（标准价）', message: expect.stringContaining('abc') }]);
  });

  it('a refused import into a new database leaves it as it was: no empty price list, no draft', async () => {
    const db = newDb();
    expect((await presales('--db', db, 'db', 'info')).code).toBe(0);
    const before = dumpFile(db);
    const file = path.join(tempDir(), '价格.xlsx');
    fs.writeFileSync(
      file,
      await xlsxFile([
        header,
        ['NEW-1', '新模块', '套', '100', '13%'],
        ['NEW-2', '坏', '套', '-5', '13%'],
        ['NEW-3', '新模块 3', '套', '300', '13%'],
      ]),
    );
    const refused = await presales('--db', db, 'prices', 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^有 1 处错误，没有导入任何数据。\n {2}第 3 行 D（标准价）：/);
    expectUnchanged(db, before);
    const unreadable = path.join(tempDir(), '旧.xls');
    fs.writeFileSync(unreadable, 'not a workbook');
    const notRead = await presales('--db', db, 'prices', 'import', unreadable);
    expect(notRead.code).toBe(1);
    expect(notRead.err).toContain('“旧.xls”');
    expectUnchanged(db, before);
  });

  it('--dry-run writes nothing; --map fixes a column the importer did not recognise', async () => {
    const db = newDb();
    const file = path.join(tempDir(), '牌价.xlsx');
    fs.writeFileSync(
      file,
      await xlsxFile([
        ['编码', '名称', '单位', '牌价'],
        ['NEW-1', '新模块', '套', '100'],
      ]),
    );
    expect((await presales('--db', db, 'db', 'info')).code).toBe(0);
    const before = dumpFile(db);
    const missing = await presales('--db', db, 'prices', 'import', file);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('标准价');
    expectUnchanged(db, before);
    const mapFile = path.join(tempDir(), 'map.json');
    fs.writeFileSync(mapFile, JSON.stringify({ code: 'A', name: 1, unit: '单位', price: '牌价' }));
    const dry = await presales('--db', db, 'prices', 'import', file, '--map', mapFile, '--dry-run', '--json');
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, imported: 1, versionId: null });
    expect(JSON.parse((await presales('--db', db, 'prices', 'versions', '--json')).out)).toEqual([]);
    expectUnchanged(db, before);
    expect((await presales('--db', db, 'prices', 'import', file, '--map', mapFile)).code).toBe(0);
  });

  it('publishes, lists versions, searches and exports', async () => {
    const db = newDb();
    const file = path.join(tempDir(), '价格.xlsx');
    fs.writeFileSync(file, await xlsxFile([header, ['ERP-SD-001', '销售管理', '套', '68000', '13%']]));
    await presales('--db', db, 'prices', 'import', file);
    const published = await presales('--db', db, 'prices', 'publish', '--effective', '2026-01-01');
    expect(published.out).toMatch(/^已发布 .+，生效日期 2026-01-01$/);
    const versions = JSON.parse((await presales('--db', db, 'prices', 'versions', '--json')).out);
    expect(versions).toMatchObject([{ status: 'published', isCurrent: true, itemCount: 1 }]);
    const found = JSON.parse((await presales('--db', db, 'prices', 'search', 'xsgl', '--json')).out);
    expect(found.map((item: { code: string }) => item.code)).toEqual(['ERP-SD-001']);
    const out = path.join(tempDir(), 'export.xlsx');
    expect((await presales('--db', db, 'prices', 'export', out)).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    await presales('--db', db, 'prices', 'import', file);
    const bad = await presales('--db', db, 'prices', 'publish', '--effective', '2026-02-30');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--effective: 不是有效日期，格式应为 YYYY-MM-DD');
  });
});
