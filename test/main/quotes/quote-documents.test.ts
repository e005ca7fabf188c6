import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { QuoteDetail } from '../../../src/shared/api/quotes';
import { formatYuan } from '../../../src/shared/money';
import { CSV_AS_SHOWN, haveTools, libreOfficeConvert, pdfText } from '../../helpers/document-tools';
import { exampleQuoteJson } from '../../helpers/quote-app';
import { tempDir } from '../../helpers/temp-dir';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * "Done means": one quote, three documents, every figure the same to the fen — the screen's
 * figures (quotes.get), the .xlsx (cached and recalculated by LibreOffice), the .docx and the .pdf.
 */

const squash = (text: string) => text.replace(/\s+/g, '');

async function exportAll(app: TestApp, q: QuoteDetail, locale: 'zh-CN' | 'en') {
  const folder = tempDir();
  const files: Record<string, string> = {};
  for (const format of ['xlsx', 'docx', 'pdf'] as const) {
    files[format] = (
      await app.call('quotes.exportToFolder', { revisionId: q.revisionId, format, locale, folder })
    ).path;
  }
  return files as Record<'xlsx' | 'docx' | 'pdf', string>;
}

/** Every figure a customer checks: total, 大写, section subtotals, VAT per rate, milestones. */
function expectedFigures(q: QuoteDetail): string[] {
  return [
    formatYuan(q.priced.totalFen),
    formatYuan(q.priced.totalTaxFen),
    formatYuan(q.priced.totalNetFen),
    ...q.priced.sections.map((s) => formatYuan(s.subtotalFen)),
    ...q.priced.vatSummary.flatMap((r) => [formatYuan(r.netFen), formatYuan(r.taxFen)]),
    ...q.priced.milestones.map((m) => formatYuan(m.amountFen)),
  ];
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return squash(xml.replace(/<[^>]+>/g, ''));
}

/** Every number on the quote sheet, as fen, cached results included. */
async function xlsxAmounts(file: string): Promise<Set<number>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const amounts = new Set<number>();
  workbook.worksheets[0]?.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value;
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'object' && value && 'result' in value
            ? value.result
            : null;
      if (typeof n === 'number') amounts.add(Math.round(n * 100));
    }),
  );
  return amounts;
}

describe('one quote, three documents, the same figures', () => {
  it('a quote from docs/examples/quote.json: screen, .xlsx, .docx and .pdf agree to the fen', async () => {
    const app = await openTestApp({ seedDemo: true });
    const created = await app.call('quotes.importFile', { json: exampleQuoteJson() });
    const q = await app.call('quotes.approve', { revisionId: created.revisionId, by: '张经理' });
    const files = await exportAll(app, q, 'zh-CN');
    const figures = expectedFigures(q);

    const docx = await docxText(files.docx);
    for (const figure of figures) expect(docx, `.docx shows ${figure}`).toContain(figure);
    expect(docx).toContain(q.totalCapital);

    const amounts = await xlsxAmounts(files.xlsx);
    const fenFigures = [
      q.priced.totalFen,
      q.priced.totalTaxFen,
      ...q.priced.sections.map((s) => s.subtotalFen),
      ...q.priced.milestones.map((m) => m.amountFen),
      ...q.priced.lines.map((l) => l.finalAmountFen),
    ];
    for (const fen of fenFigures) expect(amounts.has(fen), `.xlsx holds ${formatYuan(fen)}`).toBe(true);

    if (haveTools('pdftotext')) {
      const pdf = squash(pdfText(files.pdf));
      for (const figure of figures) expect(pdf, `.pdf shows ${figure}`).toContain(figure);
      expect(pdf).toContain(q.totalCapital);
      expect(pdf).not.toContain('草稿'); // approved: no watermark
    }
    if (haveTools('soffice')) {
      const recalculated = fs.readFileSync(libreOfficeConvert(files.xlsx, CSV_AS_SHOWN, { recalculate: true }), 'utf8');
      expect(recalculated).toBe(fs.readFileSync(libreOfficeConvert(files.xlsx, CSV_AS_SHOWN), 'utf8'));
      expect(squash(recalculated)).toContain(q.totalCapital);
    }
  });

  it('a quote built through the service like the screen does gives the same documents as from the file', async () => {
    const app = await openTestApp({ seedDemo: true });
    const fromFile = await app.call('quotes.importFile', { json: exampleQuoteJson() });
    const blank = await app.call('quotes.create', { customerId: fromFile.content.customerId, title: '' });
    const byHand = await app.call('quotes.save', {
      revisionId: blank.revisionId,
      content: { ...fromFile.content },
    });
    expect(byHand.priced).toEqual(fromFile.priced);
    const a = await exportAll(app, fromFile, 'en');
    const b = await exportAll(app, byHand, 'en');
    const textA = (await docxText(a.docx)).replace(fromFile.number, 'N');
    const textB = (await docxText(b.docx)).replace(byHand.number, 'N');
    expect(textB.replaceAll(byHand.number, 'N')).toBe(textA.replaceAll(fromFile.number, 'N'));
    expect(path.basename(a.pdf)).toMatch(/^Quotation BJ-\d{4}-\d{4}-A /);
  });
});
