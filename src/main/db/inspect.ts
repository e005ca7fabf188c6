import Database from 'better-sqlite3';
import type { UnavailableReason } from '../../shared/api/database';
import { messageOf, unavailableReasonOf } from './errors';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type Inspection =
  | { ok: true; schemaVersion: number; empty: boolean }
  | { ok: false; reason: UnavailableReason; detail: string; foundVersion: number | null };

/**
 * Looks at an existing database file read-only, without changing a byte: is it SQLite, is it
 * intact, and is its schema one this version understands?
 */
export function inspectDatabaseFile(path: string, nativeBinding?: string): Inspection {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    const tables = Number(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get());
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') return { ok: false, reason: 'corrupt', detail: check, foundVersion: schemaVersion };
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return {
        ok: false,
        reason: 'newer-version',
        detail: `${schemaVersion} > ${LATEST_SCHEMA_VERSION}`,
        foundVersion: schemaVersion,
      };
    }
    return { ok: true, schemaVersion, empty: tables === 0 };
  } catch (error) {
    return { ok: false, reason: unavailableReasonOf(error), detail: messageOf(error), foundVersion: null };
  } finally {
    db?.close();
  }
}
