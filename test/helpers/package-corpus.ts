import { createHash } from 'node:crypto';
import JSZip from 'jszip';

/**
 * Hostile and broken .presales files, made from a good one: each is what a refusal test feeds
 * the importer. `rebuild` keeps the manifest's checksums true unless told not to, so a file
 * fails exactly the check it is meant to fail.
 */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Manifest {
  formatVersion: number;
  format: string;
  entries: { path: string; size: number; sha256: string }[];
  [key: string]: unknown;
}

async function entriesOf(good: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(good);
  const entries = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) if (!file.dir) entries.set(file.name, await file.async('nodebuffer'));
  return entries;
}

/** A package with its entries changed by `edit`; the manifest is edited by `manifest` and re-checksummed unless `keepChecksums`. */
async function rebuild(
  good: Buffer,
  edit: (entries: Map<string, Buffer>) => void,
  options: { manifest?: (m: Manifest) => void; keepChecksums?: boolean } = {},
): Promise<Buffer> {
  const entries = await entriesOf(good);
  const manifest = JSON.parse((entries.get('manifest.json') ?? Buffer.from('{}')).toString('utf8')) as Manifest;
  entries.delete('manifest.json');
  edit(entries);
  if (!options.keepChecksums)
    manifest.entries = [...entries]
      .filter(([path]) => manifest.entries.some((e) => e.path === path))
      .map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256(bytes) }));
  options.manifest?.(manifest);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest));
  for (const [path, bytes] of entries) zip.file(path, bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function editData(entries: Map<string, Buffer>, change: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse((entries.get('data/opportunity.json') ?? Buffer.from('{}')).toString('utf8')) as Record<
    string,
    unknown
  >;
  change(data);
  entries.set('data/opportunity.json', Buffer.from(JSON.stringify(data)));
}

export interface CorpusFile {
  name: string;
  bytes: Buffer;
  /** What the refusal must say (a part of the message). */
  message: RegExp;
}

/** Every hostile or broken variant of `good` the importer must refuse, with what it must say. */
export async function packageCorpus(good: Buffer): Promise<CorpusFile[]> {
  const opportunity = (data: Record<string, unknown>) => data.opportunity as Record<string, unknown>;
  return [
    { name: 'not a zip', bytes: Buffer.from('这不是 zip 文件，只是一段文字'), message: /无法按 zip 读取/ },
    { name: 'truncated', bytes: good.subarray(0, Math.floor(good.length * 0.6)), message: /无法按 zip 读取/ },
    {
      name: 'newer format version',
      bytes: await rebuild(good, () => undefined, { manifest: (m) => (m.formatVersion = 2) }),
      message: /格式版本是 2，本程序只能读取版本 1/,
    },
    {
      name: 'wrong format',
      bytes: await rebuild(good, () => undefined, { manifest: (m) => (m.format = 'something-else') }),
      message: /这不是商机包/,
    },
    {
      name: 'no manifest',
      bytes: await (async () => {
        const zip = new JSZip();
        for (const [path, bytes] of await entriesOf(good)) if (path !== 'manifest.json') zip.file(path, bytes);
        return zip.generateAsync({ type: 'nodebuffer' });
      })(),
      message: /没有 manifest\.json/,
    },
    {
      name: 'tampered amount (checksum mismatch)',
      bytes: await rebuild(good, (e) => editData(e, (d) => (opportunity(d).amount_fen = 1)), { keepChecksums: true }),
      message: /“data\/opportunity\.json”的校验和与清单不符/,
    },
    {
      name: 'zip slip with ..',
      bytes: await rebuild(good, (e) => e.set('../../evil.sh', Buffer.from('rm -rf ~'))),
      message: /不安全的路径“\.\.\/\.\.\/evil\.sh”/,
    },
    {
      name: 'absolute path',
      bytes: await rebuild(good, (e) => e.set('/etc/cron.d/evil', Buffer.from('* * * * * root id'))),
      message: /不安全的路径/,
    },
    {
      name: 'too many entries',
      bytes: await rebuild(good, (e) => {
        for (let i = 0; i < 600; i++) e.set(`documents/${i}.txt`, Buffer.from(String(i)));
      }),
      message: /超过上限 500/,
    },
    {
      name: 'zip bomb',
      bytes: await rebuild(good, (e) => e.set('documents/zeros.bin', Buffer.alloc(64 * 1024 * 1024))),
      message: /疑似压缩炸弹/,
    },
    {
      name: 'entry not in the manifest',
      bytes: await rebuild(good, (e) => e.set('documents/extra.pdf', Buffer.from('%PDF-1.4')), { keepChecksums: true }),
      message: /“documents\/extra\.pdf”不在清单里/,
    },
    {
      name: 'data failing the schema (stage 9)',
      bytes: await rebuild(good, (e) => editData(e, (d) => (opportunity(d).stage = 9))),
      message: /商机数据不符合格式（opportunity\.stage/,
    },
    {
      name: 'record that is not JSON',
      bytes: await rebuild(good, (e) => editData(e, (d) => (opportunity(d).record_json = '{not json'))),
      message: /商机数据不符合格式（opportunity\.record_json/,
    },
  ];
}
