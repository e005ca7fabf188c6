import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { AppContext } from '../src/main/app-context';
import { invoke } from '../src/main/dispatch';
import { largeQuoteContent } from '../test/fixtures/quote-document';

const LINES = 1_000;
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const got = await result;
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

/**
 * The hand-over package at real size: the demo's 四海 deal plus a 1,000-line quote, exported
 * (data, checksums and the courtesy PDFs) and imported into an empty database (read, every check,
 * one transaction). Medians of 3, each import into a fresh database.
 */
export async function benchPackages(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-package-'));
  const ctx = await AppContext.open({ dbPath: path.join(dir, 'source.db'), seedDemoOnCreate: true });
  const { rows } = await ok(invoke(ctx, 'opportunities.list', {}));
  const deal = rows.find((r) => r.customerName.includes('四海'));
  if (!deal) throw new Error('no demo deal');
  const quote = await ok(invoke(ctx, 'quotes.create', { opportunityId: deal.id, title: '大报价' }));
  const content = { ...largeQuoteContent(LINES), customerId: deal.customerId };
  await ok(invoke(ctx, 'quotes.save', { revisionId: quote.revisionId, content }));
  const exportTimes: number[] = [];
  let file = { fileName: '', dataBase64: '' };
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    file = await ok(invoke(ctx, 'opportunities.exportPackage', { id: deal.id, exportedBy: 'bench' }));
    exportTimes.push(performance.now() - start);
  }
  const importTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const target = await AppContext.open({ dbPath: path.join(dir, `target-${i}.db`), seedDemoOnCreate: false });
    const start = performance.now();
    await ok(invoke(target, 'opportunities.importPackage', file));
    importTimes.push(performance.now() - start);
    target.close();
  }
  ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
  const pdfs = Object.keys(zip.files).filter((name) => name.endsWith('.pdf')).length;
  const size = `${(Buffer.from(file.dataBase64, 'base64').length / 1024 / 1024).toFixed(1)} MB`;
  return [
    `package export, deal with a ${LINES.toLocaleString('en-US')}-line quote (+ the demo's quote, proposal, demo script, contract; ${pdfs} PDFs rendered): ${median(exportTimes).toFixed(0)} ms (median of ${RUNS}; target ≤ 2,000 ms; file ${size})`,
    `package import of it into an empty database (unzip, checksums, schema, one transaction): ${median(importTimes).toFixed(0)} ms (median of ${RUNS}; target ≤ 2,000 ms)`,
  ];
}

if (process.argv[1]?.endsWith('package-bench.ts')) for (const line of await benchPackages()) console.log(line);
