import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { AppStatus, UnavailableReason } from '../shared/api/database';
import { AppError } from '../shared/result';
import { DEFAULT_LOCALE, type Locale } from '../shared/locale';
import { translator } from '../shared/i18n';
import { backupsDirFor } from './db/backups';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { openDatabase } from './db/open-database';
import { schemaVersionOf } from './db/migrate';
import { readSettings } from './services/settings/settings-repository';
import { ensureStandardLibrary } from './services/contracts/clause-repository';
import { loadDemoData } from './services/demo/demo-service';
import { APP_VERSION } from './app-version';

export interface AppContextOptions {
  dbPath: string;
  /** better_sqlite3.node built for Electron; omitted under plain Node. */
  nativeBinding?: string;
  /** Seed demo data when the database file is created (the app and browser mode do; the CLI does not). */
  seedDemoOnCreate: boolean;
  /** Told when the user changes the UI language (the Electron menu rebuilds itself). */
  onLocaleChanged?: (locale: Locale) => void;
}

type Unavailable = { reason: UnavailableReason; detail: string; foundVersion: number | null };

/**
 * Owns the one database connection of a process (app, bridge or CLI) and knows whether it is
 * usable. Services get the connection through `db()`, which fails with DB_UNAVAILABLE when the
 * file could not be opened, so the UI can show the restore screen instead of crashing.
 */
export class AppContext {
  readonly dbPath: string;
  readonly backupsDir: string;
  private connection: Database | null = null;
  private unavailable: Unavailable | null = null;

  constructor(readonly options: AppContextOptions) {
    this.dbPath = path.resolve(options.dbPath);
    this.backupsDir = backupsDirFor(this.dbPath);
  }

  static async open(options: AppContextOptions): Promise<AppContext> {
    const ctx = new AppContext(options);
    await ctx.reopen();
    return ctx;
  }

  /** (Re)opens the database file; used at start, after a restore and after "start fresh". */
  async reopen(): Promise<void> {
    this.close();
    const result = await openDatabase({ path: this.dbPath, nativeBinding: this.options.nativeBinding });
    if (result.state === 'ready') {
      this.connection = result.db;
      this.unavailable = null;
      ensureStandardLibrary(result.db);
      if (result.created && this.options.seedDemoOnCreate) loadDemoData(result.db);
    } else {
      this.unavailable = { reason: result.reason, detail: result.detail, foundVersion: result.foundVersion };
    }
  }

  get isReady(): boolean {
    return this.connection !== null;
  }

  db(): Database {
    if (this.connection) return this.connection;
    const t = translator(this.locale());
    throw new AppError('DB_UNAVAILABLE', t('err.dbUnavailable', { reason: this.statusMessage() }));
  }

  /** The language for messages: the user's choice, else Chinese. */
  locale(): Locale {
    if (!this.connection) return DEFAULT_LOCALE;
    return readSettings(this.connection).locale ?? DEFAULT_LOCALE;
  }

  localeChanged(locale: Locale): void {
    this.options.onLocaleChanged?.(locale);
  }

  private statusMessage(): string {
    if (!this.unavailable) return '';
    const t = translator(this.locale());
    const { reason, detail, foundVersion } = this.unavailable;
    return t(`dbError.${reason}`, { detail, found: foundVersion ?? '?', supported: LATEST_SCHEMA_VERSION });
  }

  status(): AppStatus {
    if (this.connection) {
      return {
        state: 'ready',
        dbPath: this.dbPath,
        schemaVersion: schemaVersionOf(this.connection),
        appVersion: APP_VERSION,
      };
    }
    const u = this.unavailable ?? { reason: 'io' as const, detail: 'not opened', foundVersion: null };
    return {
      state: 'unavailable',
      dbPath: this.dbPath,
      appVersion: APP_VERSION,
      reason: u.reason,
      detail: u.detail,
      foundVersion: u.foundVersion,
      supportedVersion: LATEST_SCHEMA_VERSION,
      message: this.statusMessage(),
    };
  }

  /** Moves the database file (and its WAL/SHM companions) aside, e.g. into the backups folder. */
  moveDatabaseFileTo(target: string): void {
    this.close();
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(this.dbPath, target);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(this.dbPath + suffix)) fs.renameSync(this.dbPath + suffix, target + suffix);
    }
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }
}
