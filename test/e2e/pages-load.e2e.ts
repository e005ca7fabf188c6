import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { useBrowserSession } from './support/browser-session';

/**
 * Every page is its own lazily loaded chunk: each is opened from a cold start (a fresh page load
 * straight on its address) and must show its own content, so a chunk that fails to load or to
 * render fails here rather than in a user's hands.
 */

const session = useBrowserSession();
let page: Page;
let server: AppServer;

beforeEach(() => {
  ({ page, server } = session);
});

/** A line each page shows on the demo database, in Chinese. */
const CONTENT: Record<string, string> = {
  overview: '价格条目',
  funnel: '销售漏斗',
  teamDeals: '团队商机来自团队服务器',
  opportunities: '商机',
  prices: '标准价格体系',
  quotes: 'BJ-',
  approvals: '报价审批在团队模式下由主管完成',
  proposals: '建议书',
  demoScripts: '演示',
  contracts: '合同',
  library: '方案库',
  company: '每份导出的报价单、方案书和合同都会带上这些信息',
  settings: '团队',
};

describe('every page from a cold start', () => {
  it('loads each page’s chunk and shows its content', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}#/overview`);
    await page.getByTestId('nav-settings').waitFor();
    // Every page in the navigation is checked here: a new page needs its line above.
    const nav = await page
      .locator('nav [data-testid^="nav-"]')
      .evaluateAll((links) => links.map((l) => (l.getAttribute('data-testid') ?? '').slice('nav-'.length)));
    expect(nav).toEqual(Object.keys(CONTENT));
    for (const route of nav) {
      await page.goto(`${server.url}#/${route}`);
      await page.reload();
      const main = page.locator('main');
      await expect.poll(() => main.innerText(), { timeout: 15_000 }).toContain(CONTENT[route]);
      expect(await page.getByTestId('page-loading').count(), route).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
