import ExcelJS from 'exceljs';
import { cellText } from './cell-text';
import { dateOnlyStylesPart } from './date-styles';
import { ImportFileError } from './import-file-error';
import { fillMergedCells } from './merged-cells';
import { sheetsByPart } from './workbook-sheets';
import { STYLES_PART, WORKBOOK_PART, worksheetEntries, XlsxPartStream } from './xlsx-part-stream';
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
 */
export async function readXlsxSheets(
  bytes: Buffer,
  options: ReadOptions,
): Promise<{ name: string; rows: SheetRows }[]> {
  const entries = xlsxEntries(bytes);
  const parts = worksheetEntries(entries);
  const styles = entries.find((entry) => entry.name === STYLES_PART);
  let names: ReturnType<typeof sheetsByPart>;
  let datesOnlyStyles: Buffer | null;
  try {
    names = sheetsByPart(bytes, entries);
    datesOnlyStyles = styles ? dateOnlyStylesPart(bytes, styles) : null;
  } catch (error) {
    throw damaged(error);
  }
  const source = new XlsxPartStream(bytes, entries, datesOnlyStyles);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source.stream, {
    entries: 'ignore',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // the stand-in styles part: dates only (see date-styles)
    worksheets: 'emit',
  });
  const sheets: { name: string; order: number; rows: SheetRows; part: string }[] = [];
  let rowsInEarlierSheets = 0;
  let rowsRead = 0;
  try {
    let index = 0;
    for await (const worksheet of reader) {
      // exceljs hands worksheets back in the order the part stream sent them.
      const part = parts[index++]?.name ?? '';
      const info = names.get(part) ?? { name: `Sheet${index}`, order: Number.MAX_SAFE_INTEGER };
      const rows: SheetRows = [];
      for await (const row of worksheet) {
        if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled while reading');
        const cells = rowCells(row);
        if (cells === null) continue;
        if (rowsInEarlierSheets + row.number > options.maxRows) {
          throw new ImportFileError('tooManyRows', `row ${row.number} of sheet ${info.name}`, {
            limit: options.maxRows,
          });
        }
        while (rows.length < row.number - 1) rows.push([]);
        rows[row.number - 1] = cells;
        if (++rowsRead % PROGRESS_EVERY_ROWS === 0) options.onProgress?.({ rowsRead, fraction: source.fraction });
      }
      rowsInEarlierSheets += rows.length;
      sheets.push({ name: info.name, order: info.order, rows, part });
    }
    if (source.failure) throw source.failure;
    for (const sheet of sheets) fillMergedCells(sheet.rows, source.merges.get(sheet.part) ?? []);
  } catch (error) {
    throw error instanceof ImportFileError ? error : damaged(source.failure ?? error);
  } finally {
    source.stream.destroy();
  }
  if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled while reading');
  options.onProgress?.({ rowsRead, fraction: 1 });
  return sheets.sort((a, b) => a.order - b.order).map(({ name, rows }) => ({ name, rows }));
}

/** The row's cells as text, or null when it holds no value at all (only formatting). */
function rowCells(row: ExcelJS.Row): (string | null)[] | null {
  const cells: (string | null)[] = [];
  row.eachCell((cell, column) => {
    const text = cellText(cell.value);
    if (text === null) return;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = text;
  });
  return cells.length === 0 ? null : cells;
}
