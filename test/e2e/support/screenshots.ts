import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../docs/screenshots');

/**
 * Saves what the user sees (the window, not the whole scroll height: the app shell's header is
 * fixed) under docs/screenshots/<name>.png, committed and linked from the README.
 */
export async function saveScreenshot(page: Page, name: string, options: { keepNotifications?: boolean } = {}) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (!options.keepNotifications) {
    for (const close of await page.locator('.mantine-Notification-root .mantine-CloseButton-root').all()) {
      await close.click().catch(() => undefined);
    }
  }
  // Let notifications and transitions settle so the picture shows the resting screen.
  await page.waitForTimeout(400);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
