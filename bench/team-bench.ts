import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppContext } from '../src/main/app-context';
import { invoke } from '../src/main/dispatch';
import type { InputOf, Method, OutputOf } from '../src/shared/api';
import { addTeamUser } from '../src/main/team/server/server-admin';
import { translator } from '../src/shared/i18n';
import { passwordOf, startTeamServer } from '../test/helpers/team-server';

/**
 * Team mode at real sizes against a throw-away PostgreSQL cluster on loopback:
 *  - an admin publishes a 100,000-item price list (push), and a rep's empty database gets it
 *    with its first sync (pull, items and search index);
 *  - the rep's next sync with nothing to do;
 *  - 20 reps, each with 50 new quotes, syncing at the same time against the one server (20
 *    connections from one process; the server does the work in parallel).
 */

const ITEMS = 100_000;
const REPS = 20;
const QUOTES_PER_REP = 50;
const EXAMPLE = fs.readFileSync(new URL('../docs/examples/quote.json', import.meta.url), 'utf8');

async function call<M extends Method>(ctx: AppContext, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

/** A published version of `ITEMS` items in the admin's database, written in SQL. */
function publishLargeList(ctx: AppContext): void {
  const db = ctx.db();
  db.transaction(() => {
    const listId = Number(db.prepare("INSERT INTO price_lists (name) VALUES ('标准价格体系')").run().lastInsertRowid);
    const versionId = Number(
      db
        .prepare(
          `INSERT INTO price_list_versions (price_list_id, label, status, effective_date, published_at, created_at)
           VALUES (?, '2027 全量版', 'published', '2026-01-01', ?, ?)`,
        )
        .run(listId, new Date().toISOString(), new Date().toISOString()).lastInsertRowid,
    );
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO price_items (version_id, code, code_key, name, pinyin_initials, spec, type, unit, price_fen, cost_fen,
                                vat_rate_bp, floor_discount_bp, active, notes, sort_order)
       SELECT ?, printf('ITEM-%06d', i), printf('ITEM-%06d', i), '标准模块 ' || i, 'bzmk', '规格 ' || (i % 97), 'module',
              '套', 10000 + i, 5000 + i, 600, 2000, 1, '', i FROM n`,
    ).run(ITEMS, versionId);
  })();
}

export async function benchTeam(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-bench-team-'));
  const server = await startTeamServer();
  const open = async (name: string, user: string, seed = false) => {
    const ctx = await AppContext.open({ dbPath: path.join(dir, `${name}.db`), seedDemoOnCreate: seed });
    await call(ctx, 'team.connect', { url: server.url, user, password: passwordOf(user) });
    return ctx;
  };
  const lines: string[] = [];
  try {
    // First, before the large price list exists (else each rep's first sync would fetch it):
    // 20 reps with 50 quotes each (the example quote, copied in SQL), syncing at once.
    const reps: AppContext[] = [];
    for (let r = 0; r < REPS; r++) {
      const user = `bench_rep_${r}`;
      await addRep(server.superUrl, user);
      const ctx = await open(`rep-${r}`, user, true);
      const created = await call(ctx, 'quotes.importFile', { json: EXAMPLE });
      const db = ctx.db();
      db.transaction(() => {
        for (let q = 2; q <= QUOTES_PER_REP; q++) {
          const quoteId = Number(
            db
              .prepare(
                `INSERT INTO quotes (number, customer_id, is_demo, created_at)
                 SELECT ?, customer_id, 0, created_at FROM quotes WHERE id = ?`,
              )
              .run(`R${r}-2026-${String(q).padStart(4, '0')}`, created.quoteId).lastInsertRowid,
          );
          db.prepare(
            `INSERT INTO quote_revisions (quote_id, revision, state, content_json, title, total_fen, valid_until,
               prepared_by, issue_date, created_at, updated_at)
             SELECT ?, revision, state, content_json, title, total_fen, valid_until, prepared_by, issue_date,
               created_at, updated_at FROM quote_revisions WHERE quote_id = ?`,
          ).run(quoteId, created.quoteId);
        }
      })();
      reps.push(ctx);
    }
    const started = performance.now();
    const each = await Promise.all(reps.map((ctx) => timed(() => call(ctx, 'team.sync', {}))));
    const wallMs = performance.now() - started;
    const pushed = each.reduce((sum, [r]) => sum + r.pushed, 0);
    const slowest = Math.max(...each.map(([, ms]) => ms));
    lines.push(
      `${REPS} reps × ${QUOTES_PER_REP} quotes syncing at once: ${pushed.toLocaleString('en-US')} quotes in ${wallMs.toFixed(0)} ms ` +
        `(${((pushed / wallMs) * 1000).toFixed(0)} quotes/s), slowest sync ${slowest.toFixed(0)} ms`,
    );
    for (const ctx of reps) ctx.close();
    const admin = await open('admin', 'admin1');
    publishLargeList(admin);
    const [, pushMs] = await timed(() => call(admin, 'team.sync', {}));
    const rep = await open('rep', 'rep_a');
    const [first, firstMs] = await timed(() => call(rep, 'team.sync', {}));
    const items = Number(rep.db().prepare('SELECT count(*) FROM price_items').pluck().get());
    const noop: number[] = [];
    for (let i = 0; i < 5; i++) noop.push((await timed(() => call(rep, 'team.sync', {})))[1]);
    noop.sort((a, b) => a - b);
    lines.push(
      `admin pushes a published price list of ${ITEMS.toLocaleString('en-US')} items: ${pushMs.toFixed(0)} ms`,
      `first sync of a rep's empty database (${first.priceVersions} version, ${items.toLocaleString('en-US')} items with search index): ${firstMs.toFixed(0)} ms (target ≤ 10,000 ms)`,
      `incremental sync with nothing to do: ${(noop[2] ?? 0).toFixed(0)} ms (median of 5; target ≤ 200 ms)`,
    );
    admin.close();
    rep.close();
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

async function addRep(superUrl: string, user: string): Promise<void> {
  await addTeamUser(
    superUrl,
    { name: user, role: 'rep', password: passwordOf(user), manager: 'mgr_b', displayName: user },
    translator('en'),
  );
}

if (process.argv[1]?.endsWith('team-bench.ts')) for (const line of await benchTeam()) console.log(line);
