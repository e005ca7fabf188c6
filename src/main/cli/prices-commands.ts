import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { ColumnMapping, ImportField, ImportResult } from '../../shared/api/prices';
import { translator } from '../../shared/i18n';
import { formatYuan } from '../../shared/money';
import type { AppContext } from '../app-context';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { CliFailure, unwrap } from './output';

interface ImportOptions {
  sheet?: string;
  map?: string;
  validOnly?: boolean;
  onDuplicate: 'update' | 'skip' | 'error';
  dryRun?: boolean;
  json?: boolean;
}

/** Column letter (A, AB) → 0-based index. */
function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * --map file: { "price": "F" } (column letter), { "price": 5 } (0-based index) or
 * { "price": "牌价" } (header text). Header texts are resolved against the detected header row.
 */
function readMapping(file: string, headers: string[], fields: readonly ImportField[], t: TFunction): ColumnMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliFailure(
      t('cli.prices.mapUnreadable', { file, detail: error instanceof Error ? error.message : String(error) }),
    );
  }
  if (typeof raw !== 'object' || raw === null)
    throw new CliFailure(t('cli.prices.mapUnreadable', { file, detail: 'not an object' }));
  const mapping: ColumnMapping = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!(fields as readonly string[]).includes(field))
      throw new CliFailure(t('cli.prices.mapUnknownField', { field, file }));
    let index: number;
    if (typeof value === 'number') index = value;
    else if (typeof value === 'string' && /^[A-Za-z]{1,3}$/.test(value)) index = columnIndex(value);
    else if (typeof value === 'string') index = headers.findIndex((h) => h.trim() === value.trim());
    else index = -1;
    if (index < 0) throw new CliFailure(t('cli.prices.mapUnknownColumn', { field, value: String(value), file }));
    mapping[field as ImportField] = index;
  }
  return mapping;
}

async function waitForFile(ctx: AppContext, jobId: string) {
  for (;;) {
    const status = unwrap(await invoke(ctx, 'imports.status', { jobId }));
    if (status.state !== 'reading') return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Finds a version by id or label; default: the newest draft (for publish) or the current version. */
async function resolveVersion(ctx: AppContext, wanted: string | undefined, prefer: 'draft' | 'current', t: TFunction) {
  const versions = unwrap(await invoke(ctx, 'prices.versions', {}));
  const found = wanted
    ? versions.find((v) => String(v.id) === wanted || v.label === wanted)
    : prefer === 'draft'
      ? versions.find((v) => v.status === 'draft')
      : (versions.find((v) => v.isCurrent) ?? versions[0]);
  if (!found)
    throw new CliFailure(wanted ? t('cli.prices.noSuchVersion', { version: wanted }) : t('cli.prices.noVersion'));
  return found;
}

export function registerPriceCommands(program: Command, { io, openContext }: CliEnv): void {
  const prices = program.command('prices').description('the standard price list (标准价格体系)');

  prices
    .command('import <file>')
    .description('import an .xlsx or .csv price list into a new draft version (all or nothing by default)')
    .option('--sheet <name>', 'sheet to read (default: the first one with a recognisable header)')
    .option('--map <mapping.json>', 'column mapping: {"price": "F"} / {"price": 5} / {"price": "牌价"}')
    .option('--valid-only', 'import the valid rows and report the others')
    .option('--on-duplicate <policy>', 'a code already in the current version: update | skip | error', 'update')
    .option('--dry-run', 'check the file and report, write nothing')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: ImportOptions) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      if (!['update', 'skip', 'error'].includes(opts.onDuplicate)) {
        throw new CliFailure(t('cli.prices.badPolicy', { value: opts.onDuplicate }));
      }
      if (!fs.existsSync(file)) throw new CliFailure(t('cli.fileNotFound', { file }));
      const started = unwrap(
        await invoke(ctx, 'imports.start', {
          fileName: path.basename(file),
          dataBase64: fs.readFileSync(file).toString('base64'),
        }),
      );
      const status = await waitForFile(ctx, started.jobId);
      if (status.state !== 'ready') throw new CliFailure(status.error ?? status.state);
      let analysis = unwrap(await invoke(ctx, 'imports.analyze', { jobId: started.jobId, sheet: opts.sheet }));
      if (opts.map) {
        // The contract's modules (zod schemas) load with the command, not at start.
        const { IMPORT_FIELDS } = await import('../../shared/api/prices');
        const mapping = readMapping(
          opts.map,
          analysis.columns.map((c) => c.header),
          IMPORT_FIELDS,
          t,
        );
        analysis = unwrap(
          await invoke(ctx, 'imports.analyze', { jobId: started.jobId, sheet: analysis.sheet, mapping }),
        );
      }
      if (analysis.missingFields.length > 0) {
        throw new CliFailure(
          t('cli.prices.missingFields', {
            fields: analysis.missingFields.map((f) => t(`prices.columns.${f}`)).join('、'),
          }),
        );
      }
      const preview = unwrap(
        await invoke(ctx, 'imports.rows', { jobId: started.jobId, offset: 0, limit: 1000, onlyErrors: true }),
      );
      const rowErrors = preview.rows.flatMap((row) =>
        row.errors.map((e) => ({ row: row.row, column: e.column, message: e.message })),
      );
      let result: Omit<ImportResult, 'importId' | 'versionId'> & { versionId: number | null; dryRun: boolean };
      if (opts.dryRun) {
        const updates = opts.onDuplicate === 'update' ? analysis.existingCodes : 0;
        result = {
          dryRun: true,
          versionId: null,
          imported: analysis.validRows - analysis.existingCodes,
          updated: updates,
          skipped: opts.onDuplicate === 'skip' ? analysis.existingCodes : 0,
          errors: rowErrors,
        };
      } else {
        const committed = await invoke(ctx, 'imports.commit', {
          jobId: started.jobId,
          mode: opts.validOnly ? 'valid-only' : 'all',
          onDuplicate: opts.onDuplicate,
        });
        if (!committed.ok) {
          if (opts.json) {
            io.out(
              JSON.stringify(
                { imported: 0, updated: 0, skipped: 0, errors: rowErrors, message: committed.error.message },
                null,
                2,
              ),
            );
            throw new CliFailure(committed.error.message);
          }
          throw new CliFailure(
            [committed.error.message, ...rowErrors.map((e) => `  ${t('cli.prices.rowError', e)}`)].join('\n'),
          );
        }
        result = { ...committed.data, dryRun: false };
      }
      if (opts.json) io.out(JSON.stringify(result, null, 2));
      else {
        io.out(t(result.dryRun ? 'cli.prices.dryRunSummary' : 'cli.prices.importSummary', result));
        for (const error of result.errors) io.out(`  ${t('cli.prices.rowError', error)}`);
      }
      if (!result.dryRun && result.imported + result.updated === 0)
        throw new CliFailure(t('err.prices.nothingToImport'));
    });

  prices
    .command('export <file>')
    .description('write a version as a formatted .xlsx (imports back unchanged)')
    .option('--version <version>', 'version id or label (default: the current version)')
    .action(async (file: string, opts: { version?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const version = await resolveVersion(ctx, opts.version, 'current', t);
      const output = unwrap(await invoke(ctx, 'prices.export', { versionId: version.id }));
      fs.writeFileSync(file, Buffer.from(output.dataBase64, 'base64'));
      io.out(t('cli.prices.exported', { file, label: version.label, count: version.itemCount }));
    });

  prices
    .command('search <text>')
    .description('find items by code prefix, name/spec substring or pinyin initials (current version)')
    .option('--limit <n>', 'at most this many results', '20')
    .option('--json', 'machine-readable output')
    .action(async (text: string, opts: { limit: string; json?: boolean }) => {
      const ctx = await openContext();
      const items = unwrap(
        await invoke(ctx, 'prices.search', { text, limit: Math.max(1, Math.min(200, Number(opts.limit) || 20)) }),
      );
      if (opts.json) return io.out(JSON.stringify(items, null, 2));
      for (const item of items)
        io.out(`${item.code}\t${item.name}\t${item.spec}\t${item.unit}\t${formatYuan(item.priceFen)}`);
    });

  prices
    .command('versions')
    .description('versions of the price list, newest first')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const versions = unwrap(await invoke(ctx, 'prices.versions', {}));
      if (opts.json) return io.out(JSON.stringify(versions, null, 2));
      for (const v of versions) {
        const state = v.isCurrent ? t('prices.status.current') : t(`prices.status.${v.status}`);
        io.out(`#${v.id}\t${v.label}\t${state}\t${v.effectiveDate ?? '—'}\t${v.itemCount}`);
      }
    });

  prices
    .command('publish')
    .description('publish a draft (default: the newest draft) with an effective date (default: today)')
    .option('--version <version>', 'draft id or label')
    .option('--effective <date>', 'YYYY-MM-DD')
    .action(async (opts: { version?: string; effective?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const version = await resolveVersion(ctx, opts.version, 'draft', t);
      const d = new Date();
      const todayText = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const published = unwrap(
        await invoke(ctx, 'prices.publish', { versionId: version.id, effectiveDate: opts.effective ?? todayText }),
        (field) => (field === 'effectiveDate' ? '--effective' : field),
      );
      io.out(t('cli.prices.published', { label: published.label, date: published.effectiveDate }));
    });
}
