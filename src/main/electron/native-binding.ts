import fs from 'node:fs';
import path from 'node:path';
import { app, dialog } from 'electron';
import { translator } from '../../shared/i18n';
import { localeFromTag } from '../../shared/locale';

/**
 * node_modules/better-sqlite3 is built for Node (tests and the CLI need it), so the app loads a
 * second copy built for Electron's ABI, made by scripts/electron-native.mjs.
 */
export function electronNativeBindingPath(): string {
  const flavour = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  return path.join(app.getAppPath(), '.native', 'better-sqlite3', flavour, 'better_sqlite3.node');
}

/** The binding's path, or null after telling the user how to make it (the caller then quits). */
export function findNativeBinding(): string | null {
  const file = electronNativeBindingPath();
  if (fs.existsSync(file)) return file;
  // No database yet, so no saved language: follow the system's.
  const t = translator(localeFromTag(app.getLocale()));
  dialog.showErrorBox(t('app.title'), t('err.nativeMissing', { path: file }));
  return null;
}
