import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { translator } from '../../../shared/i18n';
import type { AppContext } from '../../app-context';
import { createBackup, quarantineFileName } from '../../db/backups';
import { inspectDatabaseFile } from '../../db/inspect';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

export interface RestoreOutcome {
  restored: string;
  safetyBackup: string | null;
}

/**
 * Replaces the database with a backup from the backups folder. Order matters for "nothing
 * lost": check the backup first (a bad one changes nothing), then keep the current file (as a
 * backup if it opens, moved aside if it is damaged), then copy the backup into place.
 */
export async function restoreBackup(ctx: AppContext, name: string): Promise<RestoreOutcome> {
  const t = translator(ctx.locale());
  const source = path.join(ctx.backupsDir, name);
  if (path.dirname(source) !== ctx.backupsDir || !fs.existsSync(source)) {
    throw new AppError('NOT_FOUND', t('err.notFound', { what: name }), { name: t('err.backupName', { name }) });
  }
  const inspection = inspectDatabaseFile(source, ctx.options.nativeBinding);
  if (!inspection.ok) {
    const reason = t(`dbError.${inspection.reason}`, {
      detail: inspection.detail,
      found: inspection.foundVersion ?? '?',
      supported: LATEST_SCHEMA_VERSION,
    });
    throw new AppError('REFUSED', t('err.backupInvalid', { detail: reason }));
  }

  let safetyBackup: string | null = null;
  let movedAside: string | null = null;
  if (ctx.isReady) {
    safetyBackup = (await createBackup(ctx.db(), ctx.backupsDir, 'before-restore')).name;
    ctx.close();
  } else if (fs.existsSync(ctx.dbPath)) {
    safetyBackup = quarantineFileName(new Date(), path.basename(ctx.dbPath));
    movedAside = path.join(ctx.backupsDir, safetyBackup);
    ctx.moveDatabaseFileTo(movedAside);
  }
  // The current connection is closed, so its WAL has been checkpointed and removed; a stale
  // -wal/-shm beside the file would be replayed onto the restored copy, so none may remain.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(ctx.dbPath + suffix, { force: true });
  const temporary = `${ctx.dbPath}.restoring`;
  try {
    fs.copyFileSync(source, temporary);
    fs.renameSync(temporary, ctx.dbPath);
  } catch (error) {
    // The copy failed (disk full, no permission): the current file was not replaced. Put back a
    // damaged file moved aside, and open the database again as it was.
    fs.rmSync(temporary, { force: true, recursive: true });
    if (movedAside !== null && !fs.existsSync(ctx.dbPath)) {
      for (const suffix of ['', '-wal', '-shm'])
        if (fs.existsSync(movedAside + suffix)) fs.renameSync(movedAside + suffix, ctx.dbPath + suffix);
    }
    await ctx.reopen();
    throw error;
  }
  await ctx.reopen();
  return { restored: name, safetyBackup };
}

/** Only when the file cannot be opened: keep it in the backups folder and start a new database. */
export async function startFresh(ctx: AppContext): Promise<void> {
  if (ctx.isReady) throw new AppError('REFUSED', translator(ctx.locale())('err.startFreshRefused'));
  if (fs.existsSync(ctx.dbPath)) {
    ctx.moveDatabaseFileTo(path.join(ctx.backupsDir, quarantineFileName(new Date(), path.basename(ctx.dbPath))));
  }
  await ctx.reopen();
}
