import type { Download, Locator, Page } from 'playwright-core';

/** 方案库: the solutions and sections tabs, the section editor with its rich-text toolbar, export and import. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('library-page');
  }

  async openSections(): Promise<void> {
    await this.page.getByTestId('library-tab-sections').click();
    await this.page.getByTestId('section-list-search').waitFor();
  }

  async openSolutions(): Promise<void> {
    await this.page.getByTestId('library-tab-solutions').click();
    await this.page.getByTestId('solution-list-search').waitFor();
  }

  // ——— Sections list ———

  sectionItems(): Locator {
    return this.page.getByTestId('section-item');
  }

  sectionItem(title: string): Locator {
    return this.page.locator(`[data-testid="section-item"][data-title="${title}"]`);
  }

  async sectionTitles(): Promise<string[]> {
    return this.sectionItems().evaluateAll((items) => items.map((i) => i.getAttribute('data-title') ?? ''));
  }

  async searchSections(text: string): Promise<void> {
    await this.page.getByTestId('section-list-search').fill(text);
  }

  async newSection(): Promise<void> {
    await this.page.getByTestId('section-list-new').click();
    await this.editor().waitFor();
  }

  // ——— Section editor ———

  editor(): Locator {
    return this.page.getByTestId('section-editor');
  }

  title(): Locator {
    return this.page.getByTestId('section-title');
  }

  async chooseKind(label: string): Promise<void> {
    await this.page.getByTestId('section-kind').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async addTag(tag: string): Promise<void> {
    const input = this.page.getByTestId('section-tags');
    await input.click();
    await input.pressSequentially(tag);
    await input.press('Enter');
  }

  /** The editable text of the section (the ProseMirror element). */
  body(): Locator {
    return this.page.getByTestId('section-body-content');
  }

  /** A toolbar button of the section's editor: bold, italic, h1–h3, bullet, ordered, table, undo… */
  tool(name: string): Locator {
    return this.page.getByTestId(`section-body-${name}`);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('section-save').click();
  }

  async duplicate(): Promise<void> {
    await this.page.getByTestId('section-duplicate').click();
  }

  dirtyBadge(): Locator {
    return this.page.getByTestId('section-dirty');
  }

  // ——— Export / import ———

  async exportLibrary(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('library-export').click(),
    ]);
    return download;
  }

  async importFile(name: string, json: string): Promise<void> {
    // Notifications stack at the top right, over the header buttons.
    for (const close of await this.page.locator('.mantine-Notification-root .mantine-CloseButton-root').all()) {
      await close.click().catch(() => undefined);
    }
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByTestId('library-import').click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') });
  }

  importErrors(): Locator {
    return this.page.getByTestId('library-import-error');
  }
}
