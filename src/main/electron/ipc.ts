import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import fs from 'node:fs';
import type { Result } from '../../shared/result';
import type { AppContext } from '../app-context';
import { isAppUrl } from '../app-origin';
import { dispatch } from '../dispatch';
import { uiTranslator } from './ui-locale';

/** The one channel the preload script uses (src/preload/index.ts). */
export const INVOKE_CHANNEL = 'presales:invoke';
/** Desktop-only helpers of the export dialog (absent in browser mode). */
export const CHOOSE_FOLDER_CHANNEL = 'presales:chooseFolder';
export const OPEN_FOLDER_CHANNEL = 'presales:openFolder';

/**
 * Answers `window.presales.invoke(method, input)`. Only the app's own pages may call in; the
 * input is validated by `dispatch` against the shared contract. Failures come back as data.
 */
export function handleInvokeRequests(ctx: AppContext, devServerUrl?: string): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!event.senderFrame || !isAppUrl(frameUrl, devServerUrl)) {
      return refused(uiTranslator(ctx)('err.untrustedSender', { url: frameUrl || '?' }));
    }
    if (typeof method !== 'string') {
      return refused(uiTranslator(ctx)('err.unknownMethod', { method: typeof method }));
    }
    return dispatch(ctx, method, input);
  });
}

/**
 * The export dialog's folder picker and "open the folder afterwards". Only a folder the user
 * picked or an existing directory is opened, never a file or a URL (no openExternal at all).
 */
export function handleDesktopRequests(devServerUrl?: string): void {
  const trusted = (frameUrl: string | undefined) => frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event, defaultPath: unknown): Promise<string | null> => {
    if (!trusted(event.senderFrame?.url)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      defaultPath: typeof defaultPath === 'string' ? defaultPath : undefined,
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle(OPEN_FOLDER_CHANNEL, async (event, folder: unknown): Promise<boolean> => {
    if (!trusted(event.senderFrame?.url) || typeof folder !== 'string') return false;
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return false;
    return (await shell.openPath(folder)) === '';
  });
}

function refused(message: string): Result<unknown> {
  return { ok: false, error: { code: 'REFUSED', message, fields: {} } };
}
