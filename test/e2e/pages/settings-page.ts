import type { Locator, Page } from 'playwright-core';

/** 设置 → 备份: back up now, the list of backups, restore. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async openBackups(): Promise<void> {
    await this.page.getByTestId('settings-tab-backups').click();
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
