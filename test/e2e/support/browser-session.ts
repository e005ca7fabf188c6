import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { AppPage } from '../pages/app-page';
import { startAppServer, type AppServer } from './app-server';
import { launchBrowser } from './browser';

export interface BrowserSession {
  page: Page;
  server: AppServer;
  app: AppPage;
}

/**
 * Registers the hooks every E2E file needs: one Chromium per file, and for each test a fresh
 * database with the first-run demo data behind browser mode, and a new page on a Chinese system
 * (so the app starts in Chinese). Read the session's fields inside tests or later hooks.
 */
export function useBrowserSession(): BrowserSession {
  let browser: Browser;
  let context: BrowserContext;
  const session = {} as BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    session.server = await startAppServer();
    context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 860 },
      acceptDownloads: true,
    });
    session.page = await context.newPage();
    session.app = new AppPage(session.page, session.server.url);
  });
  afterEach(async () => {
    await context.close();
    await session.server.stop();
  });
  return session;
}
