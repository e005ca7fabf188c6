import { randomUUID } from 'node:crypto';
import type { TFunction } from 'i18next';
import type { ColumnMapping, ImportStatus } from '../../../../shared/api/prices';
import { AppError } from '../../../../shared/result';
import { describeImportFileError, ImportFileError } from './import-file-error';
import type { ValidatedRow } from './analyze-rows';

export type SheetRows = (string | null)[][];

/** The choices the last analysis used, and its results, kept for preview and commit. */
export interface JobAnalysis {
  sheet: string;
  headerRowIndex: number;
  mapping: ColumnMapping;
  mappingRemembered: boolean;
  validated: ValidatedRow[];
  baseVersionId: number | null;
  /** Upper-case codes of the base version, to tell "add" from "update". */
  baseCodes: Set<string>;
}

export interface ImportJob {
  id: string;
  fileName: string;
  fileSize: number;
  state: ImportStatus['state'];
  rowsRead: number;
  fraction: number;
  error: string | null;
  sheets: { name: string; rows: SheetRows }[];
  analysis: JobAnalysis | null;
  startedAt: Date;
  controller: AbortController;
  /** Resolves when reading has finished, failed or been cancelled (the CLI awaits it). */
  finished: Promise<void>;
}

/** A file is read once and kept while the user maps columns and previews; a few at most. */
const MAX_JOBS = 3;
const jobs = new Map<string, ImportJob>();

export function statusOf(job: ImportJob): ImportStatus {
  return {
    jobId: job.id,
    state: job.state,
    fileName: job.fileName,
    rowsRead: job.rowsRead,
    fraction: job.fraction,
    error: job.error,
    sheets: job.sheets.map((sheet) => sheet.name),
  };
}

/** Starts reading in the background; nothing touches the database until commit. */
export function startImportJob(fileName: string, bytes: Buffer, t: TFunction): ImportJob {
  const controller = new AbortController();
  const job: ImportJob = {
    id: randomUUID(),
    fileName,
    fileSize: bytes.length,
    state: 'reading',
    rowsRead: 0,
    fraction: 0,
    error: null,
    sheets: [],
    analysis: null,
    startedAt: new Date(),
    controller,
    finished: Promise.resolve(),
  };
  // The readers (exceljs, csv-parse) are loaded with the first file, not when the app or CLI starts.
  job.finished = import('./read-price-file')
    .then(({ readPriceFile }) =>
      readPriceFile(bytes, fileName, {
        signal: controller.signal,
        onProgress: ({ rowsRead, fraction }) => {
          job.rowsRead = rowsRead;
          job.fraction = fraction;
        },
      }),
    )
    .then(
      ({ sheets }) => {
        job.sheets = sheets;
        job.rowsRead = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
        job.fraction = 1;
        job.state = 'ready';
      },
      (error: unknown) => {
        const cancelled = error instanceof ImportFileError && error.reason === 'cancelled';
        job.state = cancelled ? 'cancelled' : 'failed';
        job.error = error instanceof ImportFileError ? describeImportFileError(error, fileName, t) : String(error);
      },
    );
  jobs.set(job.id, job);
  while (jobs.size > MAX_JOBS) {
    const oldest = jobs.keys().next().value;
    if (oldest === undefined) break;
    jobs.get(oldest)?.controller.abort();
    jobs.delete(oldest);
  }
  return job;
}

export function getJob(jobId: string, t: TFunction): ImportJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', t('err.prices.importJobGone'));
  return job;
}

/** The job, once its file has been read successfully; else a clear refusal. */
export function readyJob(jobId: string, t: TFunction): ImportJob {
  const job = getJob(jobId, t);
  if (job.state === 'reading') throw new AppError('REFUSED', t('err.prices.importStillReading'));
  if (job.state !== 'ready') throw new AppError('REFUSED', job.error ?? t('err.prices.importJobGone'));
  return job;
}

export function cancelJob(jobId: string, t: TFunction): ImportJob {
  const job = getJob(jobId, t);
  if (job.state === 'reading') job.controller.abort();
  return job;
}

export function forgetJob(jobId: string): void {
  jobs.delete(jobId);
}
