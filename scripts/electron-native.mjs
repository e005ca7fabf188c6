#!/usr/bin/env node
/**
 * Makes better-sqlite3 for Electron's ABI in .native/, next to (not instead of) the Node build in
 * node_modules, which `npm test` and the CLI keep using. Run by `npm start` / `npm run dev`.
 *
 *   node scripts/electron-native.mjs          download the official prebuilt, else compile it
 *   node scripts/electron-native.mjs --check  print the target path and whether it exists
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(root, 'node_modules');
const electronVersion = readJson(path.join(modules, 'electron', 'package.json')).version;
const sqliteVersion = readJson(path.join(modules, 'better-sqlite3', 'package.json')).version;
const { platform, arch } = process;
const flavour = `electron-${electronVersion}-${platform}-${arch}`;
const target = path.join(root, '.native', 'better-sqlite3', flavour, 'better_sqlite3.node');

process.exitCode = main();

function main() {
  if (process.argv.includes('--check')) {
    console.log(`better-sqlite3 for Electron ${electronVersion} (${platform}-${arch}): ${target}`);
    console.log(fs.existsSync(target) ? 'present' : 'missing — run: node scripts/electron-native.mjs');
    return 0;
  }
  if (fs.existsSync(target)) {
    console.log(`better-sqlite3 for Electron ${electronVersion} is ready: ${path.relative(root, target)}`);
    return 0;
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-native-'));
  try {
    copyPackageSources(work);
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    const how =
      (downloadPrebuilt(work) && fs.existsSync(built) && 'downloaded the official prebuilt') ||
      (compileFromSource(work) && fs.existsSync(built) && 'compiled it from source');
    if (!how) {
      explainFailure();
      return 1;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copied then renamed, so an interrupted run never leaves a half-written binary to be loaded.
    fs.copyFileSync(built, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    console.log(
      `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}: ${how} → ${path.relative(root, target)}`,
    );
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** A scratch copy, so neither tool touches the Node build in node_modules/better-sqlite3/build. */
function copyPackageSources(work) {
  const source = path.join(modules, 'better-sqlite3');
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    fs.cpSync(path.join(source, entry), path.join(work, entry), { recursive: true });
  }
}

function run(label, command, args, cwd, extra = {}) {
  console.log(`\n> ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: childEnv(), ...extra });
  if (result.error) console.error(`  ${label} could not start: ${result.error.message}`);
  return result.status === 0;
}

/**
 * Under `npm start` npm exports the root project's settings; some of them (a git origin, a
 * build-from-source flag) would make prebuild-install skip the download for the wrong reason.
 */
function childEnv() {
  const skip = new Set(['npm_package_from', 'npm_package_resolved', 'npm_config_build_from_source']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !skip.has(name)));
}

/** better-sqlite3 has no `binary.host`, so prebuild-install uses its GitHub releases (tag v<version>). */
function downloadPrebuilt(work) {
  const bin = path.join(modules, 'prebuild-install', 'bin.js');
  if (!fs.existsSync(bin)) {
    console.log('prebuild-install is not installed; skipping the download.');
    return false;
  }
  const args = [
    bin,
    '--runtime',
    'electron',
    '--target',
    electronVersion,
    '--arch',
    arch,
    '--platform',
    platform,
    '--tag-prefix',
    'v',
    '--verbose',
  ];
  return run('download prebuilt', process.execPath, args, work);
}

function compileFromSource(work) {
  const gyp = nodeGypCommand();
  const args = [
    ...gyp.args,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
    // Electron's headers are kept apart from Node's, as @electron/rebuild does.
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
  ];
  return run('compile', gyp.command, args, work, gyp.options);
}

/** npm tells scripts where its own node-gyp is; otherwise look beside this Node, then fall back to npx. */
function nodeGypCommand() {
  const nodeDir = path.dirname(process.execPath);
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const script = candidates.find((file) => file && file.endsWith('.js') && fs.existsSync(file));
  if (script) return { command: process.execPath, args: [script], options: {} };
  // npx is a .cmd file on Windows, which only runs through a shell.
  return { command: 'npx', args: ['--yes', 'node-gyp'], options: { shell: platform === 'win32' } };
}

function explainFailure() {
  const tools =
    {
      win32: 'Python 3 and Visual Studio Build Tools with the "Desktop development with C++" workload',
      darwin: 'Python 3 and the Xcode Command Line Tools (xcode-select --install)',
    }[platform] ?? 'Python 3, make and a C++ compiler (e.g. apt install python3 build-essential)';
  console.error(`
Could not make better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}).
  1. Downloading the official prebuilt failed (no internet access, a proxy, or no prebuilt for this
     Electron version / platform).
  2. Compiling it from source failed too. That needs internet access for Electron's headers and
     ${tools}.
Install those, then run again:  node scripts/electron-native.mjs
The app cannot start without this file: ${target}`);
}
