/**
 * Prepared statements kept per connection. A search runs a handful of short queries whose SQL
 * depends only on the shape of the query (how many terms, which kinds), and preparing a statement
 * costs more than running one of them.
 */
import type { Database, Statement } from 'better-sqlite3';

const statements = new WeakMap<Database, Map<string, Statement>>();
// Shapes are few; the bound only matters if callers ever build SQL from unbounded input.
const MAX_STATEMENTS = 200;

export function cachedStatement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
