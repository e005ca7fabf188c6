import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where and how big the main window was, kept in `<userData>/window-state.json`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Without x/y the window is centred on the primary display. */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false };

/** How much of the title bar must be on a screen for the user to grab it. */
const GRAB_WIDTH = 100;
const TITLE_BAR_HEIGHT = 32;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(100).max(100_000);
const StoredWindowState = z.object({
  bounds: z.object({ x: coordinate.optional(), y: coordinate.optional(), width: length, height: length }),
  maximized: z.boolean(),
});

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, WINDOW_STATE_FILE_NAME);
}

function defaults(): WindowState {
  return { bounds: { ...DEFAULT_WINDOW_STATE.bounds }, maximized: DEFAULT_WINDOW_STATE.maximized };
}

/** A hand-edited, truncated or foreign file must never stop the app from opening: fall back to defaults. */
export function parseWindowState(text: string): WindowState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaults();
  }
  const parsed = StoredWindowState.safeParse(json);
  if (!parsed.success) return defaults();
  const { x, y, width, height } = parsed.data.bounds;
  const bounds = x !== undefined && y !== undefined ? { x, y, width, height } : { width, height };
  return { bounds, maximized: parsed.data.maximized };
}

export function readWindowState(file: string): WindowState {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return defaults();
  }
  return parseWindowState(text);
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the old state intact. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function titleBarReachable(window: Rect, area: Rect): boolean {
  const titleBar = { x: window.x, y: window.y, width: window.width, height: TITLE_BAR_HEIGHT };
  const seen = overlap(titleBar, area);
  return seen.width >= GRAB_WIDTH && seen.height >= TITLE_BAR_HEIGHT / 2;
}

/**
 * Keeps the window where the user can see and grab it: a screen that was unplugged or a changed
 * layout moves it back onto the primary display, and it never comes back larger than its screen.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[], primary: Rect): WindowState {
  const { x, y, width, height } = state.bounds;
  if (x !== undefined && y !== undefined) {
    const home = workAreas.find((area) => titleBarReachable({ x, y, width, height }, area));
    if (home) {
      return {
        bounds: { x, y, width: Math.min(width, home.width), height: Math.min(height, home.height) },
        maximized: state.maximized,
      };
    }
  }
  const fittedWidth = Math.min(width, primary.width);
  const fittedHeight = Math.min(height, primary.height);
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - fittedWidth) / 2),
      y: primary.y + Math.round((primary.height - fittedHeight) / 2),
      width: fittedWidth,
      height: fittedHeight,
    },
    maximized: state.maximized,
  };
}
