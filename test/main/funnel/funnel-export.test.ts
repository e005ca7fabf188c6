import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportFunnel } from '../../../src/main/services/funnel/funnel-export';
import { funnelReport } from '../../../src/main/services/funnel/funnel-report';
import { translator } from '../../../src/shared/i18n';
import type { Locale } from '../../../src/shared/locale';
import { formatYuan } from '../../../src/shared/money';
import {
  haveTools,
  libreOfficeConvert,
  pdfFonts,
  pdfPageCount,
  pdfText,
  qpdfCheck,
} from '../../helpers/document-tools';
import { must } from '../../helpers/must';
import { tempDir } from '../../helpers/temp-dir';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * The funnel as files for the weekly meeting: the .xlsx tables, whose SUM formulas give the
 * app's figures to the fen when re-read and when LibreOffice recalculates them, and the one-page
 * landscape PDF with the CJK fonts embedded and the figures printed.
 */

const NOW = new Date('2026-12-07T09:00:00Z');

/** The demo pipeline with one deal lost on price and one abandoned. */
async function pipeline(): Promise<TestApp> {
  const app = await openTestApp({ seedDemo: true });
  const { rows } = await app.call('opportunities.list', {});
  const id = (name: string) => must(rows.find((r) => r.customerName.includes(name))).id;
  await app.call('opportunities.close', {
    id: id('精工'),
    outcome: 'lost',
    category: 'price',
    reason: '对手报价低 30%',
  });
  await app.call('opportunities.close', {
    id: id('禾丰'),
    outcome: 'abandoned',
    category: 'budget',
    reason: '今年没有预算',
  });
  return app;
}

function caller(app: TestApp, locale: Locale = 'zh-CN') {
  return { db: app.ctx.db(), locale, t: translator(locale) };
}

async function workbookOf(bytes: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((typeof bytes === 'string' ? fs.readFileSync(bytes) : bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Every formula cell of the workbook: sheet!address → { formula, result }. */
function formulas(workbook: ExcelJS.Workbook): Map<string, { formula: string; result: unknown }> {
  const found = new Map<string, { formula: string; result: unknown }>();
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (value && typeof value === 'object' && typeof value.formula === 'string')
          found.set(`${sheet.name}!${cell.address}`, { formula: value.formula, result: value.result });
      }),
    );
  return found;
}

describe('funnel exports', () => {
  it('writes the tables to .xlsx with SUM totals whose results are the report figures to the fen', async () => {
    const app = await pipeline();
    const report = funnelReport(caller(app), { from: '', to: '' }, NOW);
    const file = await exportFunnel(caller(app), { format: 'xlsx', from: '', to: '' }, NOW);
    expect(file.fileName).toBe('销售漏斗-2026-12-07.xlsx');
    const workbook = await workbookOf(file.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '阶段',
      '阶段转化',
      '负责人',
      '按月预测',
      '需关注',
      '赢丢单-按类别',
      '赢丢单-按竞争对手',
      '赢丢单-按来源',
    ]);
    const stages = must(workbook.getWorksheet('阶段'));
    const headers = (stages.getRow(3).values as unknown[]).slice(1);
    expect(headers).toEqual(['阶段', '阶段名称', '商机数', '金额 (¥)', '加权金额 (¥)']);
    expect(stages.getCell('B4').value).toBe('客户规划与邀约');
    const total = stages.getRow(4 + report.stages.length);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(4).value).toMatchObject({
      formula: 'ROUND(SUM(D4:D11),2)',
      result: report.totals.amountFen / 100,
    });
    expect(total.getCell(5).value).toMatchObject({ result: report.totals.weightedFen / 100 });
    expect(total.getCell(4).numFmt).toContain('¥');
    const categories = must(workbook.getWorksheet('赢丢单-按类别'));
    const rows: string[] = [];
    categories.eachRow((row, n) => {
      if (n > 3) rows.push(String(row.getCell(1).value));
    });
    expect(rows).toEqual(['预算', '价格', '合计']);
  });

  it('gives the same figures when LibreOffice recalculates every formula', async () => {
    if (!haveTools('soffice')) return;
    const app = await pipeline();
    const file = path.join(tempDir(), 'funnel.xlsx');
    fs.writeFileSync(file, (await exportFunnel(caller(app), { format: 'xlsx', from: '', to: '' }, NOW)).bytes);
    const cached = formulas(await workbookOf(file));
    const recalculated = formulas(await workbookOf(libreOfficeConvert(file, 'xlsx', { recalculate: true })));
    expect(cached.size).toBeGreaterThan(10);
    for (const [address, { result }] of cached) {
      const again = recalculated.get(address)?.result;
      if (typeof result === 'number') expect(again, address).toBeCloseTo(result, 9);
      else expect(again ?? '', address).toBe(result ?? '');
    }
  }, 90_000);

  it('draws a one-page landscape PDF with the fonts embedded and the figures printed', async () => {
    if (!haveTools('pdftotext', 'pdffonts', 'pdfinfo', 'qpdf')) return;
    const app = await pipeline();
    const report = funnelReport(caller(app), { from: '', to: '' }, NOW);
    const out = await exportFunnel(caller(app), { format: 'pdf', from: '', to: '' }, NOW);
    expect(out.fileName).toBe('销售漏斗-2026-12-07.pdf');
    const file = path.join(tempDir(), out.fileName);
    fs.writeFileSync(file, out.bytes);
    expect(qpdfCheck(file).ok).toBe(true);
    expect(pdfPageCount(file)).toBe(1);
    expect(pdfFonts(file).every((f) => f.embedded && f.subset)).toBe(true);
    // pdftotext drops some spaces between CJK runs: compare without whitespace.
    const text = pdfText(file).replace(/\s+/g, '');
    for (const expected of [
      '销售漏斗周报',
      '杭州云帆软件有限公司',
      formatYuan(report.totals.amountFen),
      formatYuan(report.totals.weightedFen),
      '7 商务谈判',
      '赢 0 · 丢 1 · 放弃 1',
      '价格',
      '第 1 页 共 1 页',
    ])
      expect(text).toContain(expected.replace(/\s+/g, ''));
    const width = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
      (await import('node:child_process')).execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    );
    expect(Number(width?.[1])).toBeGreaterThan(Number(width?.[2])); // landscape
  });

  it('speaks English when the app does', async () => {
    if (!haveTools('pdftotext')) return;
    const app = await pipeline();
    const pdf = await exportFunnel(caller(app, 'en'), { format: 'pdf', from: '', to: '' }, NOW);
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, pdf.bytes);
    expect(pdf.fileName).toMatch(/\.pdf$/);
    expect(pdfText(file)).toContain('Page 1 of 1');
    const xlsx = await workbookOf(
      (await exportFunnel(caller(app, 'en'), { format: 'xlsx', from: '', to: '' }, NOW)).bytes,
    );
    expect(xlsx.worksheets[0]?.getRow(3).getCell(3).value).toBe('Deals');
  });
});
