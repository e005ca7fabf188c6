import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { OpportunitySettingsSchema } from '../../../shared/api/opportunities';
import { readOpportunitySettings, writeOpportunitySettings } from '../../services/opportunities/opportunity-settings';
import { readQuoteSettings, writeQuoteSettings } from '../../services/quotes/quote-settings';
import { LIBRARY_KINDS } from './library-kinds';
import { applyLibraryRecord, libraryKindOf, pushLibrary } from './library-reference';
import { hashOf } from './quote-records';
import { readWindow, saveCursor } from './sync-cursor';

/**
 * The team's rules as shared reference data (presales.reference_records): the quote approval
 * rules (minimum margin, largest whole-quote discount) and the opportunity playbook (stages with
 * their gates and probabilities, qualification rules, weights). An admin's changes go up; every
 * workbench takes the team's version down, so a rep's quote is judged by the same rules on every
 * machine. Written only by admins: the server refuses anyone else. The library, clauses and
 * templates travel in the same stream, item by item (library-reference.ts).
 */

interface ReferenceKind {
  kind: string;
  key: string;
  read(db: Database): unknown;
  /** Writes the team's version locally; false when it does not read (then it is skipped). */
  write(db: Database, data: unknown): boolean;
}

export const REFERENCE_KINDS: readonly ReferenceKind[] = [
  {
    kind: 'rules',
    key: 'quote-approval',
    read: (db) => {
      const s = readQuoteSettings(db);
      return { minMarginBp: s.minMarginBp, maxWholeDiscountBp: s.maxWholeDiscountBp };
    },
    write: (db, data) => {
      const rules = data as { minMarginBp?: unknown; maxWholeDiscountBp?: unknown };
      const ok = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000);
      if (!ok(rules.minMarginBp) || !ok(rules.maxWholeDiscountBp)) return false;
      writeQuoteSettings(db, {
        ...readQuoteSettings(db),
        minMarginBp: rules.minMarginBp as number | null,
        maxWholeDiscountBp: rules.maxWholeDiscountBp as number | null,
      });
      return true;
    },
  },
  {
    kind: 'rules',
    key: 'opportunity-playbook',
    read: (db) => readOpportunitySettings(db),
    write: (db, data) => {
      const parsed = OpportunitySettingsSchema.safeParse(data);
      if (!parsed.success) return false;
      writeOpportunitySettings(db, parsed.data);
      return true;
    },
  },
];

const stampKind = (r: ReferenceKind) => `ref:${r.kind}/${r.key}`;

/** The hash of the team's version this database last took or gave, per reference record. */
function syncedHash(db: Database, r: ReferenceKind): string {
  const value = db
    .prepare('SELECT synced_stamp FROM team_records WHERE kind = ? AND local_id = 0')
    .pluck()
    .get(stampKind(r));
  return typeof value === 'string' ? value : '';
}

function noteHash(db: Database, r: ReferenceKind, hash: string): void {
  db.prepare(
    `INSERT INTO team_records (kind, local_id, uid, server_version, synced_stamp) VALUES (?, 0, ?, 1, ?)
     ON CONFLICT (kind, local_id) DO UPDATE SET synced_stamp = excluded.synced_stamp`,
  ).run(stampKind(r), stampKind(r), hash);
}

/**
 * Takes the team's rules, library, clauses and templates changed since the last pull. Returns
 * how many records changed something here.
 */
export async function pullReference(db: Database, client: pg.Client, isAdmin: boolean): Promise<number> {
  const { rows, upto } = await readWindow<{
    kind: string;
    key: string;
    data: unknown;
    hash: string;
    published_by: string;
  }>(
    db,
    client,
    'reference',
    `SELECT kind, key, data, hash, published_by FROM presales.reference_records
     WHERE txid >= $1::xid8 AND txid < $2::xid8 ORDER BY txid`,
  );
  let applied = 0;
  // Library kinds in their own order: contract templates name clauses, so clauses go first.
  const library = rows
    .filter((row) => libraryKindOf(row.kind, row.key) !== undefined)
    .sort(
      (a, b) =>
        LIBRARY_KINDS.findIndex((k) => k.kind === a.kind && k.key === a.key) -
        LIBRARY_KINDS.findIndex((k) => k.kind === b.kind && k.key === b.key),
    );
  for (const row of library) {
    const k = libraryKindOf(row.kind, row.key);
    const record = { data: row.data, hash: row.hash, publishedBy: row.published_by };
    if (k && applyLibraryRecord(db, k, record, isAdmin)) applied += 1;
  }
  for (const row of rows) {
    const r = REFERENCE_KINDS.find((k) => k.kind === row.kind && k.key === row.key);
    if (!r) continue;
    const localHash = hashOf(r.read(db));
    if (localHash === row.hash) {
      noteHash(db, r, row.hash);
      continue;
    }
    // An admin's own change not pushed yet wins over an older team version; it goes up next.
    // (Never synced is no change: a newly joined admin takes the team's rules.)
    const synced = syncedHash(db, r);
    if (isAdmin && synced !== '' && localHash !== synced) continue;
    const done = db.transaction(() => {
      if (!r.write(db, row.data)) return false;
      noteHash(db, r, hashOf(r.read(db)));
      return true;
    })();
    if (done) applied += 1;
  }
  saveCursor(db, 'reference', upto);
  return applied;
}

/** An admin's rules, library, clauses and templates changed here since the last sync, uploaded. Returns how many. */
export async function pushReference(db: Database, client: pg.Client): Promise<number> {
  let pushed = await pushLibrary(db, client);
  for (const r of REFERENCE_KINDS) {
    const data = r.read(db);
    const hash = hashOf(data);
    if (hash === syncedHash(db, r)) continue;
    await client.query(
      `INSERT INTO presales.reference_records (kind, key, data, hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data, hash = excluded.hash,
         published_by = current_user, published_at = now()`,
      [r.kind, r.key, JSON.stringify(data), hash],
    );
    noteHash(db, r, hash);
    pushed += 1;
  }
  return pushed;
}

/** Local rule changes an admin has not uploaded yet. */
export function pendingReference(db: Database): number {
  return REFERENCE_KINDS.filter((r) => hashOf(r.read(db)) !== syncedHash(db, r)).length;
}
