import type { Locator, Page } from 'playwright-core';

export type ImportMode = 'all' | 'valid-only';
export type ImportStat = 'rows' | 'valid' | 'invalid' | 'existing';

/** 价格体系 → 导入: the import wizard (file, columns, check, import) and the import history. */
export class ImportWizard {
  constructor(readonly page: Page) {}

  private id(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Opens the wizard from the price list's toolbar. */
  async open(): Promise<void> {
    await this.id('import-open').click();
    await this.id('import-dropzone').waitFor();
  }

  /** Chooses a file as the file dialog would (the drop zone's file input). */
  async upload(fileName: string, bytes: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.id('import-file-input').setInputFiles({ name: fileName, mimeType, buffer: bytes });
  }

  /** Drops a file on the drop zone, as dragging it from the desktop does. */
  async drop(fileName: string, bytes: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    // Built in the page (this file is type-checked without the DOM library).
    const file = JSON.stringify({ name: fileName, data: bytes.toString('base64'), type: mimeType });
    const dataTransfer = await this.page.evaluateHandle(`(() => {
      const { name, data, type } = ${file};
      const binary = atob(data);
      const content = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) content[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      return transfer;
    })()`);
    await this.id('import-dropzone').dispatchEvent('drop', { dataTransfer });
  }

  async setHeaderRow(row: number): Promise<void> {
    await this.id('import-header-row').fill(String(row));
  }

  /** The red alert of a file that cannot be imported. */
  fileError(): Locator {
    return this.id('import-file-error');
  }

  fileNotice(): Locator {
    return this.id('import-file-notice');
  }

  reading(): Locator {
    return this.id('import-reading');
  }

  /** "已读取 12,345 行" under the progress bar. */
  async rowsRead(): Promise<string> {
    return this.id('import-rows-read').innerText();
  }

  async cancelReading(): Promise<void> {
    await this.id('import-cancel').click();
  }

  // ——— columns ———

  mappingTable(): Locator {
    return this.id('import-mapping');
  }

  async waitForMapping(): Promise<void> {
    await this.mappingTable().waitFor();
  }

  /** The alert naming required fields no column is mapped to. */
  missing(): Locator {
    return this.id('import-missing');
  }

  remembered(): Locator {
    return this.id('import-remembered');
  }

  async headerRow(): Promise<string> {
    return this.id('import-header-row').inputValue();
  }

  /** The header text shown for a column letter (A, B, …). */
  async headerOf(letter: string): Promise<string> {
    return this.id(`import-column-${letter}`).getByTestId('import-column-header').innerText();
  }

  /** The field a column is mapped to, as its label (e.g. 标准价, or 不导入). */
  async fieldOf(letter: string): Promise<string> {
    return this.id(`import-field-${letter}`).inputValue();
  }

  /** Maps a column to a field by the field's label (e.g. 'F' → '标准价'). */
  async mapColumn(letter: string, fieldLabel: string): Promise<void> {
    await this.id(`import-field-${letter}`).click();
    await this.page.getByRole('option', { name: fieldLabel, exact: true }).click();
  }

  nextButton(): Locator {
    return this.id('import-next');
  }

  async next(): Promise<void> {
    await this.nextButton().click();
  }

  async back(): Promise<void> {
    await this.id('import-back').click();
  }

  // ——— preview ———

  preview(): Locator {
    return this.id('import-preview');
  }

  async stat(name: ImportStat): Promise<string> {
    return this.id(`import-stat-${name}`).innerText();
  }

  /** A preview row by its row number in the sheet (as Excel shows it). */
  row(rowNumber: number): Locator {
    return this.id(`import-row-${rowNumber}`);
  }

  async rowAction(rowNumber: number): Promise<string> {
    return this.row(rowNumber).getByTestId('import-row-action').innerText();
  }

  /** The row's errors, one "F（牌价）：不是数字" per line. */
  async rowErrors(rowNumber: number): Promise<string[]> {
    const lines = await this.row(rowNumber).getByTestId('import-row-errors').locator('div').allInnerTexts();
    return lines.map((line) => line.trim()).filter(Boolean);
  }

  /** The fields whose cells are marked red in a row. */
  async errorFields(rowNumber: number): Promise<string[]> {
    return this.row(rowNumber)
      .locator('[data-error="true"]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-field') ?? ''));
  }

  /** Row numbers currently rendered in the (virtualised) preview, top to bottom. */
  async renderedRows(): Promise<number[]> {
    const ids = await this.preview()
      .locator('[data-testid^="import-row-"][data-action]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''));
    return ids.map((id) => Number(id.replace('import-row-', ''))).sort((a, b) => a - b);
  }

  /** Scrolls the preview to a fraction of its height (0 = top, 1 = bottom). */
  async scrollPreviewTo(fraction: number): Promise<void> {
    await this.preview().evaluate((element, f) => {
      element.scrollTop = (element.scrollHeight - element.clientHeight) * f;
    }, fraction);
  }

  async toggleOnlyErrors(): Promise<void> {
    await this.id('import-only-errors').click({ force: true });
  }

  downloadErrorsButton(): Locator {
    return this.id('import-download-errors');
  }

  // ——— commit ———

  async chooseMode(mode: ImportMode): Promise<void> {
    await this.id(`import-mode-${mode}`).check({ force: true });
  }

  async chooseOnDuplicate(label: string): Promise<void> {
    await this.id('import-on-duplicate').getByText(label, { exact: true }).click();
  }

  async setLabel(label: string): Promise<void> {
    await this.id('import-label').fill(label);
  }

  async commit(): Promise<void> {
    await this.id('import-commit').click();
  }

  /** The red alert when the server refused to import (nothing written). */
  refusal(): Locator {
    return this.id('import-refused');
  }

  resultSummary(): Locator {
    return this.id('import-result-summary');
  }

  resultErrors(): Locator {
    return this.id('import-result-errors').locator('tbody tr');
  }

  async openDraft(): Promise<void> {
    await this.id('import-open-draft').click();
  }

  async close(): Promise<void> {
    await this.id('import-close').click();
  }

  // ——— history ———

  async openLog(): Promise<void> {
    await this.id('import-tab-log').click();
    await this.page.locator('[data-testid="import-log"], [data-testid="import-log-empty"]').first().waitFor();
  }

  logRows(): Locator {
    return this.id('import-log').locator('tbody tr');
  }

  undoButton(): Locator {
    return this.id('import-undo-last');
  }

  /** Undoes the last import and confirms. */
  async undoLast(): Promise<void> {
    await this.undoButton().click();
    await this.id('confirm-ok').click();
  }
}
