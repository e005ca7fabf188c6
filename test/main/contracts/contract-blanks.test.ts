import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/main';
import type { ContractDetail } from '../../../src/shared/api/contract-drafts';
import { docxPart, docxRuns, docxText, haveTools, pdfText } from '../../helpers/document-tools';
import { must } from '../../helpers/must';
import { tempDir } from '../../helpers/temp-dir';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Issue 14.1: a contract draft goes to legal before the customer's bank, account and legal
 * representative are known. The draft exports with each missing value as a marked blank and the
 * list of them on the first page; the version for signing (已审核) is refused, naming the fields.
 */

const BLANKS = ['【待补充：甲方法定代表人】', '【待补充：甲方开户银行】', '【待补充：甲方银行账号】'];

/** The demo customer without bank, account and legal representative, and a contract drafted for it. */
async function draftWithGaps(): Promise<{ app: TestApp; contract: ContractDetail }> {
  const app = await openTestApp({ seedDemo: true });
  const customer = must((await app.call('customers.list', {})).find((c) => c.name === '宁波四海商贸有限公司'));
  await app.call('customers.save', { ...customer, bankName: '', bankAccount: '', representative: '' });
  const [summary] = await app.call('quotes.list', {});
  const quote = await app.call('quotes.get', { revisionId: must(summary).revisionId });
  const contract = await app.call('contracts.create', { quoteNumber: quote.number });
  return { app, contract };
}

async function exported(app: TestApp, id: number, format: 'docx' | 'pdf', locale: 'zh-CN' | 'en') {
  const file = await app.call('contracts.export', { id, format, locale });
  return Buffer.from(file.dataBase64, 'base64');
}

/** The PDF's text page by page, all white space removed (pdftotext lays CJK out with spaces). */
function pdfPages(bytes: Buffer): string[] {
  const file = path.join(tempDir(), 'contract.pdf');
  fs.writeFileSync(file, bytes);
  return pdfText(file)
    .split('\f')
    .map((page) => page.replace(/\s+/g, ''));
}

describe('a draft with the customer’s bank, account and legal representative missing', () => {
  it('is a draft whose missing fields are known', async () => {
    const { contract } = await draftWithGaps();
    expect(contract.state).toBe('draft');
    expect(contract.problems.map((p) => p.field)).toEqual([
      'customer.representative',
      'customer.bankName',
      'customer.bankAccount',
    ]);
  });

  it('exports a .docx with each blank highlighted and the list on the first page', async () => {
    const { app, contract } = await draftWithGaps();
    const document = await docxPart(await exported(app, contract.id, 'docx', 'zh-CN'));
    const text = docxText(document);
    for (const blank of BLANKS) {
      const runs = docxRuns(document).filter((r) => r.text === blank);
      expect(runs.length, blank).toBeGreaterThan(0);
      for (const run of runs) expect(run.props).toContain('<w:highlight w:val="yellow"/>');
    }
    // The box comes before the key terms, under the title: on page 1.
    const box = text.indexOf('待补充信息');
    expect(box).toBeGreaterThan(text.indexOf('软件许可及实施服务合同'));
    expect(box).toBeLessThan(text.indexOf('主要条款'));
    const list = text.slice(box, text.indexOf('主要条款'));
    expect(list).toContain('1. 甲方法定代表人（甲方（需方））');
    expect(list).toContain('2. 甲方开户银行（甲方（需方））');
    expect(list).toContain('3. 甲方银行账号（甲方（需方））');
    expect(text).toContain('开户银行：【待补充：甲方开户银行】');
  });

  it('exports a .pdf with the blanks in the text and the list on page 1', async () => {
    const { app, contract } = await draftWithGaps();
    if (!haveTools('pdftotext')) return;
    const pages = pdfPages(await exported(app, contract.id, 'pdf', 'zh-CN'));
    const first = must(pages[0]);
    expect(first).toContain('待补充信息');
    expect(first).toContain('1.甲方法定代表人（甲方（需方））');
    expect(first).toContain('2.甲方开户银行（甲方（需方））');
    expect(first).toContain('3.甲方银行账号（甲方（需方））');
    for (const blank of BLANKS) expect(first).toContain(blank);
    expect(first.indexOf('待补充信息')).toBeLessThan(first.indexOf('主要条款'));
  });

  it('uses "[To be completed: Party A bank]" in English documents', async () => {
    const { app, contract } = await draftWithGaps();
    const text = docxText(await docxPart(await exported(app, contract.id, 'docx', 'en')));
    expect(text).toContain('Details to complete');
    expect(text).toContain('Bank: [To be completed: Party A bank]');
    expect(text).toContain('Account: [To be completed: Party A bank account]');
    expect(text).toContain('Legal representative: [To be completed: Party A legal representative]');
    if (!haveTools('pdftotext')) return;
    const first = must(pdfPages(await exported(app, contract.id, 'pdf', 'en'))[0]);
    expect(first).toContain('Detailstocomplete');
    expect(first).toContain('2.PartyAbank(PartyA(Customer))');
    // In the party panel (the longer blanks wrap over two lines there, which -layout interleaves).
    expect(first).toContain('Account[Tobecompleted:PartyAbankaccount]');
  });

  it('goes to legal with them (法务审核中 exports the blanks too); approval for signing names them', async () => {
    const { app, contract } = await draftWithGaps();
    const submitted = await app.call('contracts.act', { id: contract.id, action: 'submit', by: '王工' });
    expect(submitted.state).toBe('review');
    const exported = await app.call('contracts.export', { id: contract.id, format: 'docx', locale: 'zh-CN' });
    const zip = await JSZip.loadAsync(Buffer.from(exported.dataBase64, 'base64'));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('【待补充：甲方开户银行】');
    const approved = await app.fail('contracts.act', { id: contract.id, action: 'approve', by: '法务' });
    expect(approved.code).toBe('REFUSED');
    expect(approved.message).toContain('{{customer.bankName}}（甲方开户银行）');
    expect(approved.message).toContain('{{customer.bankAccount}}（甲方银行账号）');
  });

  it('says on the command line which values the exported draft still lacks', async () => {
    const { app, contract } = await draftWithGaps();
    const out: string[] = [];
    const err: string[] = [];
    const dir = tempDir();
    const code = await main(['--db', app.dbPath, 'contract', 'export', contract.number, '--out', dir], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code, err.join('\n')).toBe(0);
    expect(out.map((f) => path.extname(f))).toEqual(['.docx', '.pdf']);
    expect(err.join('\n')).toBe(
      `${contract.number} 是草稿，还有 3 项待补充，文件中以【待补充：…】标出：甲方法定代表人、甲方开户银行、甲方银行账号`,
    );
  });
});

describe('the version for signing with the same gaps', () => {
  it('is refused, naming each missing field, in .docx and .pdf', async () => {
    const { app, contract } = await draftWithGaps();
    // Approved with the gaps (as on a team server, or before submitting checked them).
    const db = new Database(app.dbPath);
    db.prepare("UPDATE contract_revisions SET state = 'approved' WHERE contract_id = ?").run(contract.id);
    db.close();
    expect((await app.call('contracts.get', { id: contract.id })).state).toBe('approved');
    for (const format of ['docx', 'pdf'] as const) {
      const error = await app.fail('contracts.export', { id: contract.id, format, locale: 'zh-CN' });
      expect(error.code).toBe('REFUSED');
      expect(error.message).toContain('以下合并字段没有值，请先补全');
      expect(error.message).toContain('{{customer.representative}}（甲方法定代表人）');
      expect(error.message).toContain('{{customer.bankName}}（甲方开户银行）');
      expect(error.message).toContain('{{customer.bankAccount}}（甲方银行账号）');
    }
  });
});
