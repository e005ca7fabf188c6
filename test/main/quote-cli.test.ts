import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { dumpFile, expectUnchanged } from '../helpers/db-dump';
import { EXAMPLE_QUOTE_FILE } from '../helpers/quote-app';
import { tempDir } from '../helpers/temp-dir';

async function presales(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function demoDb(): Promise<string> {
  const db = path.join(tempDir(), 'presales.db');
  expect((await presales('--db', db, 'demo', 'load')).code).toBe(0);
  return db;
}

describe('presales quote …', () => {
  it('create --from into a new database (no price list in effect) is refused and creates nothing', async () => {
    const db = path.join(tempDir(), 'presales.db');
    expect((await presales('--db', db, 'db', 'info')).code).toBe(0);
    const before = dumpFile(db);
    const refused = await presales('--db', db, 'quote', 'create', '--from', EXAMPLE_QUOTE_FILE);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('没有生效的价格版本：请先在“价格体系”中发布一个版本。');
    expectUnchanged(db, before);
  });

  it('create --from FILE prints the number; show --json gives every computed figure', async () => {
    const db = await demoDb();
    const created = await presales('--db', db, 'quote', 'create', '--from', EXAMPLE_QUOTE_FILE);
    expect(created.code).toBe(0);
    const number = created.out.trim();
    expect(number).toMatch(/^BJ-\d{4}-\d{4}$/);

    const shown = JSON.parse((await presales('--db', db, 'quote', 'show', number, '--json')).out);
    expect(shown).toMatchObject({ number, revision: 'A', total: '300000.00', totalCapital: '人民币叁拾万元整' });
    // Every figure adds up as printed: sections to the total, rates to the total, milestones too.
    const cents = (yuan: string) => Math.round(Number(yuan) * 100);
    const sum = (values: string[]) => values.reduce((s, v) => s + cents(v), 0);
    expect(sum(shown.sections.map((s: { subtotal: string }) => s.subtotal))).toBe(30_000_000);
    expect(sum(shown.vatSummary.map((r: { gross: string }) => r.gross))).toBe(30_000_000);
    expect(sum(shown.vatSummary.map((r: { net: string }) => r.net))).toBe(cents(shown.totalNet));
    expect(shown.milestones.map((m: { amount: string }) => m.amount)).toEqual(['90000.00', '180000.00', '30000.00']);
    for (const section of shown.sections) {
      for (const line of section.lines) expect(cents(line.net) + cents(line.tax)).toBe(cents(line.gross));
    }
    // 抹零 to ¥300,000 is a ~32 % quote discount: over the 5 % limit, so it waits for approval.
    expect(shown.state).toBe('pending');
    expect(shown.approvalReasons.map((r: { kind: string }) => r.kind)).toContain('wholeDiscountTooLarge');
  });

  it('approve --by, export all three formats, send, revise → B; customers list', async () => {
    const db = await demoDb();
    const number = (await presales('--db', db, 'quote', 'create', '--from', EXAMPLE_QUOTE_FILE)).out.trim();
    const approved = await presales('--db', db, 'quote', 'approve', number, '--by', '张经理', '--comment', '战略客户');
    expect(approved.code).toBe(0);
    expect(approved.out).toContain('已审批');
    const shown = JSON.parse((await presales('--db', db, 'quote', 'show', number, '--json')).out);
    expect(shown.approval).toMatchObject({ by: '张经理', comment: '战略客户' });

    const out = tempDir();
    const exported = await presales(
      '--db',
      db,
      'quote',
      'export',
      number,
      '--format',
      'xlsx,docx,pdf',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(exported.code).toBe(0);
    const files = exported.out.trim().split('\n');
    expect(files.map((f) => path.extname(f))).toEqual(['.xlsx', '.docx', '.pdf']);
    expect(files.every((f) => path.basename(f).startsWith(`Quotation ${number}-A`))).toBe(true);
    expect(
      fs
        .readFileSync(files[0] ?? '')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(
      fs
        .readFileSync(files[2] ?? '')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    expect((await presales('--db', db, 'quote', 'send', number)).out).toContain('已发送');
    const revised = await presales('--db', db, 'quote', 'revise', number);
    expect(revised.out.trim()).toBe(`${number}-B`);
    expect(JSON.parse((await presales('--db', db, 'quote', 'show', `${number}-A`, '--json')).out).state).toBe('sent');

    const customers = JSON.parse((await presales('--db', db, 'customers', 'list', '--json')).out);
    expect(customers.map((c: { name: string }) => c.name)).toContain('华东贸易集团有限公司');
  });

  it('a bad file, an unknown number and a bad --format exit non-zero with the reason', async () => {
    const db = await demoDb();
    const file = path.join(tempDir(), 'bad.json');
    const broken = JSON.parse(fs.readFileSync(EXAMPLE_QUOTE_FILE, 'utf8'));
    broken.sections[0].lines[0].code = 'NOPE-1';
    fs.writeFileSync(file, JSON.stringify(broken));
    const before = dumpFile(db);
    const bad = await presales('--db', db, 'quote', 'create', '--from', file);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('sections[0].lines[0].code: 编码 NOPE-1 不在当前价格版本');
    fs.writeFileSync(file, '{ "format": "presales-quote/1", ');
    const notJson = await presales('--db', db, 'quote', 'create', '--from', file);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('报价文件不是有效的 JSON');
    expectUnchanged(db, before);
    const missing = await presales('--db', db, 'quote', 'show', 'BJ-1999-0001');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到报价 BJ-1999-0001');
    const format = await presales('--db', db, 'quote', 'export', 'BJ-1999-0001', '--format', 'odt', '--out', tempDir());
    expect(format.err).toContain('--format');
  });
});
