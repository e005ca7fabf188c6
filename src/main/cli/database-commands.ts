import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { translator } from '../../shared/i18n';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { formatBytes } from '../../shared/format';
import { CliFailure, unwrap } from './output';

export function registerDatabaseCommands(program: Command, { io, openContext }: CliEnv): void {
  const db = program.command('db').description('the database file');
  db.command('info')
    .description('path, schema version and row counts')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const info = unwrap(await invoke(ctx, 'db.info', {}));
      if (opts.json) return io.out(JSON.stringify(info, null, 2));
      const t = translator(ctx.locale());
      const lines = [
        `${t('cli.path')}: ${info.path}`,
        `${t('cli.schemaVersion')}: ${info.schemaVersion} / ${info.latestSchemaVersion}`,
        `${t('cli.size')}: ${formatBytes(info.sizeBytes)}`,
        `${t('cli.journalMode')}: ${info.journalMode}`,
        `${t('cli.backupsDir')}: ${info.backupsDir}`,
        `${t('cli.counts')}:`,
        ...Object.entries(info.counts).map(([table, n]) => `  ${t(`overview.tables.${table}`)} (${table}): ${n}`),
      ];
      io.out(lines.join('\n'));
    });

  program
    .command('backup')
    .description('back up the database now (SQLite online backup; safe while the app runs)')
    .action(async () => {
      const ctx = await openContext();
      const entry = unwrap(await invoke(ctx, 'backups.create', {}));
      io.out(translator(ctx.locale())('cli.backupCreated', { file: path.join(ctx.backupsDir, entry.name) }));
    });

  program
    .command('restore <file>')
    .description(
      'replace the database with a backup (a name from the backup folder, or any file); the current database is backed up first',
    )
    .action(async (file: string) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      let name = path.basename(file);
      let imported: string | null = null;
      const inBackups = path.join(ctx.backupsDir, name);
      if (!(fs.existsSync(inBackups) && (file === name || path.resolve(file) === inBackups))) {
        if (!fs.existsSync(file)) throw new CliFailure(t('cli.fileNotFound', { file }));
        // A file from elsewhere is first copied into the backup folder, so the app lists it too.
        const { backupFileName } = await import('../db/backups');
        name = backupFileName(new Date(), 'imported');
        imported = path.join(ctx.backupsDir, name);
        fs.mkdirSync(ctx.backupsDir, { recursive: true });
        fs.copyFileSync(file, imported);
      }
      const result = await invoke(ctx, 'backups.restore', { name });
      if (!result.ok && imported) fs.rmSync(imported, { force: true });
      const outcome = unwrap(result);
      io.out(t('cli.restored', { file }));
      if (outcome.safetyBackup)
        io.out(t('cli.safetyBackup', { file: path.join(ctx.backupsDir, outcome.safetyBackup) }));
    });
}
