import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './temp-dir';

const RECORDER = path.resolve('test/helpers/record-modules.mjs');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
  /** Every module URL or file path the process loaded (see record-modules.mjs). */
  modules: string[];
}

/**
 * Runs the CLI in its own Node process with the module recorder. `entry` is bin/presales.mjs
 * (the real command) or a built out/cli/…/main.js, which is imported and its main() called.
 */
export function runCliProcess(entry: string, argv: string[]): CliRun {
  const log = path.join(tempDir('presales-modules-'), 'modules.txt');
  const script = entry.endsWith('main.js')
    ? [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)}); process.exitCode = await main(process.argv.slice(1));`,
        '--',
        ...argv,
      ]
    : [entry, ...argv];
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(RECORDER).href, ...script], {
    encoding: 'utf8',
    env: { ...process.env, RECORD_MODULES_TO: log },
  });
  const modules = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { code: result.status, out: result.stdout, err: result.stderr, modules };
}

/** The packages (node_modules/<name>) among the loaded modules, e.g. ['better-sqlite3', 'pdfkit']. */
export function packagesLoaded(modules: string[]): string[] {
  const names = new Set<string>();
  for (const module of modules) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(module);
    if (match?.[1]) names.add(match[1].replace('\\', '/'));
  }
  return [...names].sort();
}
