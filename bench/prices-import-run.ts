import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROWS = 100_000;
// `npx tsx bench/prices-import-run.ts [runs]`: 3 runs each unless told.
const RUNS = (process.argv[1]?.endsWith('prices-import-run.ts') && Number(process.argv[2])) || 3;
const SCRIPT = path.join(import.meta.dirname, 'prices-import-bench.ts');
const TSX = path.join(import.meta.dirname, '../node_modules/.bin/tsx');

interface Measurement {
  ms: number;
  maxRssMb: number;
  rows: number;
  phases: Record<string, number>;
}

function run(mode: string, file: string): Measurement {
  const out = execFileSync(TSX, [SCRIPT, mode, file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median of each phase over the runs: "read 1,234 · analyze 567 · commit 1,890". */
function phases(runs: Measurement[]): string {
  const names = Object.keys(runs[0]?.phases ?? {});
  return names
    .map((name) => `${name} ${median(runs.map((m) => m.phases[name] ?? 0)).toLocaleString('en')}`)
    .join(' · ');
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
}

/**
 * The 100,000-row import against its floor: bare exceljs streaming read + one prepared-statement
 * transaction + FTS index build. Runs alternate so machine noise hits both alike; medians compared.
 */
export async function benchPriceImport(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-import-bench-'));
  const file = path.join(dir, `prices-${ROWS}.xlsx`);
  execFileSync(TSX, [SCRIPT, 'generate', file, String(ROWS)]);
  const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
  const baseline: Measurement[] = [];
  const app: Measurement[] = [];
  const loadBefore = loadAverage();
  for (let i = 0; i < RUNS; i++) {
    baseline.push(run('baseline', file));
    app.push(run('import', file));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const b = median(baseline.map((m) => m.ms));
  const a = median(app.map((m) => m.ms));
  return [
    `input: generated .xlsx, ${ROWS.toLocaleString()} rows × 9 columns, ${size} MB; median of ${RUNS} runs each`,
    `baseline (exceljs stream read + 1 transaction + FTS build)  ${String(b).padStart(6)} ms   peak RSS ${median(baseline.map((m) => m.maxRssMb))} MB`,
    `  phases (ms): ${phases(baseline)}`,
    `app import (read, validate, new draft, commit, searchable)   ${String(a).padStart(6)} ms   peak RSS ${median(app.map((m) => m.maxRssMb))} MB`,
    `  phases (ms): ${phases(app)}`,
    `  each run (ms): baseline ${baseline.map((m) => m.ms).join(', ')}; app ${app.map((m) => m.ms).join(', ')}`,
    `ratio app / baseline: ${(a / b).toFixed(2)}  (target ≤ 1.3; app under 6,000 ms)`,
    `load average (1, 5, 15 min) before: ${loadBefore}, after: ${loadAverage()}`,
  ];
}

if (process.argv[1]?.endsWith('prices-import-run.ts')) for (const line of await benchPriceImport()) console.log(line);
