/**
 * Reads a zip file's central directory from the bytes in memory, without inflating anything.
 * It tells us up front whether an .xlsx is whole (a truncated download has no directory at its
 * end) and where each part lies, so parts can be streamed in the order the reader needs.
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the compressed bytes start in the file. */
  dataStart: number;
}

/** Thrown when the bytes are not a complete, readable zip; the caller reports "damaged". */
export class ZipDamagedError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_32 = 0xffffffff;

function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY && at + 22 + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  throw new ZipDamagedError('no end-of-central-directory record (truncated?)');
}

function readBig(bytes: Buffer, at: number): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipDamagedError('zip64 value out of range');
  return Number(value);
}

function directoryLocation(bytes: Buffer, end: number): { offset: number; count: number } {
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (offset === MAX_32 || count === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR)
      throw new ZipDamagedError('zip64 locator missing');
    const record = readBig(bytes, locator + 8);
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) {
      throw new ZipDamagedError('zip64 end record missing');
    }
    count = readBig(bytes, record + 32);
    offset = readBig(bytes, record + 48);
  }
  return { offset, count };
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
function applyZip64Extra(
  bytes: Buffer,
  extraStart: number,
  extraEnd: number,
  values: { uncompressedSize: number; compressedSize: number; localOffset: number },
): void {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localOffset'] as const) {
        if (values[key] === MAX_32 && field + 8 <= at + 4 + size) {
          values[key] = readBig(bytes, field);
          field += 8;
        }
      }
      return;
    }
    at += 4 + size;
  }
}

/** Every file in the zip, in directory order; throws ZipDamagedError if anything is out of place. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  try {
    const end = findEndOfDirectory(bytes);
    const { offset, count } = directoryLocation(bytes, end);
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let index = 0; index < count; index++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) {
        throw new ZipDamagedError(`central directory entry ${index} missing`);
      }
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const values = {
        compressedSize: bytes.readUInt32LE(at + 20),
        uncompressedSize: bytes.readUInt32LE(at + 24),
        localOffset: bytes.readUInt32LE(at + 42),
      };
      const nameStart = at + 46;
      applyZip64Extra(bytes, nameStart + nameLength, nameStart + nameLength + extraLength, values);
      const local = values.localOffset;
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
        throw new ZipDamagedError(`local header of entry ${index} missing`);
      }
      const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      if (dataStart + values.compressedSize > bytes.length) throw new ZipDamagedError(`entry ${index} is cut off`);
      entries.push({
        name: bytes.toString('utf8', nameStart, nameStart + nameLength),
        method: bytes.readUInt16LE(at + 10),
        crc32: bytes.readUInt32LE(at + 16),
        compressedSize: values.compressedSize,
        uncompressedSize: values.uncompressedSize,
        dataStart,
      });
      at = nameStart + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error) {
    if (error instanceof ZipDamagedError) throw error;
    // A RangeError from reading past the end: the directory points outside the file.
    throw new ZipDamagedError(error instanceof Error ? error.message : String(error));
  }
}
