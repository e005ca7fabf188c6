/**
 * One measurement per process, so peak memory (maxRSS) belongs to that measurement alone:
 *   tsx bench/prices-import-bench.ts generate FILE ROWS
 *   tsx bench/prices-import-bench.ts baseline FILE   — bare exceljs streaming read + one prepared-statement
 *                                                     transaction + FTS index build
 *   tsx bench/prices-import-bench.ts import FILE     — the app's import through the contract, committed and searchable
 * Each prints one JSON line: { ms, maxRssMb, rows, phases } — phases in ms: for the baseline the
 * exceljs read and the write (insert + FTS + commit); for the app the file read (imports.start
 * until ready), the analysis (imports.analyze: mapping + validating every row) and the commit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { AppContext } from '../src/main/app-context';
import { invoke } from '../src/main/dispatch';
import { openDatabase } from '../src/main/db/open-database';
import { writeGeneratedPriceFile } from './generate-price-file';

const [mode = '', file = '', rowsArg = '100000'] = process.argv.slice(2);

function report(ms: number, rows: number, phases: Record<string, number>): void {
  const rounded = Object.fromEntries(Object.entries(phases).map(([name, value]) => [name, Math.round(value)]));
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rows,
      phases: rounded,
    }),
  );
}

async function baseline(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-'));
  const opened = await openDatabase({ path: path.join(dir, 'baseline.db') });
  if (opened.state !== 'ready') throw new Error(opened.reason);
  const db = opened.db;
  const start = performance.now();
  const rows: (string | number)[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number <= 2) continue;
      const v = row.values as (string | number)[];
      rows.push([String(v[1]), String(v[2]), String(v[3]), String(v[4]), Number(v[6])]);
    }
  }
  const read = performance.now() - start;
  db.transaction(() => {
    db.prepare("INSERT INTO price_lists (id, name) VALUES (1, 'bench')").run();
    db.prepare(
      "INSERT INTO price_list_versions (id, price_list_id, label, status, created_at) VALUES (1, 1, 'v', 'draft', 'x')",
    ).run();
    const insert = db.prepare(
      "INSERT INTO price_items (version_id, code, name, spec, type, unit, price_fen, vat_rate_bp, code_key) VALUES (1, ?, ?, ?, 'module', ?, ?, 1300, ?)",
    );
    for (const [code, name, spec, unit, price] of rows)
      insert.run(code, name, spec, unit, Math.round(Number(price) * 100), String(code).toUpperCase());
    db.exec(
      'INSERT INTO price_items_fts (rowid, name, spec) SELECT id, name, spec FROM price_items WHERE version_id = 1',
    );
  })();
  const ms = performance.now() - start;
  report(ms, rows.length, { read, write: ms - read });
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function appImport(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-'));
  const ctx = await AppContext.open({ dbPath: path.join(dir, 'app.db'), seedDemoOnCreate: false });
  const start = performance.now();
  const bytes = fs.readFileSync(file);
  const started = await invoke(ctx, 'imports.start', {
    fileName: path.basename(file),
    dataBase64: bytes.toString('base64'),
  });
  if (!started.ok) throw new Error(started.error.message);
  for (;;) {
    const status = await invoke(ctx, 'imports.status', { jobId: started.data.jobId });
    if (!status.ok) throw new Error(status.error.message);
    if (status.data.state === 'ready') break;
    if (status.data.state !== 'reading') throw new Error(status.data.error ?? status.data.state);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const read = performance.now() - start;
  const analysis = await invoke(ctx, 'imports.analyze', { jobId: started.data.jobId });
  if (!analysis.ok) throw new Error(analysis.error.message);
  const analyze = performance.now() - start - read;
  const result = await invoke(ctx, 'imports.commit', { jobId: started.data.jobId });
  if (!result.ok) throw new Error(result.error.message);
  const ms = performance.now() - start;
  // Committed and searchable: a query finds an item of the new version.
  const found = await invoke(ctx, 'prices.search', { versionId: result.data.versionId, text: 'GEN-099999', limit: 1 });
  if (!found.ok || found.data.length !== 1) throw new Error('imported items are not searchable');
  report(ms, result.data.imported, { read, analyze, commit: ms - read - analyze });
  ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

if (mode === 'generate') await writeGeneratedPriceFile(file, Number(rowsArg));
else if (mode === 'baseline') await baseline();
else if (mode === 'import') await appImport();
else throw new Error(`unknown mode ${mode}`);
