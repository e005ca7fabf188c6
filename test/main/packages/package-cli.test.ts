import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/main';
import { dumpFile, expectUnchanged } from '../../helpers/db-dump';
import { tempDir } from '../../helpers/temp-dir';

/** `presales funnel` and `presales opportunity export-package / import-package`, in-process. */

async function presales(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('presales CLI: funnel and packages', () => {
  it('prints the funnel as JSON and writes it as .xlsx', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'a.db');
    await presales('--db', db, 'demo', 'load');
    const report = JSON.parse((await presales('--db', db, 'funnel', '--from', '2026-01-01', '--json')).out);
    expect(report.totals).toMatchObject({ count: 4, amountFen: 115_970_000 });
    const out = await presales('--db', db, 'funnel', '--out', path.join(dir, 'funnel.xlsx'));
    expect(out.out).toBe(path.join(dir, 'funnel.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'funnel.xlsx'));
    expect(workbook.worksheets[0]?.name).toBe('阶段');
  });

  it('exports a package and imports it into another database, dry run first; a second import is refused', async () => {
    const dir = tempDir();
    const [a, b] = [path.join(dir, 'a.db'), path.join(dir, 'b.db')];
    await presales('--db', a, 'demo', 'load');
    const file = path.join(dir, 'deal.presales');
    const exported = await presales('--db', a, 'opportunity', 'export-package', '1', '--out', file, '--by', '张伟');
    expect([exported.code, exported.out]).toEqual([0, file]);
    expect((await presales('--db', b, 'db', 'info')).code).toBe(0);
    const empty = dumpFile(b);
    const dry = await presales('--db', b, 'opportunity', 'import-package', file, '--dry-run', '--json');
    expect(JSON.parse(dry.out)).toMatchObject({ opportunityId: null, exportedBy: '张伟', customer: { action: 'new' } });
    expect(JSON.parse((await presales('--db', b, 'opportunity', 'list', '--json')).out)).toEqual([]);
    expectUnchanged(b, empty);
    const imported = await presales('--db', b, 'opportunity', 'import-package', file);
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n')[0]).toMatch(/^#1\t四海商贸 ERP 一期（进销存 \+ 财务）\t7 商务谈判$/);
    expect(imported.out).toContain('新客户：宁波四海商贸有限公司');
    const before = dumpFile(b);
    const again = await presales('--db', b, 'opportunity', 'import-package', file);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/这个商机包已在 .+ 导入过（商机 #1）/);
    fs.writeFileSync(path.join(dir, 'bad.presales'), 'not a zip');
    const bad = await presales('--db', b, 'opportunity', 'import-package', path.join(dir, 'bad.presales'));
    expect(bad.err).toContain('这不是有效的商机包');
    expectUnchanged(b, before);
  });
});
