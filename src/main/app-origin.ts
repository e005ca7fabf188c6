/**
 * The app's own pages are served from app://renderer/ (or, during `electron-vite dev`, from the
 * Vite dev server). Everything that decides whom to trust — IPC, navigation — asks this module.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Whether `url` is one of the app's own pages. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // Node's URL reports origin "null" for schemes it does not know, so compare the parts instead.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const dev = devServerUrl ? parseUrl(devServerUrl) : null;
  return dev !== null && dev.origin !== 'null' && parsed.origin === dev.origin;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
