import type { Database } from 'better-sqlite3';

/**
 * The database as data: the schema and every row of every table (FTS shadow tables excepted, as
 * they follow their content table), in a fixed order. Two dumps are equal when a refused operation
 * left the database logically as it was.
 */
export function logicalDump(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%_fts_%' ORDER BY name`,
    )
    .all() as { name: string; sql: string }[];
  const dump: Record<string, unknown[]> = {
    schema: db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all(),
  };
  for (const { name, sql } of tables) {
    if (/CREATE VIRTUAL TABLE/i.test(sql)) continue;
    dump[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  }
  return dump;
}
