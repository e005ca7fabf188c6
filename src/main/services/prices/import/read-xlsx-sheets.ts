import { dateCellFormats } from './date-styles';
import { ImportFileError } from './import-file-error';
import { fillMergedCells } from './merged-cells';
import { SharedStringsHandler, WorksheetHandler } from './sheet-xml';
import { sheetsByPart, usesDate1904 } from './workbook-sheets';
import { XmlScanner, type XmlHandler } from './xml-scanner';
import {
  partTextChunks,
  SHARED_STRINGS_PART,
  smallPartText,
  STYLES_PART,
  WORKBOOK_PART,
  worksheetEntries,
} from './xlsx-parts';
import { readZipDirectory, ZipDamagedError, type ZipEntry } from './zip-directory';

export type SheetRows = (string | null)[][];
export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { rowsRead: number; fraction: number }) => void;
  maxRows: number;
}

const PROGRESS_EVERY_ROWS = 1000;

function damaged(error: unknown): ImportFileError {
  if (error instanceof ImportFileError) return error;
  return new ImportFileError('damaged', error instanceof Error ? error.message : String(error));
}

function xlsxEntries(bytes: Buffer): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipDamagedError) throw new ImportFileError('damaged', error.message);
    throw error;
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('xl/workbook.bin')) throw new ImportFileError('notExcel', 'binary workbook (.xlsb)');
  if (!names.has(WORKBOOK_PART)) throw new ImportFileError('notExcel', 'zip without xl/workbook.xml');
  return entries;
}

/**
 * Every worksheet of an .xlsx as rows of display text, in tab order. Row i is Excel's row i + 1;
 * rows without a value are empty arrays, cells without a value null.
 *
 * The parts are read straight from the zip: the workbook's sheet names, date system and cell
 * formats first (small), then the shared strings, then each worksheet, chunk by chunk (see
 * xlsx-parts, xml-scanner and sheet-xml). Between chunks the event loop runs: progress is
 * reported and a cancel is seen.
 */
export async function readXlsxSheets(
  bytes: Buffer,
  options: ReadOptions,
): Promise<{ name: string; rows: SheetRows }[]> {
  const entries = xlsxEntries(bytes);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const worksheets = worksheetEntries(entries);
  const sharedStringsEntry = byName.get(SHARED_STRINGS_PART);
  const progress = new ReadProgress([sharedStringsEntry, ...worksheets]);
  let names: ReturnType<typeof sheetsByPart>;
  let date1904: boolean;
  let dateStyles: boolean[];
  try {
    names = sheetsByPart(bytes, entries);
    date1904 = usesDate1904(bytes, entries);
    dateStyles = dateCellFormats(smallPartText(bytes, byName.get(STYLES_PART)));
  } catch (error) {
    throw damaged(error);
  }

  const sharedStrings = new SharedStringsHandler();
  if (sharedStringsEntry) {
    await readPart(bytes, sharedStringsEntry, sharedStrings, progress, options);
    if (sharedStrings.root !== 'sst')
      throw new ImportFileError('damaged', `${SHARED_STRINGS_PART} is not a string table`);
  }

  const sheets: { name: string; order: number; rows: SheetRows }[] = [];
  let rowsInEarlierSheets = 0;
  let rowsRead = 0;
  for (const [index, entry] of worksheets.entries()) {
    const info = names.get(entry.name) ?? { name: `Sheet${index + 1}`, order: Number.MAX_SAFE_INTEGER };
    const rows: SheetRows = [];
    const handler = new WorksheetHandler({
      sharedStrings: sharedStrings.strings,
      dateStyles,
      date1904,
      onRow: (rowNumber, cells) => {
        if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled while reading');
        if (rowsInEarlierSheets + rowNumber > options.maxRows) {
          throw new ImportFileError('tooManyRows', `row ${rowNumber} of sheet ${info.name}`, {
            limit: options.maxRows,
          });
        }
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = cells;
        if (++rowsRead % PROGRESS_EVERY_ROWS === 0) options.onProgress?.({ rowsRead, fraction: progress.fraction });
      },
    });
    await readPart(bytes, entry, handler, progress, options);
    if (handler.root !== 'worksheet' || handler.sheetData === 'open') {
      throw new ImportFileError('damaged', `${entry.name} is not a complete worksheet`);
    }
    fillMergedCells(rows, handler.merges);
    rowsInEarlierSheets += rows.length;
    sheets.push({ name: info.name, order: info.order, rows });
  }
  if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled while reading');
  options.onProgress?.({ rowsRead, fraction: 1 });
  return sheets.sort((a, b) => a.order - b.order).map(({ name, rows }) => ({ name, rows }));
}

/** Scans one part chunk by chunk; a part that does not inflate or is not XML is "damaged". */
async function readPart(
  bytes: Buffer,
  entry: ZipEntry,
  handler: XmlHandler,
  progress: ReadProgress,
  options: ReadOptions,
): Promise<void> {
  const scanner = new XmlScanner(handler);
  try {
    for await (const { text, share } of partTextChunks(bytes, entry)) {
      if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled while reading');
      progress.reading(entry, share);
      scanner.push(text);
    }
  } catch (error) {
    throw damaged(error);
  }
  if (!scanner.end()) throw new ImportFileError('damaged', `${entry.name} ends inside a tag`);
  progress.done(entry);
}

/** Share of the file's compressed bytes read (shared strings and worksheets), 0–1. */
class ReadProgress {
  private readonly total: number;
  private finished = 0;
  private current = 0;

  constructor(entries: readonly (ZipEntry | undefined)[]) {
    this.total = entries.reduce((sum, entry) => sum + (entry?.compressedSize ?? 0), 0);
  }

  get fraction(): number {
    return this.total === 0 ? 1 : Math.min(1, (this.finished + this.current) / this.total);
  }

  reading(entry: ZipEntry, share: number): void {
    this.current = entry.compressedSize * share;
  }

  done(entry: ZipEntry): void {
    this.finished += entry.compressedSize;
    this.current = 0;
  }
}
