import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Presales Workbench';
export const DB_FILE_NAME = 'presales.db';

/**
 * The user's data folder, computed the way Electron computes `app.getPath('userData')`, so the
 * app, the CLI and the browser bridge all find the same database without Electron loaded.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME);
}

/** `--db PATH` wins, then the PRESALES_DB environment variable, then the user's data folder. */
export function resolveDbPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit || env.PRESALES_DB;
  return path.resolve(chosen || path.join(defaultDataDir(process.platform, env), DB_FILE_NAME));
}
