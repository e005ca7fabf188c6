import type { Locator, Page } from 'playwright-core';

/** 概览: database facts and the demo data card. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  demoStatus(): Locator {
    return this.page.getByTestId('demo-status');
  }

  count(label: string): Locator {
    return this.page.getByTestId('db-counts').locator('tr').filter({ hasText: label }).locator('td').last();
  }

  async clearDemo(): Promise<void> {
    await this.page.getByTestId('demo-clear').click();
    await this.page.getByTestId('confirm-ok').click();
  }
}
