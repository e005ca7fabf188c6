import { execFileSync } from 'node:child_process';
import path from 'node:path';

const RUNS = 3;
const SCRIPT = path.join(import.meta.dirname, 'long-document-bench.ts');
const TSX = path.join(import.meta.dirname, '../node_modules/.bin/tsx');

interface Run {
  docxFirstMs: number;
  docxAgainMs: number;
  docxBytes: number;
  pdfFirstMs: number;
  pdfAgainMs: number;
  pdfBytes: number;
  maxRssMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The generated ~100-page proposal to .docx and .pdf, each run in its own process; medians. */
export async function benchProposals(): Promise<string[]> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(JSON.parse(execFileSync(TSX, [SCRIPT], { encoding: 'utf8' }).trim().split('\n').pop() ?? '{}') as Run);
  }
  const m = (key: keyof Run) => median(runs.map((r) => r[key]));
  return [
    `~100-page proposal (30 tables, 10 images) → .docx: first ${m('docxFirstMs').toFixed(0)} ms, again ${m('docxAgainMs').toFixed(0)} ms, ${(m('docxBytes') / 1024).toFixed(0)} KB (target ≤ 2,000 ms)`,
    `~100-page proposal → .pdf: first ${m('pdfFirstMs').toFixed(0)} ms, again ${m('pdfAgainMs').toFixed(0)} ms, ${(m('pdfBytes') / 1024).toFixed(0)} KB (target ≤ 4,000 ms)`,
    `peak RSS of a run (both formats, twice) ${m('maxRssMb').toFixed(0)} MB; median of ${RUNS} runs, each in its own process`,
  ];
}
