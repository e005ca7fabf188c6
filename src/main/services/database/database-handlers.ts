import type { databaseMethods } from '../../../shared/api/database';
import type { HandlersFor } from '../../handler';
import { createBackup, listBackups } from '../../db/backups';
import { databaseInfo } from './database-info';
import { restoreBackup, startFresh } from './restore-backup';

export const databaseHandlers: HandlersFor<keyof typeof databaseMethods> = {
  'app.status': (_input, ctx) => ctx.status(),
  'db.info': (_input, ctx) => databaseInfo(ctx.db(), ctx.dbPath, ctx.backupsDir),
  'db.reopen': async (_input, ctx) => {
    await ctx.reopen();
    return ctx.status();
  },
  'db.startFresh': async (_input, ctx) => {
    await startFresh(ctx);
    return ctx.status();
  },
  'backups.list': (_input, ctx) => ({
    dir: ctx.backupsDir,
    backups: listBackups(ctx.backupsDir, ctx.options.nativeBinding),
  }),
  'backups.create': (_input, ctx) => createBackup(ctx.db(), ctx.backupsDir, 'manual'),
  'backups.restore': async ({ name }, ctx) => {
    const outcome = await restoreBackup(ctx, name);
    return { ...outcome, status: ctx.status() };
  },
};
