import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/main/db/backups';
import { migrate } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { openDatabase } from '../../../src/main/db/open-database';
import { tempDir } from '../../helpers/temp-dir';

function sha(file: string): string {
  return fs.readFileSync(file).toString('base64');
}

async function freshDb(dir = tempDir()) {
  const file = path.join(dir, 'presales.db');
  const result = await openDatabase({ path: file });
  if (result.state !== 'ready') throw new Error(`not ready: ${result.reason}`);
  return { file, db: result.db, result };
}

describe('opening the database', () => {
  it('creates a new file with every migration applied and recorded', async () => {
    const { db, result } = await freshDb();
    expect(result.created).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    // Nothing to protect in a new file, so no backup was taken.
    expect(result.migration.backup).toBeNull();
    db.close();
  });

  it('sets WAL, full sync, foreign keys and a busy timeout on every connection', async () => {
    const { db } = await freshDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('stores money as integer fen: a fractional fen or a float price is refused', async () => {
    const { db } = await freshDb();
    db.prepare("INSERT INTO price_lists (name) VALUES ('标准价格体系')").run();
    db.prepare(
      "INSERT INTO price_list_versions (price_list_id, label, status, created_at) VALUES (1, 'V1', 'draft', 'now')",
    ).run();
    const insert = db.prepare(
      "INSERT INTO price_items (version_id, code, code_key, name, type, unit, price_fen, vat_rate_bp) VALUES (1, ?, ?, '销售管理', 'module', '套', ?, 1300)",
    );
    insert.run('A', 'A', 6800000);
    expect(() => insert.run('B', 'B', 12.5)).toThrow(/cannot store REAL value in INTEGER column/);
    expect(() => insert.run('C', 'C', -1)).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('backs up an existing database before applying a new migration', async () => {
    const { file, db } = await freshDb();
    db.prepare("INSERT INTO customers (name, created_at, updated_at) VALUES ('宁波四海商贸', 'x', 'x')").run();
    const next = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test-extra',
      sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;',
    };
    const report = await migrate(db, path.join(path.dirname(file), 'backups'), [...MIGRATIONS, next]);
    expect(report).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: next.version, applied: [next.version] });
    const backups = listBackups(path.join(path.dirname(file), 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({
      name: report.backup,
      reason: 'before-migration',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    // The backup holds the data as it was before the migration.
    const copy = new Database(path.join(path.dirname(file), 'backups', report.backup ?? ''), { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['宁波四海商贸']);
    copy.close();
    db.close();
  });

  it('refuses a database from a newer version and leaves the file untouched', async () => {
    const { file, db } = await freshDb();
    db.pragma('user_version = 99');
    db.close();
    const before = sha(file);
    const result = await openDatabase({ path: file });
    expect(result).toMatchObject({ state: 'unavailable', reason: 'newer-version', foundVersion: 99 });
    expect(sha(file)).toBe(before);
    // A read-only look may leave an empty WAL beside it, never content.
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  });

  it('reports a file that is not SQLite instead of crashing, and does not change it', async () => {
    const file = path.join(tempDir(), 'presales.db');
    fs.writeFileSync(file, '编码,名称,单价\nERP-001,销售管理,68000\n'.repeat(200));
    const before = sha(file);
    const result = await openDatabase({ path: file });
    expect(result).toMatchObject({ state: 'unavailable', reason: 'not-sqlite' });
    expect(sha(file)).toBe(before);
  });

  it('reports a damaged database (pages overwritten) as corrupt', async () => {
    const { file, db } = await freshDb();
    const insert = db.prepare("INSERT INTO customers (name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`客户 ${i}`, '备注'.repeat(50));
    })();
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 6); // scribble over a few b-tree pages
    fs.writeFileSync(file, bytes);
    const result = await openDatabase({ path: file });
    expect(result).toMatchObject({ state: 'unavailable', reason: 'corrupt' });
  });
});
