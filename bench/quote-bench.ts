import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { priceQuote } from '../src/shared/quotes/pricing';
import { toPricingInput } from '../src/shared/quotes/quote';
import { largeQuoteContent } from '../test/fixtures/quote-document';

const LINES = 1000;
const RUNS = 3;
const SCRIPT = path.join(import.meta.dirname, 'quote-export-bench.ts');
const TSX = path.join(import.meta.dirname, '../node_modules/.bin/tsx');

interface ExportRun {
  xlsxMs: number;
  docxMs: number;
  pdfMs: number;
  totalMs: number;
  pdfBytes: number;
  maxRssMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function exportRun(mode: 'app' | 'bare'): ExportRun {
  const out = execFileSync(TSX, [SCRIPT, mode, String(LINES)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ExportRun;
}

/**
 * Quotes at real size: recomputing a 1,000-line quote (the screen does it on every keystroke),
 * and exporting it to .xlsx, .docx and .pdf against bare exceljs/docx/pdfkit writing the same
 * table. Each export run is its own process; app and bare runs alternate; medians are reported.
 */
export async function benchQuotes(): Promise<string[]> {
  const input = toPricingInput(largeQuoteContent(LINES));
  for (let i = 0; i < 50; i++) priceQuote(input); // warm up, as a screen that has been in use
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    priceQuote(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(samples.length * 0.5)] ?? 0;
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;

  const app: ExportRun[] = [];
  const bare: ExportRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(exportRun('app'));
    bare.push(exportRun('bare'));
  }
  const pick = (runs: ExportRun[], key: keyof ExportRun) => median(runs.map((r) => r[key]));
  const total = pick(app, 'totalMs');
  const bareTotal = pick(bare, 'totalMs');
  return [
    `recompute a ${LINES}-line quote (priceQuote): p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (200 runs; target ≤ 10 ms)`,
    `export ${LINES}-line quote, median of ${RUNS} runs: .xlsx ${ms(pick(app, 'xlsxMs'))}, .docx ${ms(pick(app, 'docxMs'))}, .pdf ${ms(pick(app, 'pdfMs'))} → ${ms(total)} together (target ≤ 3,000 ms)`,
    `bare exceljs + docx + pdfkit, same table: .xlsx ${ms(pick(bare, 'xlsxMs'))}, .docx ${ms(pick(bare, 'docxMs'))}, .pdf ${ms(pick(bare, 'pdfMs'))} → ${ms(bareTotal)}; app/bare ratio ${(total / bareTotal).toFixed(2)} (target ≤ 1.3)`,
    `PDF size ${(pick(app, 'pdfBytes') / 1024).toFixed(0)} KB (target ≤ 500 KB); peak RSS of an export run ${pick(app, 'maxRssMb').toFixed(0)} MB (target ≤ 300 MB; bare ${pick(bare, 'maxRssMb').toFixed(0)} MB)`,
  ];
}
