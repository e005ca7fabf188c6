import { ImportFileError } from './import-file-error';

/**
 * What a file really is, from its first bytes — never from its name: users rename CSV and HTML
 * exports to .xls/.xlsx, and password-protected workbooks are not zips at all.
 */
export type FileKind = 'xlsx' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: old .xls, and also the wrapper Office puts around an encrypted .xlsx. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** Streams that mark a compound file as Word or PowerPoint rather than an old workbook. */
const OTHER_OFFICE_STREAMS = [Buffer.from('WordDocument', 'utf16le'), Buffer.from('PowerPoint Document', 'utf16le')];
const TEXT_NAME = /\.(csv|txt|tsv)$/i;
const SAMPLE_BYTES = 8192;

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** No NUL bytes and hardly any control characters in the first 8 KB (UTF-16 has a BOM). */
export function looksLikeText(bytes: Buffer): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

export function sniffFileKind(bytes: Buffer, fileName: string): FileKind {
  if (bytes.length === 0) throw new ImportFileError('empty', 'the file has no bytes');
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, EMPTY_ZIP)) throw new ImportFileError('notExcel', 'an empty zip archive');
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (bytes.includes(ENCRYPTION_INFO) || bytes.includes(ENCRYPTED_PACKAGE)) {
      throw new ImportFileError('encrypted', 'password-protected workbook (EncryptionInfo stream)');
    }
    if (OTHER_OFFICE_STREAMS.some((name) => bytes.includes(name))) {
      throw new ImportFileError('notExcel', 'a Word or PowerPoint 97–2003 document');
    }
    throw new ImportFileError('oldXls', 'Excel 97–2003 workbook (OLE compound file)');
  }
  if (looksLikeText(bytes)) {
    if (TEXT_NAME.test(fileName)) return 'csv';
    throw new ImportFileError('renamedText', 'text content under a spreadsheet file name');
  }
  throw new ImportFileError('notExcel', 'unknown binary content');
}
