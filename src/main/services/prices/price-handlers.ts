import type { priceMethods } from '../../../shared/api/prices';
import { AppError } from '../../../shared/result';
import { translator } from '../../../shared/i18n';
import type { AppContext } from '../../app-context';
import type { HandlersFor } from '../../handler';
import { compareVersions } from './compare-versions';
import { cancelJob, getJob, readyJob, startImportJob, statusOf } from './import/import-jobs';
import { importLog, undoLastImport } from './import/import-log';
import { deleteItem, getItem, listCategories, listItems, saveItem } from './item-repository';
import {
  currentVersionId,
  deleteDraft,
  getVersion,
  insertDraft,
  listVersions,
  publishVersion,
  today,
} from './price-list-repository';
import { indexVersion } from './search/search-index';
import { searchItemIds } from './search/search-items';

const tr = (ctx: AppContext) => translator(ctx.locale());

// The .xlsx writers (exceljs) and the import pipeline are loaded on their first use, not at start.
const exportModule = () => import('./export-version');
const comparisonModule = () => import('./export-comparison');
const analyzeModule = () => import('./import/analyze-job');
const commitModule = () => import('./import/commit-import');
const errorReportModule = () => import('./import/error-report');

/** Largest file accepted over the contract (base64 adds a third on top). */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const priceHandlers: HandlersFor<keyof typeof priceMethods> = {
  'prices.versions': (_input, ctx) => listVersions(ctx.db()),
  'prices.createDraft': ({ fromVersionId, label }, ctx) => {
    const db = ctx.db();
    const t = tr(ctx);
    if (fromVersionId !== null) getVersion(db, fromVersionId, t);
    const id = db.transaction(() => {
      const versionId = insertDraft(db, fromVersionId, label || t('prices.draftLabel', { date: today() }));
      indexVersion(db, versionId);
      return versionId;
    })();
    return getVersion(db, id, t);
  },
  'prices.publish': ({ versionId, effectiveDate, label }, ctx) =>
    publishVersion(ctx.db(), versionId, effectiveDate, tr(ctx), label),
  'prices.deleteDraft': ({ versionId }, ctx) => {
    deleteDraft(ctx.db(), versionId, tr(ctx));
    return { deleted: versionId };
  },
  'prices.items': (input, ctx) => {
    getVersion(ctx.db(), input.versionId, tr(ctx));
    return listItems(ctx.db(), input);
  },
  'prices.search': ({ versionId, text, limit }, ctx) => {
    const db = ctx.db();
    const version = versionId ?? currentVersionId(db);
    if (version === null) return [];
    return searchItemIds(db, version, text, limit).flatMap((id) => getItem(db, id) ?? []);
  },
  'prices.saveItem': ({ versionId, item }, ctx) => saveItem(ctx.db(), versionId, item, tr(ctx)),
  'prices.deleteItem': ({ versionId, id }, ctx) => {
    deleteItem(ctx.db(), versionId, id, tr(ctx));
    return { deleted: id };
  },
  'prices.categories': (_input, ctx) => listCategories(ctx.db()),
  'prices.compare': ({ fromVersionId, toVersionId }, ctx) =>
    compareVersions(ctx.db(), fromVersionId, toVersionId, tr(ctx)),
  'prices.exportComparison': async ({ fromVersionId, toVersionId }, ctx) => {
    const comparison = compareVersions(ctx.db(), fromVersionId, toVersionId, tr(ctx));
    return (await comparisonModule()).exportComparison(comparison, tr(ctx));
  },
  'prices.export': async ({ versionId }, ctx) => (await exportModule()).exportVersion(ctx.db(), versionId, tr(ctx)),

  'imports.start': ({ fileName, dataBase64 }, ctx) => {
    const t = tr(ctx);
    ctx.db(); // an import needs a usable database at the end; say so before reading
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > MAX_UPLOAD_BYTES) {
      throw new AppError(
        'REFUSED',
        t('err.prices.fileTooLargeUpload', { file: fileName, mb: MAX_UPLOAD_BYTES / 1024 / 1024 }),
      );
    }
    return statusOf(startImportJob(fileName, bytes, t));
  },
  'imports.status': ({ jobId }, ctx) => statusOf(getJob(jobId, tr(ctx))),
  'imports.cancel': ({ jobId }, ctx) => statusOf(cancelJob(jobId, tr(ctx))),
  'imports.analyze': async ({ jobId, sheet, headerRow, mapping, baseVersionId }, ctx) =>
    (await analyzeModule()).analyzeJob(ctx.db(), jobId, { sheet, headerRow, mapping, baseVersionId }, tr(ctx)),
  'imports.rows': async ({ jobId, offset, limit, onlyErrors }, ctx) =>
    (await analyzeModule()).previewRows(jobId, { offset, limit, onlyErrors }, tr(ctx)),
  'imports.commit': async (input, ctx) => (await commitModule()).commitImport(ctx.db(), input, tr(ctx)),
  'imports.errorReport': async ({ jobId }, ctx) => {
    const t = tr(ctx);
    const job = readyJob(jobId, t);
    const analysis = job.analysis;
    if (!analysis) throw new AppError('REFUSED', t('err.prices.analyzeFirst'));
    const sheet = job.sheets.find((s) => s.name === analysis.sheet);
    const { buildErrorReport } = await errorReportModule();
    const buffer = await buildErrorReport({
      sheetName: analysis.sheet,
      headerCells: sheet?.rows[analysis.headerRowIndex] ?? [],
      rows: sheet?.rows ?? [],
      validated: analysis.validated,
      t,
    });
    const base = job.fileName.replace(/\.[^.]+$/, '');
    return { fileName: `${base}-${t('prices.import.errorsSuffix')}.xlsx`, dataBase64: buffer.toString('base64') };
  },
  'imports.log': (_input, ctx) => importLog(ctx.db()),
  'imports.undoLast': (_input, ctx) => undoLastImport(ctx.db(), tr(ctx)),
};
