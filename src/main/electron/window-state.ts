import { screen, type BrowserWindow } from 'electron';
import { fitToDisplays, readWindowState, writeWindowState, type WindowState } from '../window-state-file';

const SAVE_DELAY_MS = 500;

/** The saved window state, moved onto a screen that is connected now. Call after `app` is ready. */
export function restoreWindowState(file: string): WindowState {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return fitToDisplays(readWindowState(file), workAreas, screen.getPrimaryDisplay().workArea);
}

/** Saves the window's normal (un-maximized) bounds while the user moves it, and once more on close. */
export function rememberWindowState(win: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | null = null;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (win.isDestroyed()) return;
    const { x, y, width, height } = win.getNormalBounds();
    try {
      writeWindowState(file, { bounds: { x, y, width, height }, maximized: win.isMaximized() });
    } catch (error) {
      // Losing the window position is not worth an error dialog.
      console.warn('Could not save the window state:', error);
    }
  };
  const saveSoon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
}
