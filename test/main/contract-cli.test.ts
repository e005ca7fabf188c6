import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { haveTools, pdfText } from '../helpers/document-tools';
import { EXAMPLE_QUOTE_FILE } from '../helpers/quote-app';
import { tempDir } from '../helpers/temp-dir';

async function presales(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('presales contract …', () => {
  it('refuses an unapproved quote, then drafts, shows and exports a contract that equals the quote', async () => {
    const db = path.join(tempDir(), 'presales.db');
    await presales('--db', db, 'demo', 'load');
    // The demo quote is approved (legal approved its contract HT-…-0001; HT-…-0002 is 瓯江五金's draft); a new one is not.
    const [quote] = JSON.parse((await presales('--db', db, 'quote', 'list', '--json')).out);
    const draft = (await presales('--db', db, 'quote', 'create', '--from', EXAMPLE_QUOTE_FILE)).out.trim();
    const refused = await presales('--db', db, 'contract', 'create', '--from-quote', draft);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/尚未审批（当前状态：(草稿|待审批)）/);

    const created = await presales('--db', db, 'contract', 'create', '--from-quote', quote.number, '--json');
    expect(created.code, created.err).toBe(0);
    const figures = JSON.parse(created.out);
    expect(figures.number).toMatch(/^HT-\d{4}-0003$/);

    const shown = await presales('--db', db, 'contract', 'show', figures.number, '--json');
    const contract = JSON.parse(shown.out);
    expect(contract.totalFen).toBe(quote.totalFen);
    expect(contract.totalCapital).toMatch(/^人民币.+[整分]$/);
    expect(contract.milestones.map((m: { label: string }) => m.label)).toEqual([
      '合同签订后',
      '系统上线后',
      '项目验收后',
    ]);
    expect(contract.milestones.reduce((sum: number, m: { amountFen: number }) => sum + m.amountFen, 0)).toBe(
      quote.totalFen,
    );
    expect(contract.nonStandard).toEqual([]);

    const out = tempDir();
    const exported = await presales(
      '--db',
      db,
      'contract',
      'export',
      figures.number,
      '--format',
      'docx,pdf',
      '--out',
      out,
    );
    expect(exported.code, exported.err).toBe(0);
    const files = exported.out.split('\n');
    expect(files.map((f) => path.basename(f))).toEqual([
      `合同 ${figures.number} 宁波四海商贸有限公司.docx`,
      `合同 ${figures.number} 宁波四海商贸有限公司.pdf`,
    ]);
    for (const file of files) expect(fs.statSync(file).size).toBeGreaterThan(5000);
    if (haveTools('pdftotext')) {
      const text = pdfText(files[1] ?? '').replace(/\s+/g, '');
      expect(text).toContain(contract.totalCapital);
      expect(text).toContain('甲方（盖章）');
    }
    const english = await presales(
      '--db',
      db,
      'contract',
      'export',
      figures.number,
      '--format',
      'pdf',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(english.out).toMatch(/Contract HT-\d{4}-0003 .+\.pdf$/);

    const acted = await presales('--db', db, 'contract', 'act', figures.number, 'submit', '--by', '王工');
    expect(acted.out).toContain('法务审核中');
    const bad = await presales('--db', db, 'contract', 'export', figures.number, '--format', 'odt', '--out', out);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('docx, pdf');
  });
});
