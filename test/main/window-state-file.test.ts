import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  parseWindowState,
  readWindowState,
  windowStateFile,
  writeWindowState,
  type Rect,
} from '../../src/main/window-state-file';
import { tempDir } from '../helpers/temp-dir';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorOnTheRight: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('the main window comes back where the user left it', () => {
  it('opens at the default size the first time (no state file yet)', () => {
    expect(readWindowState(windowStateFile(tempDir()))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('remembers position, size and maximized between runs', () => {
    const file = windowStateFile(tempDir());
    writeWindowState(file, { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true });
    expect(readWindowState(file)).toEqual({ bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('a corrupt state file falls back to the default size', () => {
    const file = windowStateFile(tempDir());
    fs.writeFileSync(file, '{"bounds": {"x": 10, "y"');
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('a state file with nonsense values falls back to the default size', () => {
    for (const text of [
      '{"bounds": {"width": -5, "height": 700}, "maximized": false}',
      '{"bounds": {"width": "wide", "height": 700}, "maximized": false}',
      '{"bounds": {"width": 1e9, "height": 700}, "maximized": false}',
      '{"bounds": {"width": 1200, "height": 700}}',
      'null',
      '[]',
      '',
    ]) {
      expect(parseWindowState(text), text).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('half a position (x without y) is ignored, the size is kept', () => {
    expect(parseWindowState('{"bounds": {"x": 5, "width": 1100, "height": 700}, "maximized": false}')).toEqual({
      bounds: { width: 1100, height: 700 },
      maximized: false,
    });
  });

  it('a window on the second monitor stays there while that monitor is connected', () => {
    const state = { bounds: { x: 2200, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(fitToDisplays(state, [laptop, monitorOnTheRight], laptop)).toEqual(state);
  });

  it('a window off every screen is moved back onto the primary display', () => {
    // It was on the monitor on the right, which has been unplugged.
    const state = { bounds: { x: 2200, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({
      bounds: { x: 160, y: 20, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('a window whose title bar cannot be grabbed is moved back too', () => {
    // Only 40 px of it stick out at the right edge of the laptop screen.
    const state = { bounds: { x: 1880, y: 100, width: 1200, height: 800 }, maximized: false };
    const fitted = fitToDisplays(state, [laptop], laptop);
    expect(fitted.bounds).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('a window larger than its screen is shrunk to fit it', () => {
    const state = { bounds: { x: 0, y: 0, width: 2500, height: 1400 }, maximized: false };
    expect(fitToDisplays(state, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('a window without a saved position is centred on the primary display', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [monitorOnTheRight, laptop], laptop).bounds).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });
});
