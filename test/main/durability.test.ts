import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open-database';
import { tempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('../fixtures/write-burst-child.ts', import.meta.url));
const ROUNDS = 24;

interface Round {
  seed: number;
  /** Every n the child printed as committed, in order. */
  reported: number[];
  signal: NodeJS.Signals | null;
  exitCode: number | null;
  /** Size of the -wal file the kill left behind, before anything reopened the database. */
  walBytesAfterKill: number;
}

const live = new Set<ChildProcess>();
afterEach(() => {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
});

async function openReady(file: string): Promise<Database.Database> {
  const result = await openDatabase({ path: file });
  if (result.state !== 'ready') throw new Error(`database unavailable: ${result.reason}: ${result.detail}`);
  return result.db;
}

/**
 * Starts the writer, waits for its first reported commit plus 20–200 ms, kills it with SIGKILL
 * (no chance to finish a transaction, close or checkpoint), and collects everything it printed.
 */
function killMidWrite(file: string, seed: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(seed)], {
      cwd: ROOT, // `--import tsx` is resolved from here
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const reported: number[] = [];
    let pending = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // The last piece is an unfinished line (or ''): keep it for the next chunk.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (!match) {
          stderr += `unexpected stdout line: ${line}\n`;
          continue;
        }
        reported.push(Number(match[1]));
      }
      if (reported.length > 0 && killTimer === undefined) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(Math.random() * 181));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    // 'close' comes after both pipes are drained, so every line written before the kill is in.
    child.on('close', (exitCode, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      live.delete(child);
      if (reported.length === 0) {
        reject(new Error(`writer ${seed} exited (${signal ?? exitCode}) before any commit:\n${stderr}`));
        return;
      }
      if (stderr !== '') {
        reject(new Error(`writer ${seed} wrote to stderr:\n${stderr}`));
        return;
      }
      const wal = `${file}-wal`;
      const walBytesAfterKill = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
      resolve({ seed, reported, signal, exitCode, walBytesAfterKill });
    });
  });
}

interface BurstRow {
  name: string;
  notes: string;
}

interface WriterRows {
  /** The n of every row, in insertion order. */
  ns: number[];
  /** Per transaction: the size it declared and how many of its rows are present. */
  txs: Map<number, { size: number; rows: number }>;
}

/** The rows one writer left in the table, with the transaction each belongs to (from the notes). */
function rowsOf(db: Database.Database, seed: number): WriterRows {
  const rows = db
    .prepare('SELECT name, notes FROM customers WHERE name GLOB ? ORDER BY id')
    .all(`burst-${seed}-*`) as BurstRow[];
  const ns: number[] = [];
  const txs = new Map<number, { size: number; rows: number }>();
  for (const row of rows) {
    const n = /^burst-\d+-(\d+)$/.exec(row.name);
    const tx = /^tx (\d+) of (\d+); /.exec(row.notes);
    if (!n || !tx) throw new Error(`unexpected row ${row.name}: ${row.notes.slice(0, 40)}`);
    ns.push(Number(n[1]));
    const id = Number(tx[1]);
    const entry = txs.get(id) ?? { size: Number(tx[2]), rows: 0 };
    entry.rows += 1;
    txs.set(id, entry);
  }
  return { ns, txs };
}

function countReported(db: Database.Database, seed: number, upTo: number): number {
  // n is the part after the second dash; compare it as a number, not as text.
  return Number(
    db
      .prepare(
        `SELECT count(*) FROM customers
          WHERE name GLOB ? AND CAST(substr(name, length(?) + 1) AS INTEGER) BETWEEN 1 AND ?`,
      )
      .pluck()
      .get(`burst-${seed}-*`, `burst-${seed}-`, upTo),
  );
}

describe('durability', () => {
  it('no committed row is lost when the app is killed mid-write', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'presales.db');
    // Create the schema once; every round then writes to and recovers this same file.
    (await openReady(file)).close();

    const started = Date.now();
    const seedBase = 1 + Math.floor(Math.random() * 1_000_000) * 100;
    const rounds: Round[] = [];
    let notYetReported = 0;

    for (let r = 0; r < ROUNDS; r++) {
      const seed = seedBase + r;
      const round = await killMidWrite(file, seed);
      rounds.push(round);
      const last = round.reported[round.reported.length - 1] ?? 0;

      // It really was killed, and killed while it had uncheckpointed work in the WAL.
      expect(round.signal).toBe('SIGKILL');
      expect(round.exitCode).toBeNull();
      expect(round.walBytesAfterKill).toBeGreaterThan(0);
      // Reports only ever grow.
      expect(round.reported).toEqual([...round.reported].sort((a, b) => a - b));
      expect(new Set(round.reported).size).toBe(round.reported.length);

      // Reopening like the app does recovers the WAL.
      const db = await openReady(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);

        const { ns, txs } = rowsOf(db, seed);
        const present = new Set(ns);
        // Every n the writer reported as committed is there…
        expect(round.reported.filter((n) => !present.has(n))).toEqual([]);
        expect(countReported(db, seed, last)).toBe(last);
        // …and what is there is exactly rows 1..m, each once: nothing lost in the middle, nothing
        // doubled. m may exceed the last report (killed between commit and print), never fall short.
        const highest = ns.reduce((max, n) => (n > max ? n : max), 0);
        expect(ns.length).toBe(present.size);
        expect(ns.length).toBe(highest);
        expect(highest).toBeGreaterThanOrEqual(last);
        // Transactions are all-or-nothing: every transaction that left rows left all of them.
        const partial = [...txs].filter(([, t]) => t.rows !== t.size).map(([tx, t]) => `tx ${tx}: ${t.rows}/${t.size}`);
        expect(partial).toEqual([]);
        notYetReported += highest - last;
      } finally {
        db.close();
      }
    }

    // Across all rounds, on the one file: every reported row from every round is still there.
    const totalReported = rounds.reduce((sum, round) => sum + (round.reported[round.reported.length - 1] ?? 0), 0);
    expect(totalReported).toBeGreaterThan(0);
    const db = await openReady(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const totalPresent = rounds.reduce(
        (sum, round) => sum + countReported(db, round.seed, round.reported[round.reported.length - 1] ?? 0),
        0,
      );
      expect(totalPresent).toBe(totalReported);
      const allBurstRows = Number(db.prepare("SELECT count(*) FROM customers WHERE name GLOB 'burst-*'").pluck().get());
      expect(allBurstRows).toBe(totalReported + notYetReported);
    } finally {
      db.close();
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(
      `durability: ${rounds.length} SIGKILL rounds in ${seconds}s, ${totalReported} reported rows verified` +
        ` (+${notYetReported} committed but not yet reported), ` +
        `${rounds.reduce((s, r) => s + r.reported.length, 0)} reported transactions`,
    );
  }, 120_000);
});
