import fs from 'node:fs';
import path from 'node:path';
import { flipFuses, FuseV1Options, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { afterPack, PACKAGED_FUSES } from '../../scripts/after-pack.mjs';
import { tempDir } from '../helpers/temp-dir';

/** The marker @electron/fuses looks for in the Electron binary; the fuse wire follows it. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLED = 0x31; // '1'
const DISABLED = 0x30; // '0'

/**
 * A stand-in for the Electron executable: bytes around the sentinel, then wire version 1, eight
 * fuses, and Electron 45's defaults for them (RunAsNode, NODE_OPTIONS, --inspect and file://
 * privileges on; cookie encryption, asar integrity, asar-only and the V8 snapshot off).
 */
function fakeElectronBinary(file: string): void {
  const wire = Buffer.from([1, 8, ...Buffer.from('10110001')]);
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0xcc), Buffer.from(SENTINEL), wire, Buffer.alloc(4096)]));
}

/** The part of electron-builder's context the hook uses; addElectronFuses flips them as electron-builder does on Linux. */
function linuxContext(appOutDir: string, executable: string): AfterPackContext {
  const packager = {
    addElectronFuses: (_context: AfterPackContext, fuses: FuseConfig) =>
      flipFuses(path.join(appOutDir, executable), fuses),
  };
  return { appOutDir, electronPlatformName: 'linux', arch: Arch.x64, packager } as unknown as AfterPackContext;
}

describe('the afterPack hook (scripts/after-pack.mjs)', () => {
  it('lists the fuses a packaged build must have', () => {
    expect(PACKAGED_FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('flips them in the packaged executable and leaves the others as Electron ships them', async () => {
    const appOutDir = tempDir('presales-afterpack-');
    const executable = path.join(appOutDir, 'presales-workbench');
    fakeElectronBinary(executable);
    const before = fs.readFileSync(executable);

    await afterPack(linuxContext(appOutDir, 'presales-workbench'));

    const wire = await getCurrentFuseWire(executable);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLED);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLED);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLED);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLED);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(DISABLED);
    // Only the eight fuse bytes changed: the rest of the binary is byte for byte what it was.
    const after = fs.readFileSync(executable);
    const fusesStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, fusesStart)).toEqual(before.subarray(0, fusesStart));
    expect(after.subarray(fusesStart + 8)).toEqual(before.subarray(fusesStart + 8));
  });
});
