import { execFileSync } from 'node:child_process';
import path from 'node:path';

const RUNS = 3;
const LINES = 1000;
const SCRIPT = path.join(import.meta.dirname, 'contract-export-bench.ts');
const TSX = path.join(import.meta.dirname, '../node_modules/.bin/tsx');

interface Run {
  buildMs: number;
  docxMs: number;
  pdfMs: number;
  docxBytes: number;
  pdfBytes: number;
  pages: number;
  maxRssMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A contract drafted from a 1,000-line quote → .docx and .pdf, each run in its own process; medians. */
export async function benchContracts(): Promise<string[]> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(TSX, [SCRIPT, String(LINES)], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run);
  }
  const m = (key: keyof Run) => median(runs.map((r) => r[key]));
  return [
    `contract from a ${LINES.toLocaleString('en-US')}-line quote: deal + layout ${m('buildMs').toFixed(0)} ms`,
    `  → .docx ${m('docxMs').toFixed(0)} ms, ${(m('docxBytes') / 1024).toFixed(0)} KB; → .pdf ${m('pdfMs').toFixed(0)} ms, ${(m('pdfBytes') / 1024).toFixed(0)} KB, ${m('pages')} pages`,
    `peak RSS of a run ${m('maxRssMb').toFixed(0)} MB; median of ${RUNS} runs, each in its own process`,
  ];
}
