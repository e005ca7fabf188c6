import { app, BrowserWindow, dialog, session } from 'electron';
import { AppContext } from '../app-context';
import { messageOf } from '../db/errors';
import { defaultDataDir, resolveDbPath } from '../paths';
import { setTeamPasswordStore } from '../team/team-link';
import { windowStateFile } from '../window-state-file';
import { handleDesktopRequests, handleInvokeRequests } from './ipc';
import { installMenu, type MenuDeps } from './menu';
import { findNativeBinding } from './native-binding';
import { registerAppScheme, serveRenderer } from './protocol';
import { safeStorageTeamPasswords } from './team-password-store';
import { uiTranslator } from './ui-locale';
import { createMainWindow, denyAllPermissions, hardenWebContents } from './window';

/** `--db PATH` or `--db=PATH` on the command line. */
function dbArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') return argv[i + 1];
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

export async function startElectronApp(): Promise<void> {
  // Before the lock: the lock lives in userData, and the CLI and browser bridge use this folder too.
  app.setPath('userData', defaultDataDir());
  if (!app.requestSingleInstanceLock()) {
    // A second copy would open the same database file; hand over to the first one instead.
    app.quit();
    return;
  }
  // Every renderer is sandboxed, including any a future change might create without saying so.
  app.enableSandbox();
  registerAppScheme();
  const devServerUrl = process.env.ELECTRON_RENDERER_URL || undefined;
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

  await app.whenReady();
  try {
    await launch(devServerUrl);
  } catch (error) {
    // Without this an unexpected failure would leave a process with no window and no message.
    dialog.showErrorBox('Presales Workbench', messageOf(error));
    app.exit(1);
  }
}

async function launch(devServerUrl: string | undefined): Promise<void> {
  const nativeBinding = findNativeBinding();
  if (!nativeBinding) {
    app.quit();
    return;
  }

  setTeamPasswordStore(safeStorageTeamPasswords());
  let menuDeps: MenuDeps | null = null;
  const ctx = await AppContext.open({
    dbPath: resolveDbPath(dbArgument(process.argv)),
    nativeBinding,
    seedDemoOnCreate: true,
    onLocaleChanged: () => {
      if (menuDeps) installMenu(menuDeps);
    },
  });

  denyAllPermissions(session.defaultSession);
  serveRenderer();
  handleInvokeRequests(ctx, devServerUrl);
  handleDesktopRequests(devServerUrl);

  let mainWindow: BrowserWindow | null = null;
  const openMainWindow = (): void => {
    mainWindow = createMainWindow({
      title: uiTranslator(ctx)('app.title'),
      windowStateFile: windowStateFile(app.getPath('userData')),
      devServerUrl,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  menuDeps = { ctx, mainWindow: () => mainWindow };
  installMenu(menuDeps);
  openMainWindow();

  app.on('second-instance', () => {
    if (!mainWindow) return openMainWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS apps stay running without windows and reopen one from the Dock.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Closing the connection checkpoints the WAL, so the database is one tidy file after quitting.
  app.on('will-quit', () => ctx.close());
}
