import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { z } from 'zod';
import { LIBRARY_KINDS, type LibraryKind } from './library-kinds';
import { ensureUid } from './sync-cursor';

/**
 * The solution library, library sections, clause library and contract and quote templates as
 * team reference data (presales.reference_records, one record per kind, written only by admins:
 * the server refuses anyone else). A record holds the kind's items, each with a team uid; a
 * local row knows its item by a link in team_records (kind e.g. 'ref:solution', local_id = the
 * row, uid, synced_stamp = the hash of the item when this row was last in step with the team).
 *
 * Per item, when the team's record changed:
 *  - an item not linked yet finds its row by its natural key (code, language + key, …) and
 *    takes the team's version, or comes in as a new row: joining a team takes the team's data;
 *  - a linked item the team changed since this row took it is written over the row — also over
 *    a rep's local edit; an item the team did not change leaves the row as it is (a rep's edit
 *    stays until the team changes that item);
 *  - an admin's edit not pushed yet wins over the team's version and goes up with the push;
 *  - an item the team dropped is archived here (solutions, sections), deleted (quote templates,
 *    unused contract templates) or left as it is (clauses: their versions are kept forever).
 * Each record is applied in one transaction; a record that does not read is skipped whole.
 * An admin's push uploads the kind's whole record only when it differs from the team's version
 * this database last saw, and only if the server still holds that version (two admins pushing
 * at once: the second one's push waits for its next sync, which first takes the other's items).
 */

/** SHA-256 of the JSON with object keys sorted: the same for the same data, whatever its key order (jsonb reorders). */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type ItemDecision = 'in-step' | 'take' | 'keep';

/**
 * What a pull does with one team item. `localHash` is null when the row is not here (never, or
 * deleted here), `syncedHash` null when the row is not linked to the item yet.
 */
export function decideItem(input: {
  teamHash: string;
  localHash: string | null;
  syncedHash: string | null;
  isAdmin: boolean;
}): ItemDecision {
  const { teamHash, localHash, syncedHash, isAdmin } = input;
  if (localHash === teamHash) return 'in-step';
  if (syncedHash === null) return 'take';
  // The team has not changed the item since this row took it: the local edit stays (an admin's goes up).
  if (syncedHash === teamHash) return 'keep';
  // An admin's change not pushed yet wins over the team's newer version; it goes up next.
  if (isAdmin && localHash !== syncedHash) return 'keep';
  return 'take';
}

/** What a pull does with a linked row whose item the team no longer has. */
export function decideDropped(input: { localHash: string; syncedHash: string; isAdmin: boolean }): 'remove' | 'keep' {
  return input.isAdmin && input.localHash !== input.syncedHash ? 'keep' : 'remove';
}

interface Link {
  localId: number;
  uid: string;
  synced: string;
}

function linksOf(db: Database, k: LibraryKind): Link[] {
  return db
    .prepare('SELECT local_id AS localId, uid, synced_stamp AS synced FROM team_records WHERE kind = ?')
    .all(k.link) as Link[];
}

function linkItem(db: Database, k: LibraryKind, localId: number, uid: string, hash: string): void {
  db.prepare('DELETE FROM team_records WHERE uid = ? OR (kind = ? AND local_id = ?)').run(uid, k.link, localId);
  db.prepare(`INSERT INTO team_records (kind, local_id, uid, server_version, synced_stamp) VALUES (?, ?, ?, 1, ?)`).run(
    k.link,
    localId,
    uid,
    hash,
  );
}

const recordKind = (k: LibraryKind) => `ref:${k.kind}/${k.key}`;

/** The hash of the team's record this database last took or gave ('' before the first). */
function seenHash(db: Database, k: LibraryKind): string {
  const value = db
    .prepare('SELECT synced_stamp FROM team_records WHERE kind = ? AND local_id = 0')
    .pluck()
    .get(recordKind(k));
  return typeof value === 'string' ? value : '';
}

function noteSeen(db: Database, k: LibraryKind, hash: string): void {
  db.prepare(
    `INSERT INTO team_records (kind, local_id, uid, server_version, synced_stamp) VALUES (?, 0, ?, 1, ?)
     ON CONFLICT (kind, local_id) DO UPDATE SET synced_stamp = excluded.synced_stamp`,
  ).run(recordKind(k), recordKind(k), hash);
}

export function libraryKindOf(kind: string, key: string): LibraryKind | undefined {
  return LIBRARY_KINDS.find((k) => k.kind === kind && k.key === key);
}

/** The team's record of a kind as it must read: items with unique uids and natural keys. */
function parseRecord(k: LibraryKind, data: unknown): { uid: string; data: unknown }[] | null {
  const parsed = z.object({ items: z.array(z.object({ uid: z.uuid(), data: k.schema })).max(20_000) }).safeParse(data);
  if (!parsed.success) return null;
  const items = parsed.data.items;
  const keys = items.map((i) => k.naturalKey(i.data)).filter((key) => key !== null);
  if (new Set(items.map((i) => i.uid)).size !== items.length || new Set(keys).size !== keys.length) return null;
  return items;
}

/**
 * Applies the team's record of one kind here (see the rules above). Returns whether a local row
 * changed; false also when the record does not read or cannot be written (then nothing changed).
 */
export function applyLibraryRecord(
  db: Database,
  k: LibraryKind,
  record: { data: unknown; hash: string; publishedBy: string },
  isAdmin: boolean,
): boolean {
  if (record.hash === seenHash(db, k)) return false;
  const items = parseRecord(k, record.data);
  if (!items) return false;
  try {
    return db.transaction(() => {
      const local = new Map(k.items(db).map((i) => [i.localId, canonicalHash(i.data)]));
      const links = linksOf(db, k);
      const byUid = new Map(links.map((l) => [l.uid, l]));
      const exists = db.prepare(`SELECT 1 FROM ${k.table} WHERE id = ?`).pluck();
      let changed = 0;
      const linkedNow = new Set<number>();
      for (const item of items) {
        const teamHash = canonicalHash(item.data);
        const link = byUid.get(item.uid);
        const localId = link?.localId ?? k.match(db, item.data);
        const here = localId !== undefined && exists.get(localId) !== undefined;
        // A demo row is no team data: it never counts as in step, the team's version replaces it.
        const localHash = here ? (local.get(localId) ?? 'demo') : null;
        const decision = decideItem({ teamHash, localHash, syncedHash: link?.synced ?? null, isAdmin });
        if (decision === 'keep') continue;
        let id = here ? localId : undefined;
        if (decision === 'take') {
          id = k.apply(db, id, item.data, record.publishedBy);
          changed += 1;
        }
        if (id !== undefined) {
          linkItem(db, k, id, item.uid, teamHash);
          linkedNow.add(id);
        }
      }
      const kept = new Set(items.map((i) => i.uid));
      for (const link of links) {
        // Linked now to another of the team's items (its natural key): not dropped.
        if (kept.has(link.uid) || linkedNow.has(link.localId)) continue;
        const localHash = local.get(link.localId);
        if (localHash === undefined) {
          db.prepare('DELETE FROM team_records WHERE uid = ?').run(link.uid);
          continue;
        }
        if (decideDropped({ localHash, syncedHash: link.synced, isAdmin }) === 'keep') continue;
        k.remove(db, link.localId);
        db.prepare('DELETE FROM team_records WHERE uid = ?').run(link.uid);
        changed += 1;
      }
      noteSeen(db, k, record.hash);
      return changed > 0;
    })();
  } catch {
    // A team item that cannot be written here (a template naming a clause this database does
    // not have, a code taken by another row): the whole kind waits for the team's next version.
    return false;
  }
}

/** The kind's record as this database would publish it: items sorted by uid. */
function localRecord(db: Database, k: LibraryKind, here: { localId: number; data: unknown }[]) {
  const uidOf = new Map(linksOf(db, k).map((l) => [l.localId, l.uid]));
  const items = here
    .map((i) => ({ localId: i.localId, uid: uidOf.get(i.localId) ?? '', data: i.data }))
    .sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : a.localId - b.localId));
  return { items, record: { items: items.map(({ uid, data }) => ({ uid, data })) } };
}

/** Uploads an admin's changed kinds. Returns how many records went up. */
export async function pushLibrary(db: Database, client: pg.Client): Promise<number> {
  let pushed = 0;
  for (const k of LIBRARY_KINDS) {
    // A new row gets its team uid before its first push (kept: a retried push sends the same).
    const here = k.items(db);
    db.transaction(() => {
      for (const item of here) ensureUid(db, k.link, item.localId);
    })();
    const { items, record } = localRecord(db, k, here);
    const hash = canonicalHash(record);
    const seen = seenHash(db, k);
    if (hash === seen || (seen === '' && items.length === 0)) continue;
    const written = await client.query(
      `INSERT INTO presales.reference_records AS r (kind, key, data, hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data, hash = excluded.hash,
         published_by = current_user, published_at = now()
       WHERE r.hash = $5`,
      [k.kind, k.key, JSON.stringify(record), hash, seen],
    );
    // Another admin published this kind since this database last pulled: theirs comes down first.
    if (written.rowCount !== 1) continue;
    db.transaction(() => {
      for (const item of items) linkItem(db, k, item.localId, item.uid, canonicalHash(item.data));
      const here = new Set(items.map((i) => i.localId));
      for (const link of linksOf(db, k)) {
        if (!here.has(link.localId)) db.prepare('DELETE FROM team_records WHERE uid = ?').run(link.uid);
      }
      noteSeen(db, k, hash);
    })();
    pushed += 1;
  }
  return pushed;
}

/** An admin's library, clause and template changes not on the server yet: items added, changed or removed. */
export function pendingLibrary(db: Database): number {
  let pending = 0;
  for (const k of LIBRARY_KINDS) {
    const links = new Map(linksOf(db, k).map((l) => [l.localId, l]));
    const items = k.items(db);
    for (const item of items) {
      if (links.get(item.localId)?.synced !== canonicalHash(item.data)) pending += 1;
    }
    const here = new Set(items.map((i) => i.localId));
    for (const localId of links.keys()) if (!here.has(localId)) pending += 1;
  }
  return pending;
}
