import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = JSON.parse(fs.readFileSync('electron-builder.json', 'utf8'));
const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8'));

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking it is a PNG at all. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.json', () => {
  it("is valid for this electron-builder version's schema", () => {
    const schema = require('app-builder-lib/scheme.json');
    // The schema uses a custom `typeof: function` keyword; strict mode would reject the schema itself.
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('builds an NSIS installer for Windows that starts in Chinese and installs per user by default', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis.installerLanguages[0]).toBe('zh_CN');
    expect(config.nsis.language).toBe('2052'); // LCID of zh_CN
    // Assisted installer with the "only for me / for all users" page, "only for me" preselected.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false });
    expect(config.nsis.allowToChangeInstallationDirectory).toBe(true);
    expect(config.nsis.shortcutName).toBe('售前工作台');
    // Uninstalling keeps the user's database.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds an AppImage and a .deb for Linux and a dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry['Name[zh_CN]']).toBe('售前工作台');
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the app into an asar with its native module unpacked, and runs the fuse hook', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(fs.existsSync(config.afterPack)).toBe(true);
  });

  it('has an icon of at least 512 × 512 pixels (electron-builder makes .ico and .icns from it)', () => {
    expect(fs.existsSync(config.icon)).toBe(true);
    const { width, height } = pngSize(config.icon);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBe(width);
  });

  it('ships the build, the fonts, the demo images and the Electron build of better-sqlite3 — not src/ or test/', () => {
    const files: string[] = config.files;
    expect(files).toEqual(
      expect.arrayContaining([
        'out/main/**/*',
        'out/preload/**/*',
        'out/renderer/**/*',
        'resources/fonts/**/*',
        'resources/demo/**/*',
        '.native/better-sqlite3/**/*',
        'package.json',
        '!src/**',
        '!test/**',
      ]),
    );
    // Only named folders: no catch-all pattern that would bring the sources back in.
    expect(files.filter((pattern) => /^\*\*|^\.\/?$|^\*$/.test(pattern))).toEqual([]);
    // The Node build of better-sqlite3 must stay as it is for the tests and the CLI (scripts/electron-native.mjs).
    expect(config.npmRebuild).toBe(false);
  });

  it('is what `npm run dist` uses, after building the app and better-sqlite3 for Electron', () => {
    expect(packageJson.scripts.dist).toBe(
      'electron-vite build && node scripts/electron-native.mjs && electron-builder',
    );
    expect(config.directories.output).toBe('dist');
  });
});
