/**
 * How fast `presales` answers (issue 16): whole processes, timed from spawn to exit, against the
 * floor of a bare `node -e 0` measured in the same rounds (each round runs the floor and every
 * command once, so they share the machine's load). Medians of ROUNDS.
 *
 * The CLI is built first (as `npm install` does) and run through bin/presales.mjs; if a source
 * changes meanwhile, bin falls back to tsx and the figures say so.
 *   npx tsx bench/cli-startup-bench.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli } from '../scripts/build-cli.mjs';
import { freshCliEntry } from '../scripts/cli-build-stamp.mjs';
import { AppContext } from '../src/main/app-context';

const ROUNDS = 9;
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'presales.mjs');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

interface Case {
  label: string;
  args: string[];
  /** Target as a ratio to the bare-node floor. */
  target?: number;
}

/** Wall time of one process, in ms; throws when it fails (a figure of a failed run means nothing). */
function timeProcess(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

export async function benchCliStartup(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-cli-'));
  const db = path.join(dir, 'presales.db');
  (await AppContext.open({ dbPath: db, seedDemoOnCreate: true })).close();
  const out = path.join(dir, 'export');
  const exportCase = (format: string): Case => ({
    label: `presales quote export N --format ${format}`,
    args: [BIN, '--db', db, 'quote', 'export', 'BJ-2026-0001', '--format', format, '--out', out],
  });
  const cases: Case[] = [
    { label: 'presales --version', args: [BIN, '--version'], target: 3 },
    { label: 'presales --help', args: [BIN, '--help'], target: 3 },
    {
      label: 'presales quote show N --json',
      args: [BIN, '--db', db, 'quote', 'show', 'BJ-2026-0001', '--json'],
      target: 5,
    },
    {
      label: 'presales prices search TEXT --json',
      args: [BIN, '--db', db, 'prices', 'search', '销售', '--json'],
      target: 5,
    },
    exportCase('pdf'),
    exportCase('xlsx'),
    exportCase('docx'),
  ];
  // What each library costs on its own, to compare with what an export adds to `quote show`.
  const libraries = ['pdfkit', 'exceljs', 'docx'];
  const libraryCase = (name: string) => ['--input-type=module', '-e', `await import('${name}')`];
  const sourcesCase = [
    '--input-type=module',
    '-e',
    "import { register } from 'tsx/esm/api'; register(); const { main } = await import('./src/main/cli/main.ts'); process.exitCode = await main(['--version']);",
  ];

  // This tree is shared: when a source was edited since the last build, bin would run the
  // sources, so the CLI is rebuilt first — every timed run starts from a current build.
  let rebuilds = 0;
  const timeCli = async (args: string[]) => {
    if (freshCliEntry(ROOT) === null) {
      await buildCli({ root: ROOT });
      rebuilds++;
    }
    return timeProcess(args);
  };
  const floor: number[] = [];
  const times = new Map<string, number[]>(cases.map((c) => [c.label, []]));
  const libraryTimes = new Map<string, number[]>(libraries.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    floor.push(timeProcess(['-e', '0']));
    for (const c of cases) times.get(c.label)?.push(await timeCli(c.args));
    for (const name of libraries) libraryTimes.get(name)?.push(timeProcess(libraryCase(name)));
  }
  const sources: number[] = [];
  for (let round = 0; round < 3; round++) sources.push(timeProcess(sourcesCase));
  fs.rmSync(dir, { recursive: true, force: true });

  const base = median(floor);
  const width = Math.max(...cases.map((c) => c.label.length), 40);
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
  const ratio = (value: number) => `${(value / base).toFixed(1)}×`.padStart(6);
  const lines = [
    `${'bare node -e 0 (the floor)'.padEnd(width)}  ${ms(base)}`,
    ...cases.map((c) => {
      const value = median(times.get(c.label) ?? []);
      const target = c.target ? `   target ≤ ${c.target}×` : '';
      return `${c.label.padEnd(width)}  ${ms(value)}  ${ratio(value)}${target}`;
    }),
  ];
  const show = median(times.get('presales quote show N --json') ?? []);
  for (const [name, format] of [
    ['pdfkit', 'pdf'],
    ['exceljs', 'xlsx'],
    ['docx', 'docx'],
  ] as const) {
    const exportMs = median(times.get(`presales quote export N --format ${format}`) ?? []);
    const library = median(libraryTimes.get(name) ?? []) - base;
    lines.push(
      `  .${format} export adds ${(exportMs - show).toFixed(0)} ms to quote show: loading ${name} (${library.toFixed(0)} ms alone) and rendering`,
    );
  }
  lines.push(
    `${'--version from the sources through tsx (the fallback)'.padEnd(width)}  ${ms(median(sources))}  ${ratio(median(sources))}   median of 3`,
    `medians of ${ROUNDS} rounds (each: the floor, then every command once; the CLI rebuilt ${rebuilds}× for edited sources), node ${process.version}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchCliStartup()) console.log(line);
}
