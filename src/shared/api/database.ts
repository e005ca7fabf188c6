import { z } from 'zod';
import { method, NoInput } from './common';

export const UNAVAILABLE_REASONS = ['corrupt', 'not-sqlite', 'newer-version', 'locked', 'io'] as const;
export const UnavailableReason = z.enum(UNAVAILABLE_REASONS);
export type UnavailableReason = z.infer<typeof UnavailableReason>;

export const AppStatus = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    dbPath: z.string(),
    schemaVersion: z.number().int(),
    appVersion: z.string(),
  }),
  z.object({
    state: z.literal('unavailable'),
    dbPath: z.string(),
    appVersion: z.string(),
    reason: UnavailableReason,
    /** Values for the reason's message: found/supported schema versions, the SQLite error. */
    detail: z.string(),
    foundVersion: z.number().int().nullable(),
    supportedVersion: z.number().int(),
    /** A localised sentence (the same one the CLI prints). */
    message: z.string(),
  }),
]);
export type AppStatus = z.infer<typeof AppStatus>;

export const TABLES_COUNTED = [
  'company_profile',
  'customers',
  'price_lists',
  'price_list_versions',
  'categories',
  'price_items',
  'solutions',
  'solution_modules',
  'solution_features',
] as const;
export type CountedTable = (typeof TABLES_COUNTED)[number];

export const DbInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  journalMode: z.string(),
  backupsDir: z.string(),
  counts: z.record(z.enum(TABLES_COUNTED), z.number().int()),
});
export type DbInfo = z.infer<typeof DbInfo>;

export const BACKUP_REASONS = ['manual', 'before-migration', 'before-restore', 'imported', 'other'] as const;
export const BackupEntry = z.object({
  /** File name inside the backups folder — never a path: callers cannot point elsewhere. */
  name: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int(),
  /** Schema version inside the backup, or null when the file cannot be read. */
  schemaVersion: z.number().int().nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** A backup name: letters, digits, dot, dash, underscore; no folders. */
export const BackupName = z.string().regex(/^[\w.-]+\.db$/, 'err.format');

export const databaseMethods = {
  'app.status': method({
    input: NoInput,
    output: AppStatus,
    doc: 'Whether the database opened; when it did not, why (the UI then offers restore). Never fails.',
  }),
  'db.info': method({
    input: NoInput,
    output: DbInfo,
    doc: 'Path, schema version and row counts of the open database.',
  }),
  'db.reopen': method({
    input: NoInput,
    output: AppStatus,
    doc: 'Tries to open the database file again (e.g. after another program released it).',
  }),
  'db.startFresh': method({
    input: NoInput,
    output: AppStatus,
    doc: 'Only when the database cannot be opened: moves the file into the backups folder and creates a new one.',
  }),
  'backups.list': method({
    input: NoInput,
    output: z.object({ dir: z.string(), backups: z.array(BackupEntry) }),
    doc: 'Backups in the backups folder, newest first. Works even when the database cannot be opened.',
  }),
  'backups.create': method({
    input: NoInput,
    output: BackupEntry,
    doc: 'Copies the live database with SQLite’s online backup API (safe while it is in use).',
  }),
  'backups.restore': method({
    input: z.object({ name: BackupName }),
    output: z.object({ restored: z.string(), safetyBackup: z.string().nullable(), status: AppStatus }),
    doc: 'Checks the backup, backs up the current file first, then replaces it; a bad backup changes nothing.',
  }),
};
