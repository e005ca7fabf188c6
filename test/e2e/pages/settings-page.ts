import type { Locator, Page } from 'playwright-core';

/** 设置: 报价规则 (numbering, approval rules, templates) and 备份 (back up now, restore). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async openBackups(): Promise<void> {
    await this.page.getByTestId('settings-tab-backups').click();
  }

  async openQuoteRules(): Promise<void> {
    await this.page.getByTestId('settings-tab-quotes').click();
    await this.page.getByTestId('quote-rules').waitFor();
  }

  quotePrefix(): Locator {
    return this.page.getByTestId('quote-prefix');
  }

  minMargin(): Locator {
    return this.page.getByTestId('quote-min-margin');
  }

  async saveQuoteRules(): Promise<void> {
    await this.page.getByTestId('quote-rules-save').click();
  }

  templates(): Locator {
    return this.page.getByTestId('quote-templates');
  }

  async backUpNow(): Promise<void> {
    await this.page.getByTestId('backup-now').click();
  }

  backupRows(): Locator {
    return this.page.getByTestId('backups-table').locator('tbody tr');
  }

  /** Clicks restore on the row of a backup and confirms. */
  async restore(name: string): Promise<void> {
    await this.page.getByTestId(`restore-${name}`).click();
    await this.page.getByTestId('confirm-ok').click();
  }
}
