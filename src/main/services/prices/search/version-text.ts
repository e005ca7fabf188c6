/**
 * One- and two-character search without reading the table: the trigram index cannot serve terms
 * shorter than three characters, so a rare one (a 2-character name fragment that few items
 * share) made SQLite test every name and specification of the version with LIKE — 20–25 ms per
 * 100,000 items on a quiet core, 50+ ms on a busy one. Here the version's names and
 * specifications are kept as one string in memory and searched with indexOf: ~2 ms.
 *
 * The text holds "id␂name␁spec␀" per item, in id order, lower-cased like SQLite's lower() and
 * LIKE (ASCII letters only), so it finds exactly the rows `name LIKE '%term%' OR spec LIKE
 * '%term%'` finds, in the same order. Building it is one query (~0.2 s per 100,000 items), done
 * on the first such search of a version and kept while the version's items stay as they were:
 *  - a published version's items cannot change (triggers refuse it), so it is rebuilt only when
 *    the version is no longer the same (deleted, id reused: its published_at and row range tell);
 *  - a draft's text is rebuilt after any write (this connection's total_changes() or the file's
 *    data_version moved), like the row range.
 * Only a few versions are kept (the current one and one being compared, typically): ~10 MB each
 * per 100,000 items.
 */
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import type { RowRange } from './version-row-range';

const ID_END = '\u0002';
const NAME_END = '\u0001';
const ITEM_END = '\u0000';
const KEPT_VERSIONS = 2;

interface VersionText {
  text: string;
  /** What must be unchanged for the text to be current. */
  stamp: string;
}

const cache = new WeakMap<Database, Map<number, VersionText>>();

/** Where a term is looked for. */
export type TextColumns = 'name-or-spec' | 'name';

/**
 * The ids (ascending, at most `limit`) of the version's items whose name — or specification, for
 * 'name-or-spec' — contains one of `forms`, compared as LIKE compares. Null when the in-memory
 * text cannot answer (a form holds a separator character, or a transaction is open: what it
 * reads may still be rolled back); the caller then asks SQLite.
 */
export function findInVersionText(
  db: Database,
  versionId: number,
  range: RowRange,
  forms: readonly string[],
  columns: TextColumns,
  limit: number,
): number[] | null {
  if (db.inTransaction || forms.some((form) => form === '' || hasSeparator(form))) return null;
  const text = versionText(db, versionId, range);
  if (text === null) return null;
  if (forms.length === 1) return hitsOf(text, asciiLower(forms[0] ?? ''), columns, limit);
  // Several forms (as typed and NFKC): the first `limit` of their union.
  const ids = new Set(forms.flatMap((form) => hitsOf(text, asciiLower(form), columns, limit)));
  return [...ids].sort((a, b) => a - b).slice(0, limit);
}

function hitsOf(text: string, form: string, columns: TextColumns, limit: number): number[] {
  const ids: number[] = [];
  let at = 0;
  while (ids.length < limit) {
    const hit = text.indexOf(form, at);
    if (hit < 0) break;
    const start = text.lastIndexOf(ITEM_END, hit) + 1;
    const idEnd = text.indexOf(ID_END, start);
    if (hit < idEnd) {
      at = idEnd + 1; // inside the id's digits: look on in this item's name
      continue;
    }
    const end = text.indexOf(ITEM_END, hit);
    const next = end < 0 ? text.length : end + 1;
    if (columns === 'name' && hit > text.indexOf(NAME_END, idEnd)) {
      at = next; // the first hit is in the specification: the name has none
      continue;
    }
    ids.push(Number(text.slice(start, idEnd)));
    at = next;
  }
  return ids;
}

function hasSeparator(form: string): boolean {
  return form.includes(ID_END) || form.includes(NAME_END) || form.includes(ITEM_END);
}

/** What SQLite's lower() and LIKE fold: A–Z only. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

function versionText(db: Database, versionId: number, range: RowRange): string | null {
  const stamp = stampOf(db, versionId, range);
  if (stamp === null) return null;
  let perVersion = cache.get(db);
  if (!perVersion) cache.set(db, (perVersion = new Map()));
  const cached = perVersion.get(versionId);
  perVersion.delete(versionId); // re-added last: a Map keeps insertion order, oldest first
  if (cached?.stamp === stamp) {
    perVersion.set(versionId, cached);
    return cached.text;
  }
  // The subquery hands the rows over in id order as it reads them (an ORDER BY inside
  // group_concat would sort them again: measured 1.5× slower).
  const text = cachedStatement(
    db,
    `SELECT group_concat(item, char(0)) FROM (
       SELECT id || char(2) || lower(name || char(1) || spec) AS item FROM price_items
        WHERE id BETWEEN ? AND ? AND +version_id = ? ORDER BY id)`,
  )
    .pluck()
    .get(range.lo, range.hi, versionId);
  if (typeof text !== 'string') return null;
  perVersion.set(versionId, { text, stamp });
  // Drop the versions searched longest ago.
  for (const old of perVersion.keys()) if (perVersion.size > KEPT_VERSIONS) perVersion.delete(old);
  return text;
}

/** Null when the version does not exist. */
function stampOf(db: Database, versionId: number, range: RowRange): string | null {
  const version = cachedStatement(db, 'SELECT status, published_at FROM price_list_versions WHERE id = ?').get(
    versionId,
  ) as { status: string; published_at: string | null } | undefined;
  if (!version) return null;
  if (version.status === 'published') return `published ${version.published_at} ${range.lo}-${range.hi}`;
  const changes = Number(cachedStatement(db, 'SELECT total_changes()').pluck().get());
  const dataVersion = Number(db.pragma('data_version', { simple: true }));
  return `draft ${changes} ${dataVersion} ${range.lo}-${range.hi}`;
}
