import type { Locator, Page } from 'playwright-core';

export type Route =
  'overview' | 'opportunities' | 'prices' | 'quotes' | 'proposals' | 'demoScripts' | 'library' | 'company' | 'settings';

/** The app shell: header, navigation, language switch, notifications. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(route: Route = 'overview'): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/${route}`);
    await this.page.getByTestId(`nav-${route}`).waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByTestId('nav-overview').waitFor();
  }

  /** Reloads without expecting the workbench (e.g. when the database screen is expected). */
  async reloadPage(): Promise<void> {
    await this.page.reload();
  }

  async go(route: Route): Promise<void> {
    await this.page.getByTestId(`nav-${route}`).click();
  }

  navLabel(route: Route): Locator {
    return this.page.getByTestId(`nav-${route}`);
  }

  /** Clicks 中文 or English in the header's language switch. */
  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByTestId('language-switch').first().getByText(label, { exact: true }).click();
  }

  headerCompanyName(): Locator {
    return this.page.getByTestId('header-company-name');
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('confirm-ok').click();
  }
}
