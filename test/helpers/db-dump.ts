import Database from 'better-sqlite3';
import { expect } from 'vitest';

interface TableInfo {
  name: string;
  /** 'table' for ordinary tables (sqlite_sequence included), 'shadow' for an FTS index's own tables. */
  type: 'table' | 'shadow';
  /** 1 for a WITHOUT ROWID table. */
  wr: number;
  ncol: number;
}

/**
 * The database as data, in a fixed order: the schema (every entry of sqlite_master and the
 * user_version / application_id pragmas), then every row of every table — sqlite_sequence (the
 * AUTOINCREMENT counters) and the FTS shadow tables included, since the search index is written
 * by the services and a refused import must not leave entries in it either. Rows of rowid
 * tables carry their rowid, so a row deleted and inserted again with a new id is a difference.
 * Two dumps are equal when an operation left the database logically as it was.
 */
export function logicalDump(db: Database.Database): Record<string, unknown> {
  const dump: Record<string, unknown> = {
    schema: db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all(),
    pragmas: {
      user_version: db.pragma('user_version', { simple: true }),
      application_id: db.pragma('application_id', { simple: true }),
    },
  };
  const tables = db
    .prepare(
      `SELECT name, type, wr, ncol FROM pragma_table_list
        WHERE schema = 'main' AND type IN ('table', 'shadow') AND name <> 'sqlite_schema' ORDER BY name`,
    )
    .all() as TableInfo[];
  for (const table of tables) {
    const name = `"${table.name.replaceAll('"', '""')}"`;
    const everyColumn = Array.from({ length: table.ncol }, (_, i) => i + 1).join(', ');
    dump[`rows:${table.name}`] = table.wr
      ? db.prepare(`SELECT * FROM ${name} ORDER BY ${everyColumn}`).all()
      : db.prepare(`SELECT rowid AS "(rowid)", * FROM ${name} ORDER BY rowid`).all();
  }
  return dump;
}

/** The parts ("schema", "rows:price_lists"…) that differ between two dumps. */
export function changedParts(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/**
 * Asserts that the database (a connection, or the path of a file the CLI wrote) is logically what
 * `before` recorded: first names the parts that changed, then compares everything (the diff
 * shows the rows).
 */
export function expectUnchanged(db: Database.Database | string, before: Record<string, unknown>, what?: string): void {
  const after = typeof db === 'string' ? dumpFile(db) : logicalDump(db);
  expect(changedParts(before, after), what).toEqual([]);
  expect(after, what).toEqual(before);
}

/** The logical dump of a database file no connection of the test holds (what the CLI wrote). */
export function dumpFile(dbPath: string): Record<string, unknown> {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    return logicalDump(db);
  } finally {
    db.close();
  }
}
