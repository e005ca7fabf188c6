import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { tempDir } from './temp-dir';

/**
 * The external programs that check documents the way a customer's software reads them:
 * LibreOffice (soffice), poppler (pdftotext, pdffonts, pdftoppm) and qpdf. `.ci/run` installs them
 * and sets REQUIRE_DOCUMENT_TOOLS=1, so in CI a missing tool fails the test; on a developer's
 * machine without them those checks are skipped (and say so).
 */

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export const REQUIRE_TOOLS = process.env.REQUIRE_DOCUMENT_TOOLS === '1';

/** True when every tool is present; throws in CI when one is missing. */
export function haveTools(...commands: string[]): boolean {
  const missing = commands.filter((c) => !installed(c));
  if (missing.length > 0 && REQUIRE_TOOLS) {
    throw new Error(`Document tools missing in CI: ${missing.join(', ')}`);
  }
  if (missing.length > 0) console.warn(`skipping checks that need: ${missing.join(', ')}`);
  return missing.length === 0;
}

/** LibreOffice with a private profile; `recalculate` makes Calc recompute every formula on load. */
function libreOfficeProfile(recalculate: boolean): string {
  const dir = tempDir('presales-lo-');
  if (recalculate) {
    const user = path.join(dir, 'user');
    fs.mkdirSync(user, { recursive: true });
    fs.writeFileSync(
      path.join(user, 'registrymodifications.xcu'),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  return dir;
}

/**
 * Converts `file` with LibreOffice (`format`: 'pdf', 'csv', …) and returns the output path.
 * soffice exits 0 even when it fails, so the output file is checked.
 */
export function libreOfficeConvert(file: string, format: string, options: { recalculate?: boolean } = {}): string {
  const outDir = tempDir('presales-lo-out-');
  const profile = libreOfficeProfile(options.recalculate ?? false);
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const extension = format.split(':')[0] ?? format;
  const out = path.join(outDir, `${path.parse(file).name}.${extension}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return out;
}

/** LibreOffice's CSV export: UTF-8, comma-separated, values as shown (formatted). */
export const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export interface PdfFontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): PdfFontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: read from the right.
      const n = columns.length;
      return { name: columns[0] ?? '', embedded: columns[n - 5] === 'yes', subset: columns[n - 4] === 'yes' };
    });
}

/** `qpdf --check`: exit 0 means a well-formed PDF. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders page `page` of a PDF to `pngPath` at `dpi`. */
export function pdfPageToPng(file: string, page: number, pngPath: string, dpi = 80): void {
  const prefix = pngPath.replace(/\.png$/, '');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ]);
}

/** One part of a .docx package as XML text (e.g. 'word/document.xml'); throws when it is missing. */
export async function docxPart(bytes: Buffer, name = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const file = zip.file(name);
  if (!file) throw new Error(`${name} missing from the .docx`);
  return file.async('string');
}

/** The text Word shows for a fragment of WordprocessingML: its w:t contents, joined, entities decoded. */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The runs (w:r) of a WordprocessingML fragment: their properties (w:rPr) and their text. */
export function docxRuns(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    return { props: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(inner)?.[0] ?? '', text: docxText(inner) };
  });
}
