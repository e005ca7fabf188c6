/**
 * electron-builder's afterPack hook (electron-builder.json): flips Electron's fuses in the packaged
 * binary, after the files are in place and before it is signed. Fuses are switches compiled into
 * Electron that the app cannot turn back on at run time; see https://www.electronjs.org/docs/latest/tutorial/fuses.
 * test/packaging/after-pack.test.ts runs this hook on a stand-in binary and reads the fuses back.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch } from 'electron-builder';

/** The fuses of every packaged build, by @electron/fuses' option number. */
export const PACKAGED_FUSES = {
  // ELECTRON_RUN_AS_NODE=1 cannot turn the app into a plain Node.js that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store is encrypted with the OS keychain, like the team passwords.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require evil.js) is ignored by the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk cannot attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar must match the hash electron-builder embedded (macOS and Windows check it).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app is loaded from app.asar only, never from a folder dropped beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app serves its pages from app://, so file:// keeps no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** @param {import('electron-builder').AfterPackContext} context */
export async function afterPack(context) {
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    // Editing the binary breaks the ad-hoc signature an unsigned arm64 macOS build needs to start.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === Arch.arm64,
    ...PACKAGED_FUSES,
  });
}

export default afterPack;
