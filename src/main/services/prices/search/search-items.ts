/**
 * Item search within one price-list version: code prefix, any part of the name or specification
 * (Chinese too, also one or two characters) and pinyin initials (xsgl → 销售管理).
 *
 * searchItemIds ranks (item picker, quick search); matchCondition only filters (the paged item
 * list, which sorts by its own column). Both match the same items.
 *
 * Ranking never looks at every hit: a common word like 管理 hits most of a 100,000-item catalogue.
 * Candidates come from bounded sources, cheapest first — the exact code and codes starting with
 * the query (code_key index, in code order), a few hundred name/specification hits (trigram FTS
 * for 3+ characters, the version's text in memory for 1–2), pinyin-initial prefixes (pinyin
 * index) — and
 * the costlier fallbacks (name-only hits, pinyin initials containing the query) run only while
 * the page is not yet full of better matches. Only the candidates are ranked. The exact code is
 * always a candidate, so it is always first.
 */
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import {
  allOf,
  anyOf,
  codePrefix,
  columnContains,
  FTS_MIN_LENGTH,
  ftsPhrase,
  parseQuery,
  pinyinContains,
  pinyinPrefix,
  termCondition,
  type SearchQuery,
  type SearchTerm,
  type SqlCondition,
} from './search-query';
import { byRank, Tier, tierOf, type Ranked, type RankedRow } from './search-rank';
import { versionRowRange, type RowRange } from './version-row-range';
import { findInVersionText, type TextColumns } from './version-text';

/** What ranking needs of a candidate row. */
const COLUMNS = 'i.id, i.code, i.code_key, i.name, i.spec, i.pinyin_initials';

/** Hits taken from each candidate source (the contract caps a search at 200 results). */
const CANDIDATES_PER_SOURCE = 200;

/**
 * A WHERE fragment on `price_items i` that keeps the items the text matches, for the paged list
 * to AND with its own filters (it must still restrict the version itself). Every term must match;
 * the exact code (a code may contain spaces) matches as a whole. Empty text matches everything.
 */
export function matchCondition(text: string): { sql: string; params: unknown[] } {
  const query = parseQuery(text);
  if (query.terms.length === 0) return { sql: '1', params: [] };
  const terms = allOf(query.terms.map((term) => termCondition(term, 'fts')));
  return { sql: `(i.code_key = ? OR ${terms.sql})`, params: [query.key, ...terms.params] };
}

/**
 * The version restriction and matchCondition together, shaped so SQLite reads little: use it in
 * place of `i.version_id = ? AND matchCondition(text)`. Over 100,000 items that form lets SQLite
 * walk a version_id index and fetch every row out of order (150+ ms). Here a single 3+ character
 * term becomes the list of matching ids, gathered from the indexes (code_key, FTS, pinyin), and
 * anything else reads the version's rows once, in rowid order. The unary + keeps SQLite from
 * preferring a version_id index over the id list or the rowid range.
 */
export function versionMatchCondition(
  db: Database,
  versionId: number,
  text: string,
): { sql: string; params: unknown[] } {
  const query = parseQuery(text);
  const [term, ...more] = query.terms;
  if (!term) return { sql: 'i.version_id = ?', params: [versionId] };
  const range = versionRowRange(db, versionId);
  if (!range) return { sql: '0', params: [] };
  if (more.length > 0 || term.length < FTS_MIN_LENGTH) {
    const match = matchCondition(text);
    return {
      sql: `(i.id BETWEEN ? AND ? AND +i.version_id = ? AND ${match.sql})`,
      params: [range.lo, range.hi, versionId, ...match.params],
    };
  }
  const sources: SqlCondition[] = [
    { sql: 'SELECT id FROM price_items WHERE version_id = ? AND code_key = ?', params: [versionId, query.key] },
  ];
  // The helpers write conditions on alias i; inside a subquery that alias is the subquery's table.
  if (term.ascii) {
    const prefix = codePrefix(term);
    sources.push({
      sql: `SELECT id FROM price_items i WHERE i.version_id = ? AND ${prefix.sql}`,
      params: [versionId, ...prefix.params],
    });
  }
  // FTS hits may include other versions' rows inside the range: the outer version test drops them.
  sources.push({
    sql: 'SELECT rowid FROM price_items_fts WHERE price_items_fts MATCH ? AND rowid BETWEEN ? AND ?',
    params: [ftsPhrase(term), range.lo, range.hi],
  });
  if (term.pinyin) {
    const pinyin = pinyinContains(term);
    sources.push({
      sql: `SELECT id FROM price_items i WHERE i.version_id = ? AND ${pinyin.sql}`,
      params: [versionId, ...pinyin.params],
    });
  }
  return {
    sql: `(i.id IN (${sources.map((source) => source.sql).join(' UNION ALL ')}) AND +i.version_id = ?)`,
    params: [...sources.flatMap((source) => source.params), versionId],
  };
}

/** Ids of the best-matching items of a version, best first (see search-rank for the order). */
export function searchItemIds(db: Database, versionId: number, text: string, limit: number): number[] {
  const query = parseQuery(text);
  if (query.terms.length === 0 || limit < 1) return [];
  const range = versionRowRange(db, versionId);
  if (!range) return [];
  const sources = new CandidateSources(db, versionId, range, query, Math.max(limit, CANDIDATES_PER_SOURCE));
  const candidates = new Candidates(query);
  // A source runs only while fewer than `limit` candidates rank above anything it can add.
  const pageFullAbove = (tier: number): boolean => candidates.countUpTo(tier - 1) >= limit;
  candidates.add(sources.exactCode());
  candidates.add(sources.codePrefix(limit));
  if (pageFullAbove(Tier.nameStartsWith)) return ranked(candidates, limit);
  const textHits = sources.nameOrSpec();
  candidates.add(textHits.rows);
  if (!pageFullAbove(Tier.pinyinPrefix)) candidates.add(sources.pinyinPrefix());
  // The capped first hits may be mostly specification-only while name hits lie further on.
  if (!textHits.complete && !pageFullAbove(Tier.pinyinPrefix)) candidates.add(sources.nameOnly());
  if (!pageFullAbove(Tier.pinyinContains)) candidates.add(sources.pinyinContains());
  return ranked(candidates, limit);
}

function ranked(candidates: Candidates, limit: number): number[] {
  return candidates
    .ranked()
    .slice(0, limit)
    .map((entry) => entry.row.id);
}

/** Candidate rows with their tier, each ranked once; rows matching no term are dropped. */
class Candidates {
  private readonly byId = new Map<number, Ranked>();

  constructor(private readonly query: SearchQuery) {}

  add(rows: RankedRow[]): void {
    for (const row of rows) {
      if (this.byId.has(row.id)) continue;
      const tier = tierOf(row, this.query);
      if (tier !== null) this.byId.set(row.id, { row, tier });
    }
  }

  /** How many candidates rank at `tier` or better. */
  countUpTo(tier: number): number {
    let count = 0;
    for (const entry of this.byId.values()) if (entry.tier <= tier) count++;
    return count;
  }

  ranked(): Ranked[] {
    return [...this.byId.values()].sort(byRank);
  }
}

/**
 * The candidate queries. Each is driven by one "anchor" term (through an index, the FTS index or
 * one scan of the version); the other terms of a multi-word query are checked on the rows it finds.
 */
class CandidateSources {
  private readonly anchor: SearchTerm;
  private readonly others: SqlCondition;

  constructor(
    private readonly db: Database,
    private readonly versionId: number,
    private readonly range: RowRange,
    private readonly query: SearchQuery,
    private readonly cap: number,
  ) {
    this.anchor = anchorOf(query.terms);
    this.others = allOf(query.terms.filter((t) => t !== this.anchor).map((t) => termCondition(t, 'like')));
  }

  exactCode(): RankedRow[] {
    return this.rows(`SELECT ${COLUMNS} FROM price_items i WHERE i.version_id = ? AND i.code_key = ?`, [
      this.versionId,
      this.query.key,
    ]);
  }

  /** In code order, so the first `limit` are exactly the best of this tier. */
  codePrefix(limit: number): RankedRow[] {
    if (!this.anchor.ascii) return [];
    return this.fromVersionIndex(codePrefix(this.anchor), 'ORDER BY i.code_key', limit);
  }

  pinyinPrefix(): RankedRow[] {
    return this.anchor.pinyin ? this.fromVersionIndex(pinyinPrefix(this.anchor), '', this.cap) : [];
  }

  /** Tests every entry of the version's pinyin index, reading table rows only for matches: ~10 ms per 100,000. */
  pinyinContains(): RankedRow[] {
    return this.anchor.pinyin ? this.fromVersionIndex(pinyinContains(this.anchor), '', this.cap) : [];
  }

  /**
   * The first hits in name or specification: through FTS for 3+ characters, otherwise from the
   * version's text in memory (see version-text) or, for a query of several terms, one scan of
   * the version testing both columns (one pass over the rows costs less than two). Complete
   * when under the cap.
   */
  nameOrSpec(): { rows: RankedRow[]; complete: boolean } {
    const rows =
      this.anchor.length >= FTS_MIN_LENGTH
        ? this.fromFts(ftsPhrase(this.anchor))
        : (this.fromVersionText('name-or-spec') ??
          this.fromVersionScan(anyOf([columnContains('name', this.anchor), columnContains('spec', this.anchor)])));
    return { rows, complete: rows.length < this.cap };
  }

  nameOnly(): RankedRow[] {
    return this.anchor.length >= FTS_MIN_LENGTH
      ? this.fromFts(`{name} : ${ftsPhrase(this.anchor)}`)
      : (this.fromVersionText('name') ?? this.fromVersionScan(columnContains('name', this.anchor)));
  }

  /** A single short term, found in memory, then its rows read by id; null when SQLite must scan. */
  private fromVersionText(columns: TextColumns): RankedRow[] | null {
    if (this.query.terms.length !== 1) return null;
    const ids = findInVersionText(this.db, this.versionId, this.range, this.anchor.forms, columns, this.cap);
    if (ids === null) return null;
    return this.rows(`SELECT ${COLUMNS} FROM price_items i WHERE i.id IN (SELECT value FROM json_each(?))`, [
      JSON.stringify(ids),
    ]);
  }

  /**
   * FTS drives (CROSS JOIN keeps it the outer loop). Its index spans every version: the rowid
   * range lets it skip other versions' hits instead of looking each one up.
   */
  private fromFts(match: string): RankedRow[] {
    return this.rows(
      `SELECT ${COLUMNS} FROM price_items_fts CROSS JOIN price_items i ON i.id = price_items_fts.rowid
        WHERE price_items_fts MATCH ? AND price_items_fts.rowid BETWEEN ? AND ?
          AND i.version_id = ? AND ${this.others.sql} LIMIT ?`,
      [match, this.range.lo, this.range.hi, this.versionId, ...this.others.params, this.cap],
    );
  }

  private fromVersionIndex(condition: SqlCondition, orderBy: string, limit: number): RankedRow[] {
    return this.rows(
      `SELECT ${COLUMNS} FROM price_items i
        WHERE i.version_id = ? AND ${condition.sql} AND ${this.others.sql} ${orderBy} LIMIT ?`,
      [this.versionId, ...condition.params, ...this.others.params, limit],
    );
  }

  /** Rowid order reads the table sequentially (see version-row-range). */
  private fromVersionScan(condition: SqlCondition): RankedRow[] {
    return this.rows(
      `SELECT ${COLUMNS} FROM price_items i
        WHERE i.id BETWEEN ? AND ? AND +i.version_id = ? AND ${condition.sql} AND ${this.others.sql} LIMIT ?`,
      [this.range.lo, this.range.hi, this.versionId, ...condition.params, ...this.others.params, this.cap],
    );
  }

  private rows(sql: string, params: unknown[]): RankedRow[] {
    return cachedStatement(this.db, sql).all(...params) as RankedRow[];
  }
}

/**
 * The term whose sources find the fewest rows: a term with Chinese (name and specification only,
 * through FTS when long enough) before an ASCII one, then the longest.
 */
function anchorOf(terms: SearchTerm[]): SearchTerm {
  const score = (t: SearchTerm): number => (t.length >= FTS_MIN_LENGTH && !t.ascii ? 1000 : 0) + t.length;
  return terms.reduce((best, t) => (score(t) > score(best) ? t : best));
}
