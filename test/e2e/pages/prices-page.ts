import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { fieldError } from './field-error';

export type EditorField = 'code' | 'name' | 'unit' | 'spec' | 'price' | 'cost' | 'floorDiscount' | 'notes';

/** 价格体系: versions, the virtualised item table, the item editor, publishing and comparing. */
export class PricesPage {
  constructor(readonly page: Page) {}

  // ——— Header ———

  emptyState(): Locator {
    return this.page.getByTestId('prices-empty');
  }

  async waitForRows(): Promise<void> {
    await this.rows().first().waitFor();
  }

  /** The label of the version on screen (the switcher's input). */
  async versionLabel(): Promise<string> {
    return this.page.getByTestId('version-select').inputValue();
  }

  versionStatus(): Locator {
    return this.page.getByTestId('prices-page').getByTestId('version-status');
  }

  currentBadge(): Locator {
    return this.page.getByTestId('prices-page').getByTestId('version-current');
  }

  versionMeta(): Locator {
    return this.page.getByTestId('version-meta');
  }

  async chooseVersion(label: string): Promise<void> {
    await this.page.getByTestId('version-select').click();
    await this.page.getByRole('option').filter({ hasText: label }).first().click();
  }

  async newDraft(): Promise<void> {
    await this.page.getByTestId('version-new-draft').click();
  }

  /** Publishes the draft on screen; the date stays today's unless given. */
  async publish(date?: string): Promise<void> {
    await this.page.getByTestId('version-publish').click();
    if (date !== undefined) await this.page.getByTestId('publish-date').fill(date);
    await this.page.getByTestId('publish-confirm').click();
  }

  publishDate(): Locator {
    return this.page.getByTestId('publish-date');
  }

  // ——— Toolbar and table ———

  async search(text: string): Promise<void> {
    await this.page.getByTestId('prices-search').fill(text);
  }

  total(): Locator {
    return this.page.getByTestId('prices-total');
  }

  rows(): Locator {
    return this.page.getByTestId('price-row');
  }

  /** Codes of the rows in the DOM, top to bottom. */
  async rowCodes(): Promise<string[]> {
    return this.rows().evaluateAll((rows) =>
      rows
        .map((row) => ({
          index: Number(row.getAttribute('aria-rowindex')),
          code: row.getAttribute('data-code') ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.code),
    );
  }

  /** The list prices (in yuan) of the rows in the DOM, top to bottom, read in one go. */
  async rowPrices(): Promise<number[]> {
    return this.rows().evaluateAll((rows) =>
      rows
        .map((row) => ({
          index: Number(row.getAttribute('aria-rowindex')),
          price: Number((row.querySelector('[data-col="price"]')?.textContent ?? '').replace(/[¥,]/g, '')),
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.price),
    );
  }

  row(code: string): Locator {
    return this.page.locator(`[data-testid="price-row"][data-code="${code}"]`);
  }

  cell(code: string, column: string): Locator {
    return this.row(code).locator(`[data-col="${column}"]`);
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByTestId(`price-sort-${column}`).click();
  }

  async openItem(code: string): Promise<void> {
    await this.row(code).click();
    await this.editor().waitFor();
  }

  // ——— Item editor ———

  editor(): Locator {
    return this.page.getByTestId('price-editor');
  }

  editorField(name: EditorField): Locator {
    return this.page.getByTestId(`price-editor-${name}`);
  }

  readOnlyNotice(): Locator {
    return this.page.getByTestId('price-editor-readonly');
  }

  async startDraftFromEditor(): Promise<void> {
    await this.page.getByTestId('price-editor-start-draft').click();
  }

  async fill(values: Partial<Record<EditorField, string>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.editorField(name as EditorField).fill(value);
  }

  async saveItem(): Promise<void> {
    await this.page.getByTestId('price-editor-save').click();
  }

  /** The error under an editor field, found through aria-describedby as a screen reader would. */
  async errorOf(name: EditorField): Promise<string | null> {
    return fieldError(this.page, this.editorField(name));
  }

  async isFocused(name: EditorField): Promise<boolean> {
    return this.editorField(name).evaluate((element) => element.ownerDocument.activeElement === element);
  }

  margin(): Locator {
    return this.page.getByTestId('price-editor-margin');
  }

  // ——— Compare ———

  async openCompare(): Promise<void> {
    await this.page.getByTestId('version-compare').click();
    await this.page.getByTestId('compare-from').waitFor();
  }

  async compareVersions(): Promise<{ from: string; to: string }> {
    return {
      from: await this.page.getByTestId('compare-from').inputValue(),
      to: await this.page.getByTestId('compare-to').inputValue(),
    };
  }

  compareSummary(): Locator {
    return this.page.getByTestId('compare-summary');
  }

  async compareTab(name: 'added' | 'removed' | 'changed'): Promise<void> {
    await this.page.getByTestId(`compare-tab-${name}`).click();
  }

  changedRows(): Locator {
    return this.page.getByTestId('compare-changed').locator('tbody tr');
  }

  /** Clicks 导出对比 and returns the downloaded file's name and bytes. */
  async exportComparison(): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('compare-export').click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), bytes: fs.readFileSync(path) };
  }
}
