import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCliEntry, writeCliStamp } from '../../scripts/cli-build-stamp.mjs';
import { tempDir } from '../helpers/temp-dir';

/**
 * bin/presales.mjs runs the built CLI only while it is current: no input (source file) may be
 * newer than the build or missing. Here on a small project of its own, with set mtimes.
 */

const BUILT_AT = Date.parse('2026-12-07T10:00:00Z');

function project(): { root: string; outDir: string; entry: string; source: string } {
  const root = tempDir('presales-stamp-');
  const source = path.join(root, 'src', 'main.ts');
  fs.mkdirSync(path.dirname(source), { recursive: true });
  fs.writeFileSync(source, 'export {};\n');
  setMtime(source, BUILT_AT - 60_000);
  const outDir = path.join(root, 'out', 'cli');
  const entry = path.join(outDir, 'build-1', 'main.js');
  fs.mkdirSync(path.dirname(entry), { recursive: true });
  fs.writeFileSync(entry, 'export async function main() { return 0; }\n');
  writeCliStamp(outDir, { dir: 'build-1', builtAt: BUILT_AT, inputs: ['src/main.ts'] });
  return { root, outDir, entry, source };
}

function setMtime(file: string, ms: number): void {
  fs.utimesSync(file, new Date(ms), new Date(ms));
}

describe('which CLI bin/presales.mjs runs', () => {
  it('the build, when every input is older than it', () => {
    const { root, entry } = project();
    expect(freshCliEntry(root)).toBe(entry);
  });

  it('the sources, once an input is edited after the build', () => {
    const { root, source } = project();
    setMtime(source, BUILT_AT + 1_000);
    expect(freshCliEntry(root)).toBeNull();
  });

  it('the sources, when an input is gone, the build folder is missing or there is no stamp', () => {
    const deleted = project();
    fs.rmSync(deleted.source);
    expect(freshCliEntry(deleted.root)).toBeNull();

    const noBuild = project();
    fs.rmSync(path.dirname(noBuild.entry), { recursive: true });
    expect(freshCliEntry(noBuild.root)).toBeNull();

    const noStamp = project();
    fs.rmSync(path.join(noStamp.outDir, 'build.json'));
    expect(freshCliEntry(noStamp.root)).toBeNull();
  });

  it('the sources, when the stamp is unreadable', () => {
    const { root, outDir } = project();
    fs.writeFileSync(path.join(outDir, 'build.json'), '{"dir": "build-1"');
    expect(freshCliEntry(root)).toBeNull();
  });
});
