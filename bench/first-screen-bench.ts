/**
 * The first screen in browser mode: from navigation to the overview showing the demo database's
 * counts (interactive), in Debian's Chromium, for the renderer as built (one chunk per page) and
 * the same renderer built as a single chunk, side by side. Builds the single-chunk variant into a
 * temporary folder with Vite; needs `npx electron-vite build` to have made out/renderer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { AppContext } from '../src/main/app-context';
import { startBridge } from '../src/main/bridge/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const SPLIT_DIR = path.join(ROOT, 'out/renderer');
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function buildOneChunk(outDir: string): Promise<void> {
  await build({
    root: path.join(ROOT, 'src/renderer'),
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
}

/** Bytes of JavaScript the page loads before it can show anything: the entry and what it preloads. */
function firstLoadBytes(dir: string): number {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

async function timeFirstScreen(staticDir: string, ctx: AppContext): Promise<number[]> {
  const bridge = await startBridge({ ctx, staticDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      // A fresh context each run: nothing cached, as a window opening for the first time.
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${bridge.url}#/overview`);
      await page.getByTestId('db-counts').getByText('价格条目').waitFor();
      const ms = performance.now() - start;
      if (i > 0) times.push(ms); // the first run warms the browser itself
      await context.close();
    }
  } finally {
    await browser.close();
    await bridge.close();
  }
  return times;
}

export async function benchFirstScreen(): Promise<string[]> {
  if (!fs.existsSync(path.join(SPLIT_DIR, 'index.html'))) return ['first screen: run `npx electron-vite build` first'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-first-screen-'));
  try {
    const oneChunk = path.join(dir, 'one-chunk');
    await buildOneChunk(oneChunk);
    const ctx = await AppContext.open({ dbPath: path.join(dir, 'presales.db'), seedDemoOnCreate: true });
    try {
      const split = await timeFirstScreen(SPLIT_DIR, ctx);
      const single = await timeFirstScreen(oneChunk, ctx);
      const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
      return [
        `first screen in browser mode (navigation → overview counts shown, fresh browser context, median of ${RUNS}):`,
        `  split by page: ${median(split).toFixed(0)} ms, first-load JavaScript ${mb(firstLoadBytes(SPLIT_DIR))} minified`,
        `  one chunk:     ${median(single).toFixed(0)} ms, first-load JavaScript ${mb(firstLoadBytes(oneChunk))} minified`,
      ];
    } finally {
      ctx.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('first-screen-bench.ts')) for (const line of await benchFirstScreen()) console.log(line);
