import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/api/settings';
import { LOCALES, type Locale } from '../../../shared/locale';

export function readSetting(db: Database, key: string): string | null {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  return typeof value === 'string' ? value : null;
}

export function writeSetting(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function readSettings(db: Database): Settings {
  const locale = readSetting(db, 'ui.locale');
  return { locale: (LOCALES as readonly string[]).includes(locale ?? '') ? (locale as Locale) : null };
}
