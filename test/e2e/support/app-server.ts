import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../../../src/main/app-context';
import { startBridge, type RunningBridge } from '../../../src/main/bridge/server';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../out/renderer');

export interface AppServer {
  url: string;
  dir: string;
  ctx: AppContext;
  bridge: RunningBridge;
  stop(): Promise<void>;
}

/**
 * Browser mode on a fresh database with the first-run demo data, as a new user would see it (or,
 * with `seedDemo: false`, an empty one: a colleague's machine a package is handed to).
 */
export async function startAppServer(options: { seedDemo?: boolean } = {}): Promise<AppServer> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm run test:e2e does).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-e2e-'));
  const ctx = await AppContext.open({
    dbPath: path.join(dir, 'presales.db'),
    seedDemoOnCreate: options.seedDemo ?? true,
  });
  const bridge = await startBridge({ ctx, staticDir: RENDERER_DIR });
  return {
    url: bridge.url,
    dir,
    ctx,
    bridge,
    async stop() {
      await bridge.close();
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
