import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failureLine, fallbackDisabled, installFailureReason, serverUrlIn } from '../../scripts/start-messages.mjs';
import { tempDir } from '../helpers/temp-dir';

const START = path.resolve('scripts/start.mjs');

/** What Electron's installer prints when it cannot reach the download server (electron 45, @electron/get 5). */
const FETCH_FAILED_STACK = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///app/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///app/node_modules/@electron/get/dist/index.js:154:12)
`;

describe('the line npm start prints when Electron cannot be had', () => {
  it('names the step, the reason in both languages and what happens next, on one line', () => {
    const line = failureLine('download', installFailureReason(FETCH_FAILED_STACK, 1), { fallback: true });
    expect(line).toBe(
      '未能下载 Electron（网络不可用：fetch failed）— 改用浏览器模式 / ' +
        'Could not download Electron (network unavailable: fetch failed) — starting the browser mode instead',
    );
  });

  it('tells a refusing server and a bad checksum apart from a missing network', () => {
    const notFound = 'Error: Response code 404 (Not Found) for https://mirror.example/v45.5.0/electron.zip\n    at x';
    expect(installFailureReason(notFound, 1).zh).toBe(
      '下载服务器拒绝：Response code 404 (Not Found) for https://mirror.example/v45.5.0/electron.zip',
    );
    expect(installFailureReason('Error: No checksum found in checksum file for x.zip', 1).en).toMatch(
      /^the download failed its checksum: /,
    );
    expect(installFailureReason('', 7)).toEqual({ zh: 'exit code 7', en: 'exit code 7' });
  });

  it('says the fallback is off when PRESALES_NO_BROWSER_FALLBACK=1', () => {
    expect(fallbackDisabled({ PRESALES_NO_BROWSER_FALLBACK: '1' })).toBe(true);
    expect(fallbackDisabled({})).toBe(false);
    const line = failureLine(
      'download',
      { zh: '网络不可用：fetch failed', en: 'network unavailable: fetch failed' },
      { fallback: false },
    );
    expect(line).toContain('不启动浏览器模式');
    expect(line).toContain('browser mode is off (PRESALES_NO_BROWSER_FALLBACK=1)');
  });

  it('finds the address in what the browser-mode server prints', () => {
    expect(serverUrlIn('Presales Workbench (browser mode) → http://127.0.0.1:5199/\nDatabase: x')).toBe(
      'http://127.0.0.1:5199/',
    );
    expect(serverUrlIn('still starting')).toBeNull();
  });
});

const running: ChildProcess[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
});

/** A loopback port nobody listens on: the "download mirror" that refuses every connection. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs `scripts/start.mjs` where the Electron download must fail: the mirror is a closed loopback
 * port, the download cache is empty and the installed binary (if any) is hidden behind an empty
 * ELECTRON_OVERRIDE_DIST_PATH — the situation of an offline machine or one behind a proxy.
 */
async function startOffline(extraEnv: Record<string, string> = {}) {
  const work = tempDir('presales-start-');
  const emptyDist = path.join(work, 'electron-dist');
  const emptyCache = path.join(work, 'electron-cache');
  fs.mkdirSync(emptyDist);
  fs.mkdirSync(emptyCache);
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(ELECTRON_|npm_config_electron|electron_)/i.test(name)),
  );
  Object.assign(env, {
    ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
    electron_config_cache: emptyCache,
    ELECTRON_OVERRIDE_DIST_PATH: emptyDist,
    XDG_CONFIG_HOME: path.join(work, 'config'),
    ...extraEnv,
  });
  const dbPath = path.join(work, 'presales.db');
  // --no-build: serve out/ as it is, so this test never rebuilds the UI under other tests' feet.
  const child = spawn(process.execPath, [START, '--port', '0', '--db', dbPath, '--no-open', '--no-build'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, dbPath, exit, output: () => output };
}

/** Resolves with the output once `test` accepts it; rejects if the process ends first. */
function waitForOutput(run: Awaited<ReturnType<typeof startOffline>>, test: (text: string) => boolean) {
  return new Promise<string>((resolve, reject) => {
    const check = () => {
      if (test(run.output())) {
        clearInterval(timer);
        resolve(run.output());
      }
    };
    const timer = setInterval(check, 50);
    void run.exit.then((code) => {
      clearInterval(timer);
      if (test(run.output())) resolve(run.output());
      else reject(new Error(`start.mjs exited (${code}) with:\n${run.output()}`));
    });
  });
}

describe('npm start without Electron (scripts/start.mjs)', () => {
  it('says in one line why, then serves the app with the demo data on the printed address', async () => {
    const run = await startOffline();
    const output = await waitForOutput(run, (text) => text.includes('Browser mode is running'));

    const failureLines = output.split('\n').filter((line) => line.includes('未能下载 Electron'));
    expect(failureLines).toEqual([
      '未能下载 Electron（网络不可用：fetch failed）— 改用浏览器模式 / ' +
        'Could not download Electron (network unavailable: fetch failed) — starting the browser mode instead',
    ]);
    expect(output).not.toMatch(/^\s+at /m);

    const url = serverUrlIn(output.slice(output.indexOf('Browser mode is running')));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(new URL('api/invoke', url ?? ''), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-presales-bridge': '1' },
      body: JSON.stringify({ method: 'demo.status', input: {} }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      data: { loaded: true, companyIsDemo: true, items: 56, solutions: 2, customers: 4 },
    });
    expect(fs.existsSync(run.dbPath)).toBe(true);

    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });

  it('exits 1 with only the message when PRESALES_NO_BROWSER_FALLBACK=1', async () => {
    const run = await startOffline({ PRESALES_NO_BROWSER_FALLBACK: '1' });
    expect(await run.exit).toBe(1);
    const lines = run
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines.at(-1)).toBe(
      '未能下载 Electron（网络不可用：fetch failed）— 已设置 PRESALES_NO_BROWSER_FALLBACK=1，不启动浏览器模式 / ' +
        'Could not download Electron (network unavailable: fetch failed) — browser mode is off (PRESALES_NO_BROWSER_FALLBACK=1)',
    );
    expect(run.output()).not.toMatch(/^\s+at |TypeError|Browser mode is running/m);
    expect(fs.existsSync(run.dbPath)).toBe(false);
  });
});
