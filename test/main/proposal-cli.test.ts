import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { haveTools, pdfText } from '../helpers/document-tools';
import { tempDir } from '../helpers/temp-dir';

async function presales(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('presales proposal … / demo-script …', () => {
  it('lists the demo proposal and exports it as .docx, .pdf and the deviation .xlsx; the PDF shows the quote total', async () => {
    const db = path.join(tempDir(), 'presales.db');
    await presales('--db', db, 'demo', 'load');
    const [proposal] = JSON.parse((await presales('--db', db, 'proposal', 'list', '--json')).out);
    expect(proposal.customerName).toBe('宁波四海商贸有限公司');
    // The title as the customer reads it; the template as written beside it.
    expect(proposal.title).toBe('四海商贸 分销行业解决方案建议书');
    expect(proposal.titleTemplate).toBe('{{customer.shortName}} 分销行业解决方案建议书');
    const text = await presales('--db', db, 'proposal', 'list');
    expect(text.out.split('\n')[0]?.split('\t').slice(0, 2)).toEqual([
      `#${proposal.id}`,
      '四海商贸 分销行业解决方案建议书',
    ]);
    expect(text.out).not.toContain('{{');
    const out = tempDir();
    const exported = await presales(
      '--db',
      db,
      'proposal',
      'export',
      String(proposal.id),
      '--format',
      'docx,pdf,xlsx',
      '--out',
      out,
    );
    expect(exported.code, exported.err).toBe(0);
    const files = exported.out.split('\n');
    expect(files.map((f) => path.basename(f))).toEqual([
      '四海商贸 分销行业解决方案建议书.docx',
      '四海商贸 分销行业解决方案建议书.pdf',
      '需求响应与偏离表 四海商贸 分销行业解决方案建议书.xlsx',
    ]);
    for (const file of files) expect(fs.statSync(file).size).toBeGreaterThan(1000);
    const quote = JSON.parse((await presales('--db', db, 'quote', 'list', '--json')).out)[0];
    if (haveTools('pdftotext')) {
      const text = pdfText(files[1] ?? '').replace(/\s+/g, '');
      expect(text).toContain('四海商贸');
      expect(text).toContain(`¥${(quote.totalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
      expect(text).toContain('需求响应与偏离表');
    }
  });

  it('exports the demo script in English; a bad --format is named', async () => {
    const db = path.join(tempDir(), 'presales.db');
    await presales('--db', db, 'demo', 'load');
    const [script] = JSON.parse((await presales('--db', db, 'demo-script', 'list', '--json')).out);
    expect(script.totalMinutes).toBe(120);
    const out = tempDir();
    const exported = await presales(
      '--db',
      db,
      'demo-script',
      'export',
      String(script.id),
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out.split('\n').map((f) => path.extname(f))).toEqual(['.docx', '.pdf']);
    if (haveTools('pdftotext')) expect(pdfText(exported.out.split('\n')[1] ?? '')).toContain('Running order');
    const bad = await presales('--db', db, 'demo-script', 'export', String(script.id), '--out', out, '--format', 'odt');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--format');
  });
});
