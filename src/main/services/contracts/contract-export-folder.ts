import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locale';
import { AppError } from '../../../shared/result';
import { lastExportFolder } from '../quotes/quote-settings';
import { readSetting, writeSetting } from '../settings/settings-repository';
import { exportContract, type ContractFormat } from './contract-export';

/**
 * Contract documents written into a folder, like quotes: the folder is remembered under its own
 * key, so the next contract export (and the desktop folder dialog) starts there. Until a contract
 * was exported, that is where quotes were last exported to.
 */

export const CONTRACT_EXPORT_FOLDER_KEY = 'contracts.exportFolder';

export function lastContractExportFolder(db: Database): string {
  return readSetting(db, CONTRACT_EXPORT_FOLDER_KEY) ?? lastExportFolder(db);
}

export function rememberContractExportFolder(db: Database, folder: string): void {
  writeSetting(db, CONTRACT_EXPORT_FOLDER_KEY, folder);
}

/** Writes one document into `folder` (created if missing); a refused export writes nothing. */
export async function exportContractToFolder(
  db: Database,
  input: { id: number; revision?: number | undefined; format: ContractFormat; locale: Locale; folder: string },
  t: TFunction,
): Promise<{ path: string; bytes: number }> {
  // The document is made first: a contract with unresolved fields is refused before any file exists.
  const file = await exportContract(db, input, t);
  const data = Buffer.from(file.dataBase64, 'base64');
  const folder = path.resolve(input.folder);
  try {
    fs.mkdirSync(folder, { recursive: true });
    const target = path.join(folder, file.fileName);
    // Write then rename: a reader never sees half a file, and a failure leaves no stub behind.
    const temporary = `${target}.part`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, target);
    rememberContractExportFolder(db, folder);
    return { path: target, bytes: data.length };
  } catch (error) {
    throw new AppError('REFUSED', t('err.quotes.writeFailed', { folder, detail: (error as Error).message }));
  }
}
