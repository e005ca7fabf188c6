import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { MergeScanner, type CellRange } from './merged-cells';
import type { ZipEntry } from './zip-directory';

/**
 * The zip stream handed to exceljs's streaming reader, rebuilt from the parts it needs, in the
 * order it needs them, already inflated. Three exceljs problems are solved here:
 * - it parses a worksheet as it streams only if the shared strings came first; Excel writes them
 *   after the sheets, so exceljs would copy every sheet to a temp file and parse it afterwards;
 * - it decodes each chunk as UTF-8 on its own, so a Chinese character cut by a chunk boundary
 *   turns into "�" (exceljs issue #2084, still open) — our chunks end on character boundaries;
 * - it ignores merged cells — each sheet's bytes pass a MergeScanner on the way.
 * Parts the importer never reads (themes, pictures, printer settings) are skipped, inflating runs
 * on zlib's thread pool while exceljs parses, and progress is measured in compressed bytes.
 */

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';
export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';
export const STYLES_PART = 'xl/styles.xml';
const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
/** Inflate in large steps (fewer thread-pool round trips)… */
const INFLATE_BYTES = 256 * 1024;
/**
 * …but hand exceljs small pieces: it parses a whole piece into row objects before yielding
 * any, and pieces of 256 KB keep ~600 rows of objects alive long enough to reach the old
 * generation — measured: the garbage collector then takes more time than the parse.
 */
const PIECE_BYTES = 16 * 1024;
/** A workbook without shared strings (all inline) still needs the part for exceljs to stream. */
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
);

/** A part to send: one of the file's (inflated on the way) or one made here. */
type Part = { name: string; entry: ZipEntry } | { name: string; made: Buffer };

/** The worksheet parts in sheet-number order — the order exceljs will hand them back. */
export function worksheetEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries
    .filter((entry) => WORKSHEET_PART.test(entry.name))
    .sort((a, b) => sheetNumber(a.name) - sheetNumber(b.name));
}

function sheetNumber(name: string): number {
  return Number(WORKSHEET_PART.exec(name)?.[1] ?? 0);
}

/** A stored (uncompressed) entry of known size: the unzipper reads exactly that many bytes. */
function storedHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30 + nameBytes.length);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(STORED, 8);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  nameBytes.copy(header, 30);
  return header;
}

/** Where the last complete UTF-8 character of the chunk ends. */
export function utf8SafeEnd(chunk: Buffer): number {
  const length = chunk.length;
  for (let back = 1; back <= Math.min(4, length); back++) {
    const byte = chunk[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return needed <= back ? length : length - back;
  }
  return length;
}

/** Pieces of about PIECE_BYTES of text that ends on a character boundary, each cut on one too. */
function* characterPieces(text: Buffer): Generator<Buffer> {
  for (let at = 0; at < text.length;) {
    const piece = text.subarray(at, at + PIECE_BYTES);
    const end = at + piece.length >= text.length ? piece.length : utf8SafeEnd(piece);
    yield piece.subarray(0, end);
    at += end;
  }
}

export class XlsxPartStream {
  readonly stream: Readable;
  /** Merged ranges per worksheet part, complete once exceljs has read that sheet. */
  readonly merges = new Map<string, CellRange[]>();
  /** Why the stream ended early, if it did. */
  failure: Error | null = null;
  private readonly parts: Part[];
  private readonly totalCompressed: number;
  private doneCompressed = 0;
  private currentCompressed = 0;
  private currentShare = 0;

  /** `styles`: the styles part to send in place of the file's (see date-styles), or null for none. */
  constructor(
    private readonly bytes: Buffer,
    entries: readonly ZipEntry[],
    styles: Buffer | null,
  ) {
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const fromFile = (name: string): Part[] => {
      const entry = byName.get(name);
      return entry ? [{ name, entry }] : [];
    };
    const sharedStrings = fromFile(SHARED_STRINGS_PART);
    this.parts = [
      ...fromFile(WORKBOOK_RELS_PART),
      ...fromFile(WORKBOOK_PART),
      ...(sharedStrings.length > 0 ? sharedStrings : [{ name: SHARED_STRINGS_PART, made: EMPTY_SHARED_STRINGS }]),
      ...(styles ? [{ name: STYLES_PART, made: styles }] : []),
      ...worksheetEntries(entries).map((entry) => ({ name: entry.name, entry })),
    ];
    this.totalCompressed = this.parts.reduce((sum, part) => sum + compressedSize(part), 0);
    this.stream = Readable.from(this.pieces(), { objectMode: false, highWaterMark: PIECE_BYTES });
  }

  /** Share of the file's compressed bytes handed to exceljs, 0–1. */
  get fraction(): number {
    if (this.totalCompressed === 0) return 1;
    return Math.min(1, (this.doneCompressed + this.currentCompressed * this.currentShare) / this.totalCompressed);
  }

  /**
   * A part that does not inflate to its stated size ends the stream early instead of failing it:
   * a piped stream's error would leave exceljs's unzipper waiting forever, while an early end
   * makes it fail ("FILE_ENDED"); `failure` then says why.
   */
  private async *pieces(): AsyncGenerator<Buffer> {
    try {
      for (const part of this.parts) yield* this.part(part);
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      return;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    yield end;
  }

  private async *part(part: Part): AsyncGenerator<Buffer> {
    const scanner = WORKSHEET_PART.test(part.name) ? new MergeScanner() : null;
    this.currentCompressed = compressedSize(part);
    this.currentShare = 0;
    const size = 'made' in part ? part.made.length : part.entry.uncompressedSize;
    yield storedHeader(part.name, size);
    let sent = 0;
    for await (const chunk of 'made' in part ? [part.made] : this.inflated(part.entry)) {
      scanner?.push(chunk);
      sent += chunk.length;
      if (sent > size) throw new Error(`${part.name} is larger than its directory entry says`);
      this.currentShare = size === 0 ? 1 : sent / size;
      yield chunk;
    }
    if (sent !== size) throw new Error(`${part.name} is shorter than its directory entry says`);
    this.doneCompressed += this.currentCompressed;
    if (scanner) this.merges.set(part.name, scanner.ranges());
  }

  /** The part's uncompressed bytes in chunks that end on a character boundary. */
  private async *inflated(entry: ZipEntry): AsyncGenerator<Buffer> {
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === STORED) {
      yield* characterPieces(data);
      return;
    }
    const inflater = createInflateRaw({ chunkSize: INFLATE_BYTES });
    inflater.end(data);
    let carry: Buffer | null = null;
    try {
      for await (const inflated of inflater as AsyncIterable<Buffer>) {
        const chunk: Buffer = carry ? Buffer.concat([carry, inflated]) : inflated;
        const end = utf8SafeEnd(chunk);
        carry = end < chunk.length ? chunk.subarray(end) : null;
        yield* characterPieces(chunk.subarray(0, end));
      }
    } finally {
      inflater.destroy();
    }
    if (carry) yield carry;
  }
}

function compressedSize(part: Part): number {
  return 'made' in part ? 0 : part.entry.compressedSize;
}
