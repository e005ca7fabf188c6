import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { buildCli } from '../../scripts/build-cli.mjs';
import { readCliStamp } from '../../scripts/cli-build-stamp.mjs';
import { main } from '../../src/main/cli/main';
import { packagesLoaded, runCliProcess } from '../helpers/cli-process';
import { haveTools, pdfText } from '../helpers/document-tools';
import { tempDir } from '../helpers/temp-dir';

/**
 * `presales` loads only what its command needs (issue 16): the document libraries, the import
 * pipeline and pg load inside the export or import that uses them, never at start. Checked on
 * the CLI as esbuild builds it (out/cli at `npm install`) and on bin/presales.mjs as a user runs
 * it (the build when it is current, else the sources through tsx), each in its own process with
 * a recorder of every module it loads.
 */

const BIN = path.resolve('bin/presales.mjs');
const DOCUMENT_LIBRARIES = ['exceljs', 'docx', 'pdfkit'];
const NOT_AT_START = [...DOCUMENT_LIBRARIES, 'jszip', 'csv-parse', 'pg'];
const SLOW = 90_000; // a process through tsx on a busy machine

/** The dispatcher (contract schemas and every service): src/main/dispatch.ts, or its chunk dispatch-HASH.js. */
const loadsServices = (modules: string[]) => modules.some((m) => /[\\/]dispatch[-.][^\\/]*$/.test(m));

let builtEntry = '';
let builtInputs: string[] = [];
let buildDir = '';
let demoDb = '';
let demoQuote = '';

beforeAll(async () => {
  // Inside the project (so the bundle finds node_modules), not in the shared out/cli.
  buildDir = path.resolve('.tmp', `cli-startup-test-${process.pid}`);
  builtEntry = (await buildCli({ outDir: buildDir })).entry;
  builtInputs = readCliStamp(buildDir)?.inputs ?? [];
  demoDb = path.join(fs.mkdtempSync(path.join(path.resolve('.tmp'), 'cli-startup-db-')), 'presales.db');
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
  expect(await main(['--db', demoDb, 'demo', 'load'], io)).toBe(0);
  out.length = 0;
  expect(await main(['--db', demoDb, 'quote', 'show', 'BJ-2026-0001', '--json'], io)).toBe(0);
  demoQuote = out.join('\n');
}, 180_000);

afterAll(() => {
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.rmSync(path.dirname(demoDb), { recursive: true, force: true });
});

describe('the build stamp', () => {
  it('lists the sources the CLI was built from, each a file bin/presales.mjs can check', () => {
    expect(builtInputs).toEqual(
      expect.arrayContaining(['src/main/cli/main.ts', 'src/main/dispatch.ts', 'package.json']),
    );
    expect(builtInputs).toContain('src/main/documents/quote/quote-pdf.ts'); // lazy chunks count too
    for (const input of builtInputs) expect(fs.existsSync(path.resolve(input)), input).toBe(true);
  });
});

const entries: [string, () => string][] = [
  ['the built CLI (out/cli)', () => builtEntry],
  ['bin/presales.mjs', () => BIN],
];

describe.each(entries)('%s loads only what the command needs', (_name, entry) => {
  it(
    '--version prints the version and loads no package at all (no SQLite, no document library)',
    () => {
      const run = runCliProcess(entry(), ['--version']);
      expect(run.out).toBe(`${pkg.version}\n`);
      expect(run.code).toBe(0);
      const loaded = packagesLoaded(run.modules);
      for (const name of [...NOT_AT_START, 'better-sqlite3']) expect(loaded).not.toContain(name);
      expect(loadsServices(run.modules)).toBe(false);
      expect(run.modules.length).toBeGreaterThan(0); // the recorder did record
    },
    SLOW,
  );

  it(
    '--help lists the commands without loading SQLite or a document library',
    () => {
      const run = runCliProcess(entry(), ['--help']);
      expect(run.code).toBe(0);
      for (const command of ['quote', 'prices', 'proposal', 'contract', 'opportunity']) {
        expect(run.out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      }
      const loaded = packagesLoaded(run.modules);
      for (const name of [...NOT_AT_START, 'better-sqlite3']) expect(loaded).not.toContain(name);
      expect(loadsServices(run.modules)).toBe(false);
    },
    SLOW,
  );

  it(
    'quote show --json prints every figure, as in-process, opening SQLite but no document library',
    () => {
      const run = runCliProcess(entry(), ['--db', demoDb, 'quote', 'show', 'BJ-2026-0001', '--json']);
      expect(run.err).toBe('');
      expect(JSON.parse(run.out)).toEqual(JSON.parse(demoQuote));
      expect(JSON.parse(run.out)).toMatchObject({ number: 'BJ-2026-0001', revision: 'A' });
      const loaded = packagesLoaded(run.modules);
      expect(loaded).toContain('better-sqlite3'); // the recorder sees external packages
      expect(loadsServices(run.modules)).toBe(true); // …and the dispatcher, which --version never loads
      for (const name of NOT_AT_START) expect(loaded).not.toContain(name);
    },
    SLOW,
  );

  it(
    'prices search finds items without the document libraries, the import pipeline or pinyin-pro',
    () => {
      const run = runCliProcess(entry(), ['--db', demoDb, 'prices', 'search', 'xsgl', '--json']);
      expect(run.err).toBe('');
      const items = JSON.parse(run.out) as { code: string; name: string }[];
      expect(items.map((item) => item.name)).toContain('销售管理');
      const loaded = packagesLoaded(run.modules);
      for (const name of [...NOT_AT_START, 'pinyin-pro']) expect(loaded).not.toContain(name);
    },
    SLOW,
  );

  it(
    'quote export --format pdf loads pdfkit on demand (and neither exceljs nor docx) and writes the PDF',
    () => {
      const out = tempDir('presales-cli-export-');
      const run = runCliProcess(entry(), [
        '--db',
        demoDb,
        'quote',
        'export',
        'BJ-2026-0001',
        '--format',
        'pdf',
        '--out',
        out,
      ]);
      expect(run.err).toBe('');
      const written = run.out.trim();
      expect(path.dirname(written)).toBe(out);
      expect(written).toMatch(/BJ-2026-0001-A .*\.pdf$/);
      expect(fs.readFileSync(written).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (haveTools('pdftotext')) expect(pdfText(written)).toContain('BJ-2026-0001');
      const loaded = packagesLoaded(run.modules);
      expect(loaded).toContain('pdfkit');
      expect(loaded).not.toContain('exceljs');
      expect(loaded).not.toContain('docx');
    },
    SLOW,
  );
});
