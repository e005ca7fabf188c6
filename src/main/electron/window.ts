import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from '../app-origin';
import { MIN_WINDOW_SIZE } from '../window-state-file';
import { rememberWindowState, restoreWindowState } from './window-state';

const PRELOAD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../preload/index.cjs');

export interface MainWindowOptions {
  title: string;
  windowStateFile: string;
  /** Set by `electron-vite dev`; otherwise the built renderer is loaded from app://. */
  devServerUrl?: string;
}

export function createMainWindow({ title, windowStateFile, devServerUrl }: MainWindowOptions): BrowserWindow {
  const state = restoreWindowState(windowStateFile);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    // Shown once painted, so the user never sees a white flash or a half-laid-out page.
    show: false,
    // The app's own background (Mantine gray.0, as the main area) behind the first paint.
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle-click (auxclick) on a link would otherwise try to open it in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  rememberWindowState(win, windowStateFile);
  win.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Could not load the app page:', error);
  });
  return win;
}

/**
 * Applied to every WebContents the app ever creates (see app.ts), so a page can never open a
 * window, wander off to another site, embed a <webview>, or get a camera or notification grant.
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
