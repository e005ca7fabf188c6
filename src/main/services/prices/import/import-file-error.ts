import type { TFunction } from 'i18next';

export const IMPORT_FILE_ERROR_REASONS = [
  'notExcel',
  'renamedText',
  'encrypted',
  'oldXls',
  'damaged',
  'empty',
  'tooLarge',
  'tooManyRows',
  'cancelled',
] as const;
export type ImportFileErrorReason = (typeof IMPORT_FILE_ERROR_REASONS)[number];

/**
 * Why a whole file cannot be imported. `detail` is for logs and tests (technical, English); the
 * user reads describeImportFileError's message, which names the file and says what to do.
 */
export class ImportFileError extends Error {
  readonly reason: ImportFileErrorReason;
  readonly detail: string;
  /** The limit that was passed (bytes for tooLarge, rows for tooManyRows). */
  readonly limit: number | undefined;
  /** The file's size in bytes, for tooLarge. */
  readonly actual: number | undefined;

  constructor(reason: ImportFileErrorReason, detail: string, figures: { limit?: number; actual?: number } = {}) {
    super(`${reason}: ${detail}`);
    this.name = 'ImportFileError';
    this.reason = reason;
    this.detail = detail;
    this.limit = figures.limit;
    this.actual = figures.actual;
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** The message for the user, in their language. */
export function describeImportFileError(error: ImportFileError, fileName: string, t: TFunction): string {
  const params: Record<string, string> = { file: fileName };
  if (error.reason === 'tooLarge') {
    params.size = megabytes(error.actual ?? 0);
    params.limit = megabytes(error.limit ?? 0);
  } else if (error.reason === 'tooManyRows') {
    params.limit = (error.limit ?? 0).toLocaleString('en-US');
  }
  return t(`err.prices.importFile.${error.reason}`, params);
}
