import { ImportFileError } from './import-file-error';
import { readCsvRows } from './read-csv-rows';
import { readXlsxSheets, type SheetRows } from './read-xlsx-sheets';
import { sniffFileKind } from './sniff-file';

export { describeImportFileError, ImportFileError, type ImportFileErrorReason } from './import-file-error';
export type { SheetRows } from './read-xlsx-sheets';

export interface ReadPriceFileOptions {
  /** Aborting stops reading between rows; the promise rejects with reason 'cancelled'. */
  signal?: AbortSignal;
  /** Called about every 1,000 rows and once at the end with fraction 1. */
  onProgress?: (progress: { rowsRead: number; fraction: number }) => void;
  /** Default 200,000: past it reading stops at once ('tooManyRows'). */
  maxRows?: number;
  /** Default 50 MB ('tooLarge'). */
  maxBytes?: number;
}

export interface PriceFileSheet {
  name: string;
  /** Row i is the sheet's row i + 1; each cell is its display text, or null when empty. */
  rows: SheetRows;
}

export const DEFAULT_MAX_ROWS = 200_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads a price list file into memory as text cells — an .xlsx (its sheets read as they inflate) or a
 * .csv — whatever its name says. Refuses, with an ImportFileError, anything it cannot read in
 * full: the caller has changed nothing yet, so a refusal leaves everything as it was.
 */
export async function readPriceFile(
  bytes: Buffer,
  fileName: string,
  options: ReadPriceFileOptions = {},
): Promise<{ sheets: PriceFileSheet[] }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ImportFileError('tooLarge', `${bytes.length} bytes`, { limit: maxBytes, actual: bytes.length });
  }
  if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled before reading');
  const readOptions = {
    signal: options.signal,
    onProgress: options.onProgress,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
  };
  const sheets =
    sniffFileKind(bytes, fileName) === 'xlsx'
      ? await readXlsxSheets(bytes, readOptions)
      : [{ name: csvSheetName(fileName), rows: await readCsvRows(bytes, readOptions) }];
  if (!sheets.some((sheet) => sheet.rows.length > 0)) throw new ImportFileError('empty', 'no sheet holds a value');
  return { sheets };
}

/** A CSV has one unnamed sheet; Excel names it after the file, and so do we. */
function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base === '' ? 'Sheet1' : base.slice(0, 31);
}
