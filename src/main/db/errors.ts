import type { UnavailableReason } from '../../shared/api/database';

/** Maps an SQLite error to why the database is unavailable. */
export function unavailableReasonOf(error: unknown): UnavailableReason {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB') return 'not-sqlite';
  if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  return 'io';
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
