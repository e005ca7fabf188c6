import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-directory';

/**
 * The parts of an .xlsx the importer reads, straight from the zip in memory (see zip-directory):
 * small ones whole, worksheets and shared strings as text chunks inflated on zlib's thread pool
 * while the previous chunk is parsed. Chunks are decoded as one UTF-8 stream, so a Chinese
 * character cut between two chunks arrives whole (a reader that decodes each chunk on its own
 * turns it into "�", as exceljs does: #2084).
 */

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';
export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';
export const STYLES_PART = 'xl/styles.xml';
const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const STORED = 0;
/** Inflate in large steps: fewer thread-pool round trips, and ~5 ms of parsing per step. */
const INFLATE_BYTES = 256 * 1024;

/** The worksheet parts in sheet-number order. */
export function worksheetEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries
    .filter((entry) => WORKSHEET_PART.test(entry.name))
    .sort((a, b) => sheetNumber(a.name) - sheetNumber(b.name));
}

function sheetNumber(name: string): number {
  return Number(WORKSHEET_PART.exec(name)?.[1] ?? 0);
}

/** A small part (workbook, relationships, styles) as text, '' when absent. Throws if it is not valid deflate. */
export function smallPartText(bytes: Buffer, entry: ZipEntry | undefined): string {
  if (!entry) return '';
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return (entry.method === STORED ? data : inflateRawSync(data)).toString('utf8');
}

/**
 * A part's text in chunks, with the share of the part read so far (0–1). Throws when the part
 * does not inflate, or not to the size its directory entry states (a damaged file).
 */
export async function* partTextChunks(bytes: Buffer, entry: ZipEntry): AsyncGenerator<{ text: string; share: number }> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const size = entry.uncompressedSize;
  // Holds back a character cut at a chunk's end, so it is decoded whole with the next chunk.
  const decoder = new StringDecoder('utf8');
  let inflated = 0;
  const share = () => (size === 0 ? 1 : Math.min(1, inflated / size));
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += INFLATE_BYTES) {
      const piece = data.subarray(at, at + INFLATE_BYTES);
      inflated += piece.length;
      yield { text: decoder.write(piece), share: share() };
    }
  } else {
    const inflater = createInflateRaw({ chunkSize: INFLATE_BYTES });
    inflater.end(data);
    try {
      for await (const piece of inflater as AsyncIterable<Buffer>) {
        inflated += piece.length;
        if (inflated > size) throw new Error(`${entry.name} is larger than its directory entry says`);
        yield { text: decoder.write(piece), share: share() };
      }
    } finally {
      inflater.destroy();
    }
  }
  if (inflated !== size) throw new Error(`${entry.name} is shorter than its directory entry says`);
  const rest = decoder.end();
  if (rest !== '') yield { text: rest, share: 1 };
}
