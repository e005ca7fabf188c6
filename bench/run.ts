/**
 * `npm run bench`: figures for the foundation, with their input sizes. Not a test: it asserts
 * nothing and its numbers depend on the machine. Later capabilities add their own sections.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppContext } from '../src/main/app-context';
import { startBridge } from '../src/main/bridge/server';
import { dispatch } from '../src/main/dispatch';
import { benchCliStartup } from './cli-startup-bench';
import { benchFirstScreen } from './first-screen-bench';
import { benchContracts } from './contract-bench';
import { benchFunnel } from './funnel-bench';
import { benchPackages } from './package-bench';
import { benchOpportunities } from './opportunity-bench';
import { benchPriceImport } from './prices-import-run';
import { benchPriceSearch } from './prices-search-bench';
import { benchProposals } from './proposal-bench';
import { benchQuotes } from './quote-bench';
import { benchTeam } from './team-bench';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-'));
const rows: [string, string, string][] = [];

async function time<T>(label: string, size: string, run: () => Promise<T> | T, repeat = 1): Promise<T> {
  let result: T | undefined;
  const start = performance.now();
  for (let i = 0; i < repeat; i++) result = await run();
  const ms = (performance.now() - start) / repeat;
  rows.push([label, size, ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`]);
  return result as T;
}

const dbPath = path.join(dir, 'presales.db');
const ctx = await time('open new database + migrations + demo seed', '56 items, 2 solutions', () =>
  AppContext.open({ dbPath, seedDemoOnCreate: true }),
);
ctx.close();
await time('reopen existing database (read-only check + pragmas)', '1 file', async () => {
  await ctx.reopen();
});
await time(
  'dispatch company.get (validate in and out)',
  'mean of 2,000 calls',
  () => dispatch(ctx, 'company.get', {}),
  2000,
);
const profile = (await dispatch(ctx, 'company.get', {})) as { ok: true; data: Record<string, unknown> };
const { isDemo: _i, updatedAt: _u, ...input } = profile.data;
await time(
  'dispatch company.save (synchronous=FULL commit)',
  'mean of 200 saves',
  () => dispatch(ctx, 'company.save', input),
  200,
);
await time('backups.create (online backup API)', 'demo database', () => dispatch(ctx, 'backups.create', {}), 20);

const bridge = await startBridge({ ctx, staticDir: path.join(dir, 'none') });
await time(
  'browser bridge round trip: HTTP POST demo.status',
  'mean of 500 calls',
  async () => {
    const response = await fetch(`${bridge.url}api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-presales-bridge': '1' },
      body: JSON.stringify({ method: 'demo.status', input: {} }),
    });
    return response.json();
  },
  500,
);
await bridge.close();
ctx.close();
fs.rmSync(dir, { recursive: true, force: true });

console.log(`Presales Workbench benchmarks — node ${process.version}, ${os.cpus().length} cores, ${os.platform()}`);
const width = Math.max(...rows.map((r) => r[0].length));
const sizeWidth = Math.max(...rows.map((r) => r[1].length));
for (const [label, size, ms] of rows)
  console.log(`${label.padEnd(width)}  ${size.padEnd(sizeWidth)}  ${ms.padStart(9)}`);

console.log('\nPrice list import (each run in its own process; peak RSS is that process’s own):');
for (const line of await benchPriceImport()) console.log(line);
console.log('\nPrice list search:');
for (const line of await benchPriceSearch()) console.log(line);
console.log('\nQuotes (export runs in their own processes; peak RSS is that process’s own):');
for (const line of await benchQuotes()) console.log(line);
console.log('\nProposals and demo scripts (each run in its own process):');
for (const line of await benchProposals()) console.log(line);
console.log('\nContracts (each run in its own process):');
for (const line of await benchContracts()) console.log(line);
console.log('\nOpportunities:');
for (const line of await benchOpportunities()) console.log(line);
console.log('\nFunnel dashboard:');
for (const line of await benchFunnel()) console.log(line);
console.log('\nOpportunity packages:');
for (const line of await benchPackages()) console.log(line);
console.log('\nCommand line: whole processes against a bare `node -e 0` in the same rounds:');
for (const line of await benchCliStartup()) console.log(line);
console.log('');
for (const line of await benchFirstScreen()) console.log(line);
console.log('\nTeam mode (PostgreSQL on loopback, a throw-away cluster):');
for (const line of await benchTeam()) console.log(line);
