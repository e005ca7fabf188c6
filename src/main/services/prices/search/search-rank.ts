/**
 * How well an item matches, as a tier (lower is better): what a presales engineer expects at the
 * top when typing into the item picker — the item whose code they typed, then codes starting with
 * it, then names, then pinyin initials, then specifications.
 */
import type { SearchQuery, SearchTerm } from './search-query';

export const Tier = {
  exactCode: 0,
  codePrefix: 1,
  nameStartsWith: 2,
  nameContains: 3,
  pinyinPrefix: 4,
  pinyinContains: 5,
  specContains: 6,
} as const;

export interface RankedRow {
  id: number;
  code: string;
  code_key: string;
  name: string;
  spec: string;
  pinyin_initials: string;
}

/** The item's tier, or null when some term matches nothing (the item is not a result). */
export function tierOf(row: RankedRow, query: SearchQuery): number | null {
  if (row.code_key === query.key) return Tier.exactCode;
  const name = row.name.toLowerCase();
  const spec = row.spec.toLowerCase();
  // Every term must match; the item ranks as well as its weakest term.
  let worst: number = Tier.exactCode;
  for (const term of query.terms) {
    const tier = termTier(row, name, spec, term);
    if (tier === null) return null;
    worst = Math.max(worst, tier);
  }
  return worst;
}

function termTier(row: RankedRow, name: string, spec: string, term: SearchTerm): number | null {
  const inName = (test: (form: string) => boolean): boolean => term.lowerForms.some(test);
  if (term.ascii && row.code_key.startsWith(term.upper)) return Tier.codePrefix;
  if (inName((form) => name.startsWith(form))) return Tier.nameStartsWith;
  if (inName((form) => name.includes(form))) return Tier.nameContains;
  if (term.pinyin && row.pinyin_initials.startsWith(term.lower)) return Tier.pinyinPrefix;
  if (term.pinyin && row.pinyin_initials.includes(term.lower)) return Tier.pinyinContains;
  if (term.lowerForms.some((form) => spec.includes(form))) return Tier.specContains;
  return null;
}

export interface Ranked {
  row: RankedRow;
  tier: number;
}

/** Best tier first; within a tier by code (case-insensitively), so equal searches list alike. */
export function byRank(a: Ranked, b: Ranked): number {
  return a.tier - b.tier || compare(a.row.code_key, b.row.code_key) || compare(a.row.code, b.row.code);
}

// Code-unit order, like SQLite's BINARY collation on the same strings (not locale order).
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
