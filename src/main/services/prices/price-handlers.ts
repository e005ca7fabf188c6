import type { priceMethods } from '../../../shared/contract/prices';
import { AppError } from '../../../shared/result';
import { translator } from '../../../shared/i18n';
import type { AppContext } from '../../app-context';
import type { HandlersFor } from '../../handler';
import { compareVersions } from './compare-versions';
import { exportComparison } from './export-comparison';
import { exportVersion } from './export-version';
import { analyzeJob, previewRows } from './import/analyze-job';
import { commitImport } from './import/commit-import';
import { buildErrorReport } from './import/error-report';
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
  'prices.exportComparison': ({ fromVersionId, toVersionId }, ctx) =>
    exportComparison(compareVersions(ctx.db(), fromVersionId, toVersionId, tr(ctx)), tr(ctx)),
  'prices.export': ({ versionId }, ctx) => exportVersion(ctx.db(), versionId, tr(ctx)),

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
  'imports.analyze': ({ jobId, sheet, headerRow, mapping, baseVersionId }, ctx) =>
    analyzeJob(ctx.db(), jobId, { sheet, headerRow, mapping, baseVersionId }, tr(ctx)),
  'imports.rows': ({ jobId, offset, limit, onlyErrors }, ctx) =>
    previewRows(jobId, { offset, limit, onlyErrors }, tr(ctx)),
  'imports.commit': (input, ctx) => commitImport(ctx.db(), input, tr(ctx)),
  'imports.errorReport': async ({ jobId }, ctx) => {
    const t = tr(ctx);
    const job = readyJob(jobId, t);
    const analysis = job.analysis;
    if (!analysis) throw new AppError('REFUSED', t('err.prices.analyzeFirst'));
    const sheet = job.sheets.find((s) => s.name === analysis.sheet);
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
