#!/usr/bin/env node
/**
 * `npm start`: the desktop app — or, where it cannot run, the browser mode, so that
 * `npm install && npm start` always ends in a working app.
 *
 * The desktop path, as before:
 *   1. install-electron             downloads the Electron binary once (node_modules/electron/dist)
 *   2. scripts/electron-native.mjs  better-sqlite3 built for Electron's ABI (.native/)
 *   3. electron-vite preview        builds main, preload and renderer, then opens the window
 * When 1 or 2 fails (offline, a proxy, no compiler) or Linux has no display, it prints one line
 * saying what failed and why, then starts the browser mode: builds the UI if out/renderer is older
 * than the sources, serves it with src/main/bridge/start.ts on 127.0.0.1 (demo data seeded on
 * first run), prints the address and opens it in the default browser when it can.
 *
 *   node scripts/start.mjs [--db PATH] [--port N] [--no-demo] [--no-open] [--no-build]
 *
 * --db is passed to either mode; the others only matter to the browser mode (--port: default 5199,
 * or a free port when that one is taken; --no-build: serve out/renderer as it is).
 * PRESALES_NO_BROWSER_FALLBACK=1 turns the fallback off: the line is printed and the exit code is 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  displayMissing,
  failureLine,
  fallbackDisabled,
  installFailureReason,
  runningLine,
  serverUrlIn,
} from './start-messages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const DEFAULT_PORT = 5199;

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
    'no-open': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

process.exitCode = await main();

async function main() {
  const problem = prepareElectron();
  if (!problem) return runChild(process.execPath, [electronVite, 'preview', ...electronArgs()]);
  const fallback = !fallbackDisabled(process.env);
  console.error(failureLine(problem.step, problem.reason, { fallback }));
  if (!fallback) return 1;
  return runBrowserMode();
}

/** Steps 1 and 2 of the desktop path; null when Electron can start, else which step failed and why. */
function prepareElectron() {
  const download = installElectron();
  if (!download.ok) return { step: 'download', reason: installFailureReason(download.output, download.status) };
  // electron-native.mjs explains its own failure at length (what to install), so it keeps its output.
  const native = spawnSync(process.execPath, [path.join(root, 'scripts', 'electron-native.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (native.status !== 0) return { step: 'native', reason: { zh: '原因见上方', en: 'see above' } };
  if (displayMissing(process.platform, process.env)) {
    return {
      step: 'display',
      reason: {
        zh: '没有图形界面：DISPLAY 和 WAYLAND_DISPLAY 都未设置',
        en: 'no graphical session: DISPLAY and WAYLAND_DISPLAY are unset',
      },
    };
  }
  return null;
}

/** Runs Electron's own installer; its stack trace is kept for the reason, never shown. */
function installElectron() {
  if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
    console.log('正在下载 Electron（仅首次启动，约 100 MB）… / Downloading Electron (first start only, about 100 MB)…');
  }
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.error) return { ok: false, output: result.error.message, status: null };
  return { ok: result.status === 0, output: result.stderr ?? '', status: result.status };
}

/** `electron-vite preview -- --db PATH` hands the path to the app (src/main/electron/app.ts). */
function electronArgs() {
  return options.db ? ['--', '--db', options.db] : [];
}

async function runBrowserMode() {
  if (!options['no-build'] && rendererIsStale()) {
    console.log('正在构建界面… / Building the UI…');
    const built = await runChild(process.execPath, [electronVite, 'build']);
    if (built !== 0) {
      console.error('界面构建失败（原因见上方）/ Building the UI failed (see above)');
      return built;
    }
  }
  const port = options.port ?? String(await preferredPortOrAnyFree(DEFAULT_PORT));
  const args = ['--import', 'tsx', path.join(root, 'src', 'main', 'bridge', 'start.ts'), '--port', port];
  if (options.db) args.push('--db', options.db);
  if (options['no-demo']) args.push('--no-demo');
  return runChild(process.execPath, args, { onOutput: announceOnce() });
}

/** Prints the address in both languages and opens it, the first time the server names it. */
function announceOnce() {
  let seen = '';
  let announced = false;
  return (text) => {
    if (announced) return;
    seen += text;
    const url = serverUrlIn(seen);
    if (!url) return;
    announced = true;
    console.log(runningLine(url));
    if (!options['no-open']) openInBrowser(url);
  };
}

/** The UI needs a build when out/renderer is missing or older than any source file. */
function rendererIsStale() {
  const built = path.join(root, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const sources = [
    ...fs.readdirSync(path.join(root, 'src'), { recursive: true }).map((name) => path.join(root, 'src', name)),
    path.join(root, 'electron.vite.config.ts'),
    path.join(root, 'package.json'),
  ];
  return sources.some((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > builtAt);
}

/** 5199 when it is free; otherwise 0, which lets the system pick one (the server prints it). */
function preferredPortOrAnyFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(0));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

/** Best effort: a missing opener or no browser is not an error — the address is printed anyway. */
function openInBrowser(url) {
  const opener =
    process.platform === 'darwin'
      ? { command: 'open', args: [url] }
      : process.platform === 'win32'
        ? { command: 'cmd', args: ['/c', 'start', '""', url], windowsVerbatimArguments: true }
        : displayMissing(process.platform, process.env)
          ? null // xdg-open would start a text-mode browser in this very terminal
          : { command: 'xdg-open', args: [url] };
  if (!opener) return;
  try {
    const child = spawn(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsVerbatimArguments: opener.windowsVerbatimArguments ?? false,
    });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Nothing to do: the address is on the screen.
  }
}

/**
 * Runs a child to its end with our terminal, passing on Ctrl+C / kill so it can close the
 * database cleanly. `onOutput` sees its standard output (which is still shown). Resolves to the exit code.
 */
function runChild(command, args, { onOutput } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', onOutput ? 'pipe' : 'inherit', 'inherit'] });
    if (onOutput) {
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        onOutput(chunk.toString('utf8'));
      });
    }
    let stopping = false;
    const forward = (signal) => {
      stopping = true;
      child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      // Stopped by the signal we passed on: that is how the user ends it, not a failure.
      resolve(code ?? (stopping && signal ? 0 : 1));
    });
  });
}
