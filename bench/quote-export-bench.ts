/**
 * One measured run in its own process (so peak memory is this run's alone):
 *   tsx bench/quote-export-bench.ts app  LINES   → the app's three renderers on a LINES-line quote
 *   tsx bench/quote-export-bench.ts bare LINES   → bare exceljs, docx and pdfkit writing the same
 *                                                   table (same cells, CJK font), nothing else
 * Prints one JSON line: { xlsxMs, docxMs, pdfMs, totalMs, pdfBytes, maxRssMb }.
 * Each renderer runs once on a small quote first (module loading, font parsing, JIT), as in the app.
 */
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { renderQuoteDocx } from '../src/main/documents/quote/quote-docx';
import { renderQuotePdf } from '../src/main/documents/quote/quote-pdf';
import { renderQuoteXlsx } from '../src/main/documents/quote/quote-xlsx';
import { PDF_FONTS } from '../src/main/resources';
import { formatYuan } from '../src/shared/money';
import type { QuoteDocument } from '../src/shared/quotes/document';
import { largeQuoteContent, sampleQuoteDocument } from '../test/fixtures/quote-document';

type Renderer = (doc: QuoteDocument) => Promise<Buffer>;

/** The table every bare writer writes: one row per line, the columns the quote shows. */
function cells(doc: QuoteDocument): string[][] {
  return doc.sections.flatMap((s) =>
    s.lines.map((l) => [
      l.no,
      l.code,
      `${l.name}\n${l.spec}`,
      l.unit,
      l.quantity,
      formatYuan(l.unitPriceFen),
      String(l.discountBp / 100),
      formatYuan(l.finalAmountFen),
      String(l.vatRateBp / 100),
    ]),
  );
}

const bareXlsx: Renderer = async (doc) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报价单');
  for (const row of cells(doc)) sheet.addRow(row).font = { name: 'Microsoft YaHei', size: 10 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const bareDocx: Renderer = async (doc) => {
  const rows = cells(doc).map(
    (row) =>
      new TableRow({
        children: row.map(
          (text) =>
            new TableCell({
              children: [new Paragraph({ children: [new TextRun({ text, font: { eastAsia: 'Microsoft YaHei' } })] })],
            }),
        ),
      }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] }));
};

const barePdf: Renderer = (doc) =>
  new Promise((resolve) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 36 });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.registerFont('cjk', PDF_FONTS.regular());
    pdf.font('cjk').fontSize(8);
    const widths = [24, 60, 170, 30, 36, 60, 36, 60, 30];
    let y = 36;
    for (const row of cells(doc)) {
      const height = Math.max(...row.map((text, i) => pdf.heightOfString(text, { width: widths[i] ?? 40 }))) + 4;
      if (y + height > pdf.page.height - 36) {
        pdf.addPage();
        y = 36;
      }
      let x = 36;
      row.forEach((text, i) => {
        pdf.text(text, x, y, { width: widths[i] ?? 40 });
        x += (widths[i] ?? 40) + 4;
      });
      y += height;
    }
    pdf.end();
  });

const [mode = 'app', linesText = '1000'] = process.argv.slice(2);
const renderers: [Renderer, Renderer, Renderer] =
  mode === 'bare' ? [bareXlsx, bareDocx, barePdf] : [renderQuoteXlsx, renderQuoteDocx, renderQuotePdf];
const warm = sampleQuoteDocument();
for (const render of renderers) await render(warm);

const doc = sampleQuoteDocument({ content: largeQuoteContent(Number(linesText)), approved: true });
const times: number[] = [];
let pdfBytes = 0;
for (const [index, render] of renderers.entries()) {
  const started = performance.now();
  const buffer = await render(doc);
  times.push(performance.now() - started);
  if (index === 2) pdfBytes = buffer.length;
}
const [xlsxMs = 0, docxMs = 0, pdfMs = 0] = times;
console.log(
  JSON.stringify({
    xlsxMs,
    docxMs,
    pdfMs,
    totalMs: xlsxMs + docxMs + pdfMs,
    pdfBytes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
