import path from 'node:path';
import type { TFunction } from 'i18next';
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { translator } from '../../shared/i18n';
import type { Locale } from '../../shared/locale';
import type { AppContext } from '../app-context';
import { APP_VERSION } from '../app-version';
import { createBackup } from '../db/backups';
import { messageOf } from '../db/errors';
import { dispatch } from '../dispatch';
import { uiLocale } from './ui-locale';

export interface MenuDeps {
  ctx: AppContext;
  mainWindow: () => BrowserWindow | null;
}

/** Languages are listed in their own script, so a user can find theirs whatever the UI shows now. */
const LANGUAGES: ReadonlyArray<{ locale: Locale; label: string }> = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
];

const isMac = process.platform === 'darwin';

/** (Re)builds the application menu in the current UI language; called again when it changes. */
export function installMenu(deps: MenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(deps)));
}

function menuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const locale = uiLocale(deps.ctx);
  const t = translator(locale);
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: () => void showAbout(deps, t) };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit') };
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      { type: 'separator' },
      quit,
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.backupNow'), click: () => void backUpNow(deps, t) },
      { label: t('menu.openDataFolder'), click: () => void openDataFolder(deps, t) },
      ...(isMac ? [] : [{ type: 'separator' } as const, quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const]),
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullscreen') },
      { type: 'separator' },
      {
        label: t('menu.language'),
        submenu: LANGUAGES.map(({ locale: choice, label }) => ({
          type: 'radio' as const,
          label,
          checked: choice === locale,
          click: () => void switchLanguage(deps, choice, locale),
        })),
      },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: t('menu.help'), submenu: [about] };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

async function backUpNow({ ctx, mainWindow }: MenuDeps, t: TFunction): Promise<void> {
  try {
    const backup = await createBackup(ctx.db(), ctx.backupsDir, 'manual');
    await showInfo(mainWindow(), { message: t('menu.backupDone', { file: backup.name }), detail: ctx.backupsDir });
  } catch (error) {
    dialog.showErrorBox(t('common.error'), messageOf(error));
  }
}

/** Opens the folder of our own database file: never a path that came from a page. */
async function openDataFolder({ ctx }: MenuDeps, t: TFunction): Promise<void> {
  const failure = await shell.openPath(path.dirname(ctx.dbPath));
  if (failure) dialog.showErrorBox(t('common.error'), failure);
}

async function showAbout({ ctx, mainWindow }: MenuDeps, t: TFunction): Promise<void> {
  await showInfo(mainWindow(), {
    title: t('menu.about'),
    message: t('app.title'),
    detail: t('menu.aboutDetail', { version: APP_VERSION, path: ctx.dbPath }),
  });
}

/** The renderer reads the language at start, so it is reloaded after the setting is saved. */
async function switchLanguage(deps: MenuDeps, locale: Locale, current: Locale): Promise<void> {
  if (locale === current) return;
  const result = await dispatch(deps.ctx, 'settings.setLocale', { locale });
  if (!result.ok) {
    dialog.showErrorBox(translator(current)('common.error'), result.error.message);
    // The radio item already moved; put it back.
    installMenu(deps);
    return;
  }
  deps.mainWindow()?.webContents.reload();
}

function showInfo(
  win: BrowserWindow | null,
  options: { title?: string; message: string; detail: string },
): Promise<unknown> {
  const box = { type: 'info' as const, ...options };
  return win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box);
}
