import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportFileError } from './import-file-error';
import type { ReadOptions, SheetRows } from './read-xlsx-sheets';

/**
 * Plain .csv (and tab-separated .txt) files: the encodings Chinese Excel and ERP exports produce
 * — UTF-8 with or without BOM, UTF-16 ("Unicode text"), else GB18030 (a superset of GBK/GB2312)
 * — and whichever separator the file uses.
 */

const CHUNK_CHARS = 256 * 1024;
const PROGRESS_EVERY_ROWS = 1000;

function startsWith(bytes: Buffer, ...prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeText(bytes: Buffer): string {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const SEPARATORS = [',', '\t', ';'] as const;
const SAMPLE_LINES = 50;

/** Separator counts per line, outside quotes, for the first lines of the file. */
function countsPerLine(text: string): Record<(typeof SEPARATORS)[number], number[]> {
  const counts = { ',': [0], '\t': [0], ';': [0] };
  let quoted = false;
  let line = 0;
  for (let i = 0; i < text.length && line < SAMPLE_LINES; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') {
      line++;
      for (const separator of SEPARATORS) counts[separator].push(0);
    } else if (char === ',' || char === '\t' || char === ';') {
      const perLine = counts[char];
      perLine[perLine.length - 1] = (perLine[perLine.length - 1] ?? 0) + 1;
    }
  }
  return counts;
}

/** The separator that splits the most lines into the same number of fields (comma on a tie). */
export function detectSeparator(text: string): string {
  const counts = countsPerLine(text);
  let best: { separator: string; lines: number; fields: number } = { separator: ',', lines: 0, fields: 0 };
  for (const separator of SEPARATORS) {
    const perLine = counts[separator].filter((count) => count > 0);
    const frequency = new Map<number, number>();
    for (const count of perLine) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    for (const [fields, lines] of frequency) {
      if (lines > best.lines || (lines === best.lines && fields > best.fields)) best = { separator, lines, fields };
    }
  }
  return best.separator;
}

/** The text in pieces that never split a surrogate pair, counting what has been handed out. */
function* pieces(text: string, progress: { given: number }): Generator<string> {
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + CHUNK_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    progress.given = end;
    yield text.slice(at, end);
    at = end;
  }
}

/** The rows of a CSV file, as the xlsx reader gives them: '' is null, record i is row i + 1. */
export async function readCsvRows(bytes: Buffer, options: ReadOptions): Promise<SheetRows> {
  const text = decodeText(bytes);
  const progress = { given: 0 };
  const source = Readable.from(pieces(text, progress));
  const parser = parse({
    delimiter: detectSeparator(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  source.pipe(parser);
  const rows: SheetRows = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (options.signal?.aborted) throw new ImportFileError('cancelled', 'cancelled while reading');
      if (rows.length >= options.maxRows) {
        throw new ImportFileError('tooManyRows', `record ${rows.length + 1}`, { limit: options.maxRows });
      }
      rows.push(record.map((cell) => (cell === '' ? null : cell)));
      if (rows.length % PROGRESS_EVERY_ROWS === 0) {
        options.onProgress?.({ rowsRead: rows.length, fraction: text.length === 0 ? 1 : progress.given / text.length });
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('damaged', error instanceof Error ? error.message : String(error));
  } finally {
    source.destroy();
    parser.destroy();
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === null)) rows.pop();
  options.onProgress?.({ rowsRead: rows.length, fraction: 1 });
  return rows.map((row) => (row.every((cell) => cell === null) ? [] : row));
}
