import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import JSZip from 'jszip';
import type { z } from 'zod';
import { OpportunityRecordSchema } from '../../../shared/api/opportunities';
import { AppError } from '../../../shared/result';
import {
  DATA_ENTRY,
  MANIFEST_ENTRY,
  ManifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  PackageDataSchema,
  type Manifest,
  type PackageData,
} from './package-format';

/**
 * Reads a .presales package as the untrusted input it is. Every check runs before anything is
 * written, and each refusal names what is wrong: not a zip (or cut short), too many entries, an
 * entry with an absolute path or "..", sizes that only a zip bomb has, no or a malformed manifest,
 * a format that is not ours or newer than this app, an entry whose SHA-256 differs from the
 * manifest (or that the manifest does not list), and data that fails the schema.
 */

export interface ReadPackage {
  manifest: Manifest;
  data: PackageData;
}

interface Sizes {
  compressedSize: number;
  uncompressedSize: number;
}

function refuse(t: TFunction, key: string, params: Record<string, unknown> = {}): never {
  throw new AppError('REFUSED', t(`err.packages.${key}`, params));
}

/** An entry name that would land outside the folder it is unpacked into, or anywhere absolute. */
function unsafePath(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split(/[\\/]/).some((part) => part === '..') ||
    name.includes('\0')
  );
}

/** An entry's bytes, decompressed with a running count so a lying header cannot blow up memory. */
function readEntry(file: JSZip.JSZipObject, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(new Error('too large'));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => reject(error));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '—'}: ${issue.message}` : '';
}

export async function readPackage(bytes: Buffer, t: TFunction): Promise<ReadPackage> {
  if (bytes.length > PACKAGE_LIMITS.fileBytes) refuse(t, 'tooLarge', { max: '100 MB' });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    refuse(t, 'notZip');
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (Object.keys(zip.files).length > PACKAGE_LIMITS.entries)
    refuse(t, 'tooManyEntries', { count: Object.keys(zip.files).length, max: PACKAGE_LIMITS.entries });
  let total = 0;
  let totalCompressed = 0;
  for (const file of files) {
    const original = (file as JSZip.JSZipObject & { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name;
    if (unsafePath(original) || unsafePath(file.name)) refuse(t, 'unsafePath', { path: original });
    const sizes = (file as unknown as { _data: Sizes })._data;
    total += sizes.uncompressedSize;
    totalCompressed += sizes.compressedSize;
    if (sizes.uncompressedSize > 1024 * 1024 && sizes.uncompressedSize > PACKAGE_LIMITS.ratio * sizes.compressedSize)
      refuse(t, 'bomb', { path: file.name });
  }
  if (total > PACKAGE_LIMITS.totalBytes || (total > 1024 * 1024 && total > PACKAGE_LIMITS.ratio * totalCompressed))
    refuse(t, 'bomb', { path: '*' });

  const read = async (file: JSZip.JSZipObject): Promise<Buffer> => {
    const declared = (file as unknown as { _data: Sizes })._data.uncompressedSize;
    try {
      return await readEntry(file, Math.min(declared, PACKAGE_LIMITS.totalBytes));
    } catch {
      return refuse(t, 'corruptEntry', { path: file.name });
    }
  };

  const manifestFile = zip.file(MANIFEST_ENTRY);
  if (!manifestFile) refuse(t, 'noManifest');
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse((await read(manifestFile)).toString('utf8'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(t, 'badManifest', { problem: 'JSON' });
  }
  const head = manifestJson as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== PACKAGE_FORMAT) refuse(t, 'wrongFormat');
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACKAGE_FORMAT_VERSION)
    refuse(t, 'newerVersion', { version: head.formatVersion, supported: PACKAGE_FORMAT_VERSION });
  const manifest = ManifestSchema.safeParse(manifestJson);
  if (!manifest.success) refuse(t, 'badManifest', { problem: firstProblem(manifest.error) });
  if (manifest.data.formatVersion !== PACKAGE_FORMAT_VERSION)
    refuse(t, 'newerVersion', { version: manifest.data.formatVersion, supported: PACKAGE_FORMAT_VERSION });

  const listed = new Map(manifest.data.entries.map((e) => [e.path, e]));
  const contents = new Map<string, Buffer>();
  for (const file of files) {
    if (file.name === MANIFEST_ENTRY) continue;
    const entry = listed.get(file.name);
    if (!entry) refuse(t, 'unlisted', { path: file.name });
    const content = await read(file);
    if (content.length !== entry.size || createHash('sha256').update(content).digest('hex') !== entry.sha256)
      refuse(t, 'checksum', { path: file.name });
    contents.set(file.name, content);
  }
  for (const path of listed.keys()) if (!contents.has(path)) refuse(t, 'missingEntry', { path });

  const dataBytes = contents.get(DATA_ENTRY);
  if (!dataBytes) refuse(t, 'missingEntry', { path: DATA_ENTRY });
  let raw: unknown;
  try {
    raw = JSON.parse(dataBytes.toString('utf8'));
  } catch {
    refuse(t, 'badData', { problem: 'JSON' });
  }
  const data = PackageDataSchema.safeParse(raw);
  if (!data.success) refuse(t, 'badData', { problem: firstProblem(data.error) });
  // The deal's record as the app would read it: every field within its limits.
  const o = data.data.opportunity;
  const record = OpportunityRecordSchema.safeParse({
    ...(JSON.parse(o.record_json) as object),
    name: o.name,
    owner: o.owner,
    amountFen: o.amount_fen,
    expectedClose: o.expected_close,
  });
  if (!record.success) refuse(t, 'badData', { problem: `opportunity.record_json.${firstProblem(record.error)}` });
  return { manifest: manifest.data, data: data.data };
}
