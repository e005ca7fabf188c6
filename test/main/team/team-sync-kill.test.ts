import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppContext } from '../../../src/main/app-context';
import { invoke } from '../../../src/main/dispatch';
import { exampleQuoteJson } from '../../helpers/quote-app';
import { passwordOf, startTeamServer, type TeamServer } from '../../helpers/team-server';
import { tempDir } from '../../helpers/temp-dir';

/**
 * A sync killed with SIGKILL half-way loses nothing and duplicates nothing: the CLI pushes a
 * thousand quotes, is killed once part of them reached the server, and the next sync finishes
 * the rest, each quote on the server exactly once and every local one in step.
 */

const QUOTES = 1_000;
const ROOT = path.resolve(__dirname, '../../..');

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server?.stop());

async function serverCount(): Promise<number> {
  const admin = await server.as('admin1');
  const row = (await admin.query<{ n: string }>(`SELECT count(*) AS n FROM presales.records WHERE owner = 'rep_a'`))
    .rows[0];
  await admin.end();
  return Number(row?.n ?? 0);
}

function cli(dbPath: string, ...argv: string[]) {
  return spawn(process.execPath, [path.join(ROOT, 'bin/presales.mjs'), '--db', dbPath, ...argv], {
    cwd: ROOT,
    env: { ...process.env, PRESALES_TEAM_PASSWORD: passwordOf('rep_a') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ReturnType<typeof cli>): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

it('resumes a sync killed half-way without losing or duplicating a quote', async () => {
  const dbPath = path.join(tempDir(), 'rep.db');
  const ctx = await AppContext.open({ dbPath, seedDemoOnCreate: true });
  const created = await invoke(ctx, 'quotes.importFile', { json: exampleQuoteJson() });
  if (!created.ok) throw new Error(created.error.message);
  // 999 more quotes like it, copied in SQL with their own numbers.
  const db = ctx.db();
  db.transaction(() => {
    for (let i = 2; i <= QUOTES; i++) {
      const quoteId = Number(
        db
          .prepare(
            `INSERT INTO quotes (number, customer_id, is_demo, created_at) SELECT ?, customer_id, 0, created_at
                    FROM quotes WHERE id = ?`,
          )
          .run(`KL-2026-${String(i).padStart(4, '0')}`, created.data.quoteId).lastInsertRowid,
      );
      db.prepare(
        `INSERT INTO quote_revisions (quote_id, revision, state, content_json, title, total_fen, valid_until, prepared_by,
           issue_date, created_at, updated_at)
         SELECT ?, revision, state, content_json, title, total_fen, valid_until, prepared_by, issue_date, created_at,
           updated_at FROM quote_revisions WHERE quote_id = ?`,
      ).run(quoteId, created.data.quoteId);
    }
  })();
  const joined = await invoke(ctx, 'team.connect', { url: server.url, user: 'rep_a', password: passwordOf('rep_a') });
  if (!joined.ok) throw new Error(joined.error.message);
  ctx.close();

  const first = cli(dbPath, 'team', 'sync');
  const firstDone = finished(first);
  let seen = 0;
  while (seen === 0 && first.exitCode === null) {
    await new Promise((r) => setTimeout(r, 15));
    seen = await serverCount();
  }
  first.kill('SIGKILL');
  const killed = await firstDone;
  expect(killed.code).toBeNull(); // it was killed, not finished
  const partial = await serverCount();
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(QUOTES);

  const second = await finished(cli(dbPath, 'team', 'sync', '--json'));
  expect(second.code, second.err).toBe(0);
  const result = JSON.parse(second.out) as { pushed: number; conflicts: string[]; refused: string[] };
  expect(result.conflicts).toEqual([]);
  expect(result.refused).toEqual([]);
  expect(result.pushed).toBeGreaterThanOrEqual(QUOTES - partial);

  expect(await serverCount()).toBe(QUOTES);
  const admin = await server.as('admin1');
  const duplicates = await admin.query(
    `SELECT label FROM presales.records WHERE owner = 'rep_a' GROUP BY label HAVING count(*) > 1`,
  );
  expect(duplicates.rows).toEqual([]);
  const again = await AppContext.open({ dbPath, seedDemoOnCreate: false });
  const status = await invoke(again, 'team.status', {});
  again.close();
  expect(status.ok && status.data.pending.quotes).toBe(0);
}, 120_000);
